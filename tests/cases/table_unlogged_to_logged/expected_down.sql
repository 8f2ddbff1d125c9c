-- schemadelta rollback:  -> 
-- source fingerprint 061cdb58c259f0c3, target fingerprint 5003ef80ce75ede2
-- state fingerprint 8c559e95a4f5bde3 -> d8c33aec98699016
-- Changes:
--      1 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.session_cache SET UNLOGGED;

COMMIT;

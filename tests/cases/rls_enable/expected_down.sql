-- schemadelta rollback:  -> 
-- source fingerprint 37d45208ea3f0250, target fingerprint b366c4b97792a5e7
-- state fingerprint 112463e01d371555 -> e0bc1f5a41ecb63a
-- Changes:
--      1 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.secrets DISABLE ROW LEVEL SECURITY;

COMMIT;

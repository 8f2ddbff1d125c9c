-- schemadelta rollback:  -> 
-- source fingerprint 13b4a16bf1feb438, target fingerprint 426ca11ee6a1b2ca
-- state fingerprint 9c64b5d7a4049c01 -> 39287ad72755a394
-- Changes:
--      1 set privileges
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

REVOKE SELECT ON TABLE public.countries FROM PUBLIC;

COMMIT;

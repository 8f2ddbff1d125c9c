-- schemadelta rollback:  -> 
-- source fingerprint 13b4a16bf1feb438, target fingerprint 702326acc9662c24
-- state fingerprint 9c64b5d7a4049c01 -> 68253098cf185a69
-- Changes:
--      1 set privileges
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

GRANT INSERT ON TABLE public.countries TO PUBLIC;
GRANT UPDATE ON TABLE public.countries TO PUBLIC;

COMMIT;

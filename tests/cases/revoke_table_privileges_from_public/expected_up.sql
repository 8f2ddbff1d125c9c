-- schemadelta migration:  -> 
-- source fingerprint 702326acc9662c24, target fingerprint 13b4a16bf1feb438
-- state fingerprint 68253098cf185a69 -> 9c64b5d7a4049c01
-- Changes:
--      1 set privileges
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

REVOKE INSERT ON TABLE public.countries FROM PUBLIC;
REVOKE UPDATE ON TABLE public.countries FROM PUBLIC;

COMMIT;

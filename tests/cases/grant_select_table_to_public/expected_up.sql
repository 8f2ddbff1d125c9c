-- schemadelta migration:  -> 
-- source fingerprint 426ca11ee6a1b2ca, target fingerprint 13b4a16bf1feb438
-- state fingerprint 39287ad72755a394 -> 9c64b5d7a4049c01
-- Changes:
--      1 set privileges
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

GRANT SELECT ON TABLE public.countries TO PUBLIC;

COMMIT;

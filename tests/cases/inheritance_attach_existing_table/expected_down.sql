-- schemadelta rollback:  -> 
-- source fingerprint 9b1a171fbf3bc208, target fingerprint ef3325c02aa601b8
-- state fingerprint e4b95a135b48b2d8 -> 918b6f5f2261c0ca
-- Changes:
--      1 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.buses') AND inhparent = to_regclass('public.vehicles')) THEN
    ALTER TABLE public.buses NO INHERIT public.vehicles;
  END IF;
END $guard$;

COMMIT;

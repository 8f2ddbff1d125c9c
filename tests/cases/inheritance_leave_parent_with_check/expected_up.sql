-- schemadelta migration:  -> 
-- source fingerprint aae6ea95e10b2bde, target fingerprint 7512877b523abe51
-- state fingerprint 08541e0e08391a4e -> 898c5f8b44f7282c
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
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = to_regclass('public.buses') AND conname = 'make_not_empty' AND coninhcount = 0) THEN
    ALTER TABLE public.buses DROP CONSTRAINT IF EXISTS make_not_empty;
  END IF;
END $guard$;

COMMIT;

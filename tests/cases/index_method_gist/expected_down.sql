-- schemadelta rollback:  -> 
-- source fingerprint 1f20c9bdec8bd41d, target fingerprint e56ca06688d24c20
-- state fingerprint 4dcde529d3d5950a -> 9ab5975ba9b265fa
-- Changes:
--      2 drop index
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.venues_open_hours_idx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.venues_open_hours_idx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.venues_open_hours_idx')) THEN
    DROP INDEX IF EXISTS public.venues_open_hours_idx;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.venues_location_idx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.venues_location_idx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.venues_location_idx')) THEN
    DROP INDEX IF EXISTS public.venues_location_idx;
  END IF;
END $guard$;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 36bd06f20d72db58, target fingerprint 55b4959f9255d9f9
-- state fingerprint 9d414b242ca470e9 -> f3213392411bd2eb
-- Changes:
--      1 drop constraint
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.stores') AND relkind IN ('r')) THEN
    ALTER TABLE public.stores DROP CONSTRAINT IF EXISTS stores_region_fkey;
  END IF;
END $guard$;

COMMIT;

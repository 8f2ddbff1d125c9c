-- schemadelta rollback:  -> 
-- source fingerprint b53476a3ac02e4d8, target fingerprint 45674db4b1ffaf5e
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

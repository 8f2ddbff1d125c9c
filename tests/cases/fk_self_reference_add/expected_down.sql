-- schemadelta rollback:  -> 
-- source fingerprint 5e839b6e19399bb9, target fingerprint 8c851ba6293703c5
-- state fingerprint df64e4986cee69e9 -> e89d127e16ad986a
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
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.categories') AND relkind IN ('r')) THEN
    ALTER TABLE public.categories DROP CONSTRAINT IF EXISTS categories_parent_id_fkey;
  END IF;
END $guard$;

COMMIT;

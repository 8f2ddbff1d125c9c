-- schemadelta rollback:  -> 
-- source fingerprint 294081da24ad95e5, target fingerprint 3d33e6bf620e2322
-- state fingerprint cb89ab4ac80edb8b -> 5dfa6f51e0bd8450
-- Changes:
--      2 drop constraint
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.users') AND relkind IN ('r')) THEN
    ALTER TABLE public.users DROP CONSTRAINT IF EXISTS users_tenant_login_key;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.users') AND relkind IN ('r')) THEN
    ALTER TABLE public.users DROP CONSTRAINT IF EXISTS users_email_key;
  END IF;
END $guard$;

COMMIT;

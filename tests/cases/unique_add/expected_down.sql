-- schemadelta rollback:  -> 
-- source fingerprint 43a61265380991aa, target fingerprint a9c9fad052a084fc
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

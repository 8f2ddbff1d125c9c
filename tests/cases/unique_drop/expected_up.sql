-- schemadelta migration:  -> 
-- source fingerprint 06e127e19b7920b9, target fingerprint 7a1634c6e7ed9f7b
-- state fingerprint 6dd7a4cf01ed8dd6 -> 07d2d1bb6e3c86d2
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
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.users') AND relkind IN ('r')) THEN
    ALTER TABLE public.users DROP CONSTRAINT IF EXISTS users_nickname_key;
  END IF;
END $guard$;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 02a0afe0e5ef1ea2, target fingerprint eff0ad38fc048ebb
-- state fingerprint bb1a71c1334cda60 -> 69f13dc65871af13
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
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.settings') AND relkind IN ('r')) THEN
    ALTER TABLE public.settings DROP CONSTRAINT IF EXISTS settings_pkey;
  END IF;
END $guard$;

COMMIT;

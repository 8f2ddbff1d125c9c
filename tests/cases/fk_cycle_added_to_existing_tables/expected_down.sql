-- schemadelta rollback:  -> 
-- source fingerprint 600ba34c4b957503, target fingerprint 3a0056cfe78dcddb
-- state fingerprint 397aac188c1bb84b -> 5bbeef0cee17bcd2
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
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.teams') AND relkind IN ('r')) THEN
    ALTER TABLE public.teams DROP CONSTRAINT IF EXISTS teams_lead_fkey;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.employees') AND relkind IN ('r')) THEN
    ALTER TABLE public.employees DROP CONSTRAINT IF EXISTS employees_team_fkey;
  END IF;
END $guard$;

COMMIT;

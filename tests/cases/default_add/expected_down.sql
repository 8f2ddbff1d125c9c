-- schemadelta rollback:  -> 
-- source fingerprint f93fede4e8b88260, target fingerprint 7af0e1416c2e62e6
-- state fingerprint 84be95ab33e63c10 -> bff651a96e80ddb8
-- Changes:
--      2 drop column default
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF (SELECT atthasdef FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.tasks') AND attname = 'created_at') THEN
    ALTER TABLE public.tasks ALTER COLUMN created_at DROP DEFAULT;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT atthasdef FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.tasks') AND attname = 'done') THEN
    ALTER TABLE public.tasks ALTER COLUMN done DROP DEFAULT;
  END IF;
END $guard$;

COMMIT;

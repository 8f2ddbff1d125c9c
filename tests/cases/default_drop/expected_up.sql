-- schemadelta migration:  -> 
-- source fingerprint f836b5c08fd623b4, target fingerprint 21357b79d1e2e629
-- state fingerprint eeb2df0b67aee3d7 -> 196ac815577d9faf
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
  IF (SELECT atthasdef FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.tasks') AND attname = 'owner_name') THEN
    ALTER TABLE public.tasks ALTER COLUMN owner_name DROP DEFAULT;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT atthasdef FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.tasks') AND attname = 'points') THEN
    ALTER TABLE public.tasks ALTER COLUMN points DROP DEFAULT;
  END IF;
END $guard$;

COMMIT;

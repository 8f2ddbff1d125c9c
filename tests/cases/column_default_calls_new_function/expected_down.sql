-- schemadelta rollback:  -> 
-- source fingerprint c1d6e27a55c822be, target fingerprint 9f1b642f2fa3a550
-- state fingerprint 1b7853d960fd0282 -> 57d60ced2fcb283e
-- Changes:
--      1 drop column default
--      1 drop routine
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF (SELECT atthasdef FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.orders') AND attname = 'reference') THEN
    ALTER TABLE public.orders ALTER COLUMN reference DROP DEFAULT;
  END IF;
END $guard$;
DROP FUNCTION IF EXISTS public.new_order_reference();

COMMIT;

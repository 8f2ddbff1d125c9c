-- schemadelta migration:  -> 
-- source fingerprint f1c9ccd5d101417a, target fingerprint 2b8dc530ecc4afca
-- state fingerprint 8d3c9645084c4afc -> 3073a76c9ea2966f
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
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.bookings') AND relkind IN ('r')) THEN
    ALTER TABLE public.bookings DROP CONSTRAINT IF EXISTS bookings_note_check;
  END IF;
END $guard$;

COMMIT;

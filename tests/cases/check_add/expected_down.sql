-- schemadelta rollback:  -> 
-- source fingerprint 042bf1fb067da099, target fingerprint 7814dc6177e7e290
-- state fingerprint cdd72d078a8f5d45 -> 7d7252776d76206b
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
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.bookings') AND relkind IN ('r')) THEN
    ALTER TABLE public.bookings DROP CONSTRAINT IF EXISTS bookings_period_check;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.bookings') AND relkind IN ('r')) THEN
    ALTER TABLE public.bookings DROP CONSTRAINT IF EXISTS bookings_guests_check;
  END IF;
END $guard$;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 6860ada7348dc4bd, target fingerprint 65dec6a5e03ce249
-- state fingerprint 856f71841613e73a -> d6da3a3c37b9ed5b
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
    ALTER TABLE public.bookings DROP CONSTRAINT IF EXISTS bookings_room_fk;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.rooms') AND relkind IN ('r')) THEN
    ALTER TABLE public.rooms DROP CONSTRAINT IF EXISTS rooms_pkey;
  END IF;
END $guard$;

COMMIT;

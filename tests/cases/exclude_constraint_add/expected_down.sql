-- schemadelta rollback:  -> 
-- source fingerprint e66c3911f6c5c4e2, target fingerprint df0942f9fa9c2945
-- state fingerprint 18dae46743534064 -> dfcf0ebd80363b17
-- Changes:
--      1 drop constraint
--      1 drop extension
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.room_bookings') AND relkind IN ('r')) THEN
    ALTER TABLE public.room_bookings DROP CONSTRAINT IF EXISTS room_bookings_no_overlap;
  END IF;
END $guard$;
DROP EXTENSION IF EXISTS btree_gist;

COMMIT;

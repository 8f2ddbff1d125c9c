-- schemadelta migration:  -> 
-- source fingerprint e3b0fe57a25a4fa5, target fingerprint afdafe77e38aadc3
-- state fingerprint 255ba15ff2d3575f -> eeabe32fe525dcea
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
  IF (SELECT atthasdef FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.coupons') AND attname = 'code') THEN
    ALTER TABLE public.coupons ALTER COLUMN code DROP DEFAULT;
  END IF;
END $guard$;
DROP FUNCTION IF EXISTS public.gen_code();

COMMIT;

-- schemadelta migration:  -> 
-- source fingerprint 7740920ec9f0205b, target fingerprint 8e274072af52e803
-- state fingerprint e9ae251bc81f5ce7 -> 4f7f921fca32cef4
-- Changes:
--      1 drop column expression
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.meters') AND attname = 'doubled' AND attnum > 0 AND NOT attisdropped AND attgenerated = 's' AND attinhcount = 0) THEN
    ALTER TABLE public.meters ALTER COLUMN doubled DROP EXPRESSION IF EXISTS;
  END IF;
END $guard$;

COMMIT;

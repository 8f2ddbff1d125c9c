-- schemadelta rollback:  -> 
-- source fingerprint 51d4c50d0ea471d7, target fingerprint d206f900be52190e
-- state fingerprint 619f6e8895ca0035 -> 4a86428e0044af82
-- Changes:
--      1 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public."readings 2024"') AND inhparent = to_regclass('public.readings_v2')) THEN
    ALTER TABLE public."readings 2024" NO INHERIT public.readings_v2;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public."readings 2024"') AND attname = 'celsius' AND attnum > 0 AND NOT attisdropped AND attgenerated = 's' AND attinhcount = 0) THEN
    ALTER TABLE public."readings 2024" ALTER COLUMN celsius DROP EXPRESSION IF EXISTS;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public."readings 2024"') AND inhparent = to_regclass('public.readings')) THEN
    ALTER TABLE public."readings 2024" INHERIT public.readings;
  END IF;
END $guard$;

COMMIT;

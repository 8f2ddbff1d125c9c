-- schemadelta migration:  -> 
-- source fingerprint d206f900be52190e, target fingerprint 51d4c50d0ea471d7
-- state fingerprint 4a86428e0044af82 -> 619f6e8895ca0035
-- Changes:
--      1 alter table
-- Hazards:
--   destructive alter table public.readings 2024: changes parents: its column celsius is generated in one parent and not in the other (or by another expression), so it is dropped with its values and added again; column celsius not kept (no key to match rows by): the rollback adds it back empty [DeletesData, NotHeld]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public."readings 2024"') AND inhparent = to_regclass('public.readings')) THEN
    ALTER TABLE public."readings 2024" NO INHERIT public.readings;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public."readings 2024"') AND attname = 'celsius' AND attnum > 0 AND NOT attisdropped AND attinhcount = 0) THEN
    ALTER TABLE public."readings 2024" DROP COLUMN IF EXISTS celsius;
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', 'public', false);
ALTER TABLE public."readings 2024" ADD COLUMN IF NOT EXISTS celsius integer GENERATED ALWAYS AS (raw / 10) STORED;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public."readings 2024"') AND inhparent = to_regclass('public.readings_v2')) THEN
    ALTER TABLE public."readings 2024" INHERIT public.readings_v2;
  END IF;
END $guard$;

COMMIT;

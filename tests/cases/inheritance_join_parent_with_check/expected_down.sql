-- schemadelta rollback:  -> 
-- source fingerprint b37eac54a8cc9d53, target fingerprint f63c1f7c5a165495
-- state fingerprint 309e2a860481f9f1 -> 205785387350588e
-- Changes:
--      1 alter table
-- Hazards:
--   destructive alter table public.buses: leaves a parent table: its column id is dropped from this table with its values; column id not kept (no key to match rows by): the rollback adds it back empty [DeletesData, NotHeld]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.buses') AND inhparent = to_regclass('public.vehicles')) THEN
    ALTER TABLE public.buses NO INHERIT public.vehicles;
  END IF;
END $guard$;
ALTER TABLE public.buses DROP COLUMN IF EXISTS id;
ALTER TABLE public.buses DROP COLUMN IF EXISTS make;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = to_regclass('public.buses') AND conname = 'base_id_positive' AND coninhcount = 0) THEN
    ALTER TABLE public.buses DROP CONSTRAINT IF EXISTS base_id_positive;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = to_regclass('public.buses') AND conname = 'make isn''t empty' AND coninhcount = 0) THEN
    ALTER TABLE public.buses DROP CONSTRAINT IF EXISTS "make isn't empty";
  END IF;
END $guard$;

COMMIT;

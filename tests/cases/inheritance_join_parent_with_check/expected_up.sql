-- schemadelta migration:  -> 
-- source fingerprint f63c1f7c5a165495, target fingerprint b37eac54a8cc9d53
-- state fingerprint 205785387350588e -> 309e2a860481f9f1
-- Changes:
--      1 alter table
-- Hazards:
--   blocking    alter table public.buses: joins a parent table: its CHECK base_id_positive is added to this table and fails if a row breaks it [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.buses ADD COLUMN IF NOT EXISTS id integer;
ALTER TABLE public.buses ADD COLUMN IF NOT EXISTS make text;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = to_regclass('public.buses') AND conname = 'base_id_positive') THEN
    ALTER TABLE public.buses ADD CONSTRAINT base_id_positive CHECK (id > 0);
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = to_regclass('public.buses') AND conname = 'make isn''t empty') THEN
    ALTER TABLE public.buses ADD CONSTRAINT "make isn't empty" CHECK (make <> '');
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.buses') AND inhparent = to_regclass('public.vehicles')) THEN
    ALTER TABLE public.buses INHERIT public.vehicles;
  END IF;
END $guard$;

COMMIT;

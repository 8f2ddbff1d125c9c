-- schemadelta rollback:  -> 
-- source fingerprint 7512877b523abe51, target fingerprint aae6ea95e10b2bde
-- state fingerprint 898c5f8b44f7282c -> 08541e0e08391a4e
-- Changes:
--      1 alter table
-- Hazards:
--   blocking    alter table public.buses: joins a parent table: its CHECK make_not_empty is added to this table and fails if a row breaks it [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

SELECT pg_catalog.set_config('search_path', 'public', false);
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = to_regclass('public.buses') AND conname = 'make_not_empty') THEN
    ALTER TABLE public.buses ADD CONSTRAINT make_not_empty CHECK (make <> '');
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.buses') AND inhparent = to_regclass('public.vehicles')) THEN
    ALTER TABLE public.buses INHERIT public.vehicles;
  END IF;
END $guard$;

COMMIT;

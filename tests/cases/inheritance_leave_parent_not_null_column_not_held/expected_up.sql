-- schemadelta migration:  -> 
-- source fingerprint 50ebae6c7b7a0545, target fingerprint db5fb4a794cedd9b
-- state fingerprint 59c88f0a8d066448 -> d37402cd7ebc2c2d
-- Changes:
--      1 alter table
-- Hazards:
--   destructive alter table public.sensors: leaves a parent table: its column id is dropped from this table with its values; column id not kept (no key to match rows by): the rollback adds it back empty; column id cannot be rolled back once the table has rows: it is a NOT NULL column of a parent table (INHERIT needs it NOT NULL in the child), so it cannot come back empty [DeletesData, NotHeld, NoWayBackWithRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.sensors') AND inhparent = to_regclass('public.devices')) THEN
    ALTER TABLE public.sensors NO INHERIT public.devices;
  END IF;
END $guard$;
ALTER TABLE public.sensors DROP COLUMN IF EXISTS id;

COMMIT;

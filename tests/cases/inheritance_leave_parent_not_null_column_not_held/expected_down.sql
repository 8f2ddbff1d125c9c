-- schemadelta rollback:  -> 
-- source fingerprint db5fb4a794cedd9b, target fingerprint 50ebae6c7b7a0545
-- state fingerprint d37402cd7ebc2c2d -> 59c88f0a8d066448
-- Changes:
--      1 alter table
-- Hazards:
--   blocking    alter table public.sensors: joins a parent table: its NOT NULL column id is added without a default: fails if the table has rows; comes back empty: the migration could not keep its values; column id cannot come back while the table has rows: it is a NOT NULL column of a parent table (INHERIT needs it NOT NULL in the child) [MayFailOnExistingRows, NotHeld, NoWayBackWithRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $preflight$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.sensors') AND attname = 'id' AND attnum > 0 AND NOT attisdropped) AND EXISTS (SELECT FROM public.sensors) THEN
    RAISE EXCEPTION '%', 'schemadelta pre-flight: column public.sensors.id cannot come back: its values could not be kept (no key to match rows by) and it is a NOT NULL column of a parent table (INHERIT needs it NOT NULL in the child), so it has no empty value; the table has rows';
  END IF;
END $preflight$;
ALTER TABLE public.sensors ADD COLUMN IF NOT EXISTS id integer NOT NULL;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.sensors') AND inhparent = to_regclass('public.devices')) THEN
    ALTER TABLE public.sensors INHERIT public.devices;
  END IF;
END $guard$;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 8b0ed19ed786a57a, target fingerprint 5dcfe660cd7fc301
-- state fingerprint 5e06c9feb23fd4c3 -> dac13c19b4ade7a8
-- Changes:
--      1 drop constraint
--      1 drop index
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.devices') AND relkind IN ('r')) THEN
    ALTER TABLE public.devices DROP CONSTRAINT IF EXISTS devices_label_key;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.devices_mac_uidx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.devices_mac_uidx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.devices_mac_uidx')) THEN
    DROP INDEX IF EXISTS public.devices_mac_uidx;
  END IF;
END $guard$;

COMMIT;

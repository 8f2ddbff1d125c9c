-- schemadelta rollback:  -> 
-- source fingerprint 3f3c795a2a182f77, target fingerprint 62a078cc30b5c5de
-- state fingerprint 3501f4bfbcd1e90e -> 6a48b23921c350de
-- Changes:
--      1 alter table
--      1 drop column expression
-- Hazards:
--   destructive alter table public.sale_prices: leaves a parent table: its column amount is dropped from this table with its values; column id not kept (no key to match rows by): the rollback adds it back empty [DeletesData, NotHeld]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.prices') AND attname = 'doubled' AND attnum > 0 AND NOT attisdropped AND attgenerated = 's' AND attinhcount = 0) THEN
    ALTER TABLE public.prices ALTER COLUMN doubled DROP EXPRESSION IF EXISTS;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.sale_prices') AND inhparent = to_regclass('public.prices')) THEN
    ALTER TABLE public.sale_prices NO INHERIT public.prices;
  END IF;
END $guard$;
ALTER TABLE public.sale_prices DROP COLUMN IF EXISTS doubled;
ALTER TABLE public.sale_prices DROP COLUMN IF EXISTS id;
ALTER TABLE public.sale_prices DROP COLUMN IF EXISTS amount;

COMMIT;

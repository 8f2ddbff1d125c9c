-- schemadelta migration:  -> 
-- source fingerprint 50b6456b7875805d, target fingerprint 94c79bd86596f0c6
-- state fingerprint e9ee38394cb6ebdd -> 136ddb67f12ed8d5
-- Changes:
--      1 attach partition
--      1 detach partition
-- Hazards:
--   blocking    attach partition table public.readings_first: checks every row of the partition against its bound [MayFailOnExistingRows, BlocksWrites]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.readings_first') AND inhparent = to_regclass('public.readings_a')) THEN
    ALTER TABLE public.readings_a DETACH PARTITION public.readings_first;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = to_regclass('public.readings_first') AND conname = 'reading_positive' AND coninhcount = 0) THEN
    ALTER TABLE public.readings_first DROP CONSTRAINT IF EXISTS reading_positive;
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.readings_first') AND inhparent = to_regclass('public.readings_b')) THEN
    BEGIN
      ALTER TABLE ONLY public.readings_b ATTACH PARTITION public.readings_first FOR VALUES FROM (0) TO (1000);
    EXCEPTION WHEN check_violation THEN
      RAISE EXCEPTION 'schemadelta pre-flight: rows of % lie outside its partition bound (%)', 'public.readings_first', pg_catalog.regexp_replace((SQLERRM)::text, '[[:cntrl:]]', '?', 'g');
    END;
  END IF;
END $guard$;

COMMIT;

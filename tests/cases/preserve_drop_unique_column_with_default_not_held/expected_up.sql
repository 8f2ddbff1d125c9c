-- schemadelta migration:  -> 
-- source fingerprint a45f2ab8d35fd9c1, target fingerprint 3cc17cf667712b0d
-- state fingerprint f1d216dce8d5c1fc -> 14b15a951f411efa
-- Changes:
--      1 drop column
--      1 drop constraint
-- Hazards:
--   destructive drop column public.counters.slot: drops the column and its values; not kept (no key to match rows by): the rollback adds it back empty [DeletesData, NotHeld]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.counters') AND relkind IN ('r')) THEN
    ALTER TABLE public.counters DROP CONSTRAINT IF EXISTS counters_slot_key;
  END IF;
END $guard$;
ALTER TABLE public.counters DROP COLUMN IF EXISTS slot;

COMMIT;

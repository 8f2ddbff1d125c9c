-- schemadelta migration:  -> 
-- source fingerprint 615fee972efa485e, target fingerprint 2dda06a42e1d739f
-- state fingerprint f8013931ebcf6acb -> ad9054e4998bc5a4
-- Changes:
--      1 drop column
-- Hazards:
--   destructive drop column public.meters.value: drops the column and its values; not kept (no key to match rows by): the rollback adds it back empty; column value cannot be rolled back once the table has rows: its type public.reading is a NOT NULL domain, so it cannot come back empty [DeletesData, NotHeld, NoWayBackWithRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.meters DROP COLUMN IF EXISTS value;

COMMIT;

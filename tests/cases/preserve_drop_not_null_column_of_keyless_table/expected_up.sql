-- schemadelta migration:  -> 
-- source fingerprint 94c4615edaf50bfd, target fingerprint ef4cf01e4fa08dac
-- state fingerprint 8ac5e00904a99e07 -> 010480fc043334bf
-- Changes:
--      1 drop column
-- Hazards:
--   destructive drop column public.readings.sensor: drops the column and its values; not kept (no key to match rows by): the rollback adds it back empty [DeletesData, NotHeld]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.readings DROP COLUMN IF EXISTS sensor;

COMMIT;

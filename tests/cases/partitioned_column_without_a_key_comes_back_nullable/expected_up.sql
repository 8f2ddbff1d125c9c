-- schemadelta migration:  -> 
-- source fingerprint 74e899f606785ba5, target fingerprint 6d36aeb6dc78f78b
-- state fingerprint 98dbf2676862604e -> 29dd88da9b00ff4c
-- Changes:
--      1 drop column
-- Hazards:
--   destructive drop column public.measurements.reading: drops the column and its values; not kept (no key to match rows by): the rollback adds it back empty [DeletesData, NotHeld]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.measurements DROP COLUMN IF EXISTS reading;

COMMIT;

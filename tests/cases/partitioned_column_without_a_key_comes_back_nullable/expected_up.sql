-- schemadelta migration:  -> 
-- source fingerprint c54522992553dcc6, target fingerprint 02c1bdbb874fad88
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

-- schemadelta rollback:  -> 
-- source fingerprint fdea05b1f6d5a0cd, target fingerprint 1a2bd6cc97573b1b
-- state fingerprint dbeec62dc613e686 -> 7172b068f43ee974
-- Changes:
--      1 drop column
-- Hazards:
--   destructive drop column public.vehicles.registered_on: drops the column and its values; not kept (no key to match rows by): the rollback adds it back empty [DeletesData, NotHeld]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.vehicles DROP COLUMN IF EXISTS registered_on;

COMMIT;

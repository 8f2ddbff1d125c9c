-- schemadelta rollback:  -> 
-- source fingerprint bdc64057072ca4a1, target fingerprint 6851f615d57e9b33
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

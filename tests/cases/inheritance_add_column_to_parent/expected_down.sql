-- schemadelta rollback:  -> 
-- source fingerprint b1484de242903139, target fingerprint 779af3b764130d39
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

-- schemadelta migration:  -> 
-- source fingerprint b625ae75fa8e09ad, target fingerprint fb479b486fcec83f
-- state fingerprint dc7e76ef5e6a531f -> 1d8419175f2dcbad
-- Changes:
--      1 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.counters SET (fillfactor='70');

COMMIT;

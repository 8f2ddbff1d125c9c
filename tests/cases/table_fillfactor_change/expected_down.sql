-- schemadelta rollback:  -> 
-- source fingerprint 41a5d9d8631c3d8f, target fingerprint 76a55e86f5fe2792
-- state fingerprint 1d8419175f2dcbad -> dc7e76ef5e6a531f
-- Changes:
--      1 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.counters SET (fillfactor='90');

COMMIT;

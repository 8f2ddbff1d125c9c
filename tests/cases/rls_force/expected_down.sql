-- schemadelta rollback:  -> 
-- source fingerprint 73fe9bb8c5a02a95, target fingerprint eb512e8cfc3987f1
-- state fingerprint 96faa9b9a9e5c1f0 -> e62b4dbf586916ae
-- Changes:
--      2 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.notes FORCE ROW LEVEL SECURITY;
ALTER TABLE public.secrets NO FORCE ROW LEVEL SECURITY;

COMMIT;

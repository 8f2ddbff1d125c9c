-- schemadelta migration:  -> 
-- source fingerprint eb512e8cfc3987f1, target fingerprint 73fe9bb8c5a02a95
-- state fingerprint e62b4dbf586916ae -> 96faa9b9a9e5c1f0
-- Changes:
--      2 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.notes NO FORCE ROW LEVEL SECURITY;
ALTER TABLE public.secrets FORCE ROW LEVEL SECURITY;

COMMIT;

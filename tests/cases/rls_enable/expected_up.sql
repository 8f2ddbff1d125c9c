-- schemadelta migration:  -> 
-- source fingerprint b366c4b97792a5e7, target fingerprint 37d45208ea3f0250
-- state fingerprint e0bc1f5a41ecb63a -> 112463e01d371555
-- Changes:
--      1 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.secrets ENABLE ROW LEVEL SECURITY;

COMMIT;

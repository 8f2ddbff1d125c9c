-- schemadelta migration:  -> 
-- source fingerprint fa75cb16a0ffe748, target fingerprint 1a0db95e9c31915f
-- state fingerprint e864d90b178e64e9 -> 61c228ddf8757232
-- Changes:
--      1 drop policy
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP POLICY IF EXISTS documents_public ON public.documents;

COMMIT;

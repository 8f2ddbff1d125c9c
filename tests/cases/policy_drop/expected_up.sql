-- schemadelta migration:  -> 
-- source fingerprint d60f52ffdfd7d806, target fingerprint 998742daef482151
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

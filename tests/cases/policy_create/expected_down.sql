-- schemadelta rollback:  -> 
-- source fingerprint 8a1d13849e5e908a, target fingerprint f6458f1d8832265d
-- state fingerprint a498438846957d75 -> aec0992c9f10eb4b
-- Changes:
--      2 drop policy
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP POLICY IF EXISTS documents_read ON public.documents;
DROP POLICY IF EXISTS documents_not_locked ON public.documents;

COMMIT;

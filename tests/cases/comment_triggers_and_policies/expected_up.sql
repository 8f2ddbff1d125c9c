-- schemadelta migration:  -> 
-- source fingerprint 01f3385280003bbf, target fingerprint 08de7e5a82998661
-- state fingerprint 3172f4f7c84a7d46 -> 848053ddbe430a8a
-- Changes:
--      3 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON TABLE public.documents IS NULL;
COMMENT ON TRIGGER documents_touch ON public.documents IS 'Keeps updated_at current';
COMMENT ON POLICY documents_owner ON public.documents IS 'Users see their own documents';

COMMIT;

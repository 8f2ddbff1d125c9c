-- schemadelta rollback:  -> 
-- source fingerprint 08de7e5a82998661, target fingerprint 01f3385280003bbf
-- state fingerprint 848053ddbe430a8a -> 3172f4f7c84a7d46
-- Changes:
--      3 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON TABLE public.documents IS 'to be removed';
COMMENT ON TRIGGER documents_touch ON public.documents IS NULL;
COMMENT ON POLICY documents_owner ON public.documents IS NULL;

COMMIT;

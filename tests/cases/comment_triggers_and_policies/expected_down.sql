-- schemadelta rollback:  -> 
-- source fingerprint 91163b45a0230f5d, target fingerprint 457f0314191edeb6
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

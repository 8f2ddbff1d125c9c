-- schemadelta rollback:  -> 
-- source fingerprint 0ee9caa984c54e8c, target fingerprint 92129b13b276ba56
-- state fingerprint 06abeb9c788f1920 -> ce999543de435bd1
-- Changes:
--      2 set privileges
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

REVOKE MAINTAIN ON TABLE public.metrics FROM PUBLIC;
REVOKE MAINTAIN ON TABLE public.metric_totals FROM PUBLIC;
REVOKE SELECT ON TABLE public.metric_totals FROM PUBLIC;

COMMIT;

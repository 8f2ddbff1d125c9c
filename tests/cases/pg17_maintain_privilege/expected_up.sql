-- schemadelta migration:  -> 
-- source fingerprint 92129b13b276ba56, target fingerprint 0ee9caa984c54e8c
-- state fingerprint ce999543de435bd1 -> 06abeb9c788f1920
-- Changes:
--      2 set privileges
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

GRANT MAINTAIN ON TABLE public.metrics TO PUBLIC;
GRANT MAINTAIN ON TABLE public.metric_totals TO PUBLIC;
GRANT SELECT ON TABLE public.metric_totals TO PUBLIC;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 20690856d245397c, target fingerprint 06271e96d930246a
-- state fingerprint 7eb121635c311b81 -> c126d210f59bd79d
-- Changes:
--      3 set privileges
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

REVOKE SELECT (full_name) ON TABLE public.employees FROM PUBLIC;
REVOKE SELECT (id) ON TABLE public.employees FROM PUBLIC;
REVOKE SELECT (phone) ON TABLE public.employees FROM PUBLIC;
REVOKE UPDATE (phone) ON TABLE public.employees FROM PUBLIC;

COMMIT;

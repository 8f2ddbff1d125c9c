-- schemadelta migration:  -> 
-- source fingerprint 06271e96d930246a, target fingerprint 20690856d245397c
-- state fingerprint c126d210f59bd79d -> 7eb121635c311b81
-- Changes:
--      3 set privileges
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

GRANT SELECT (full_name) ON TABLE public.employees TO PUBLIC;
GRANT SELECT (id) ON TABLE public.employees TO PUBLIC;
GRANT SELECT (phone) ON TABLE public.employees TO PUBLIC;
GRANT UPDATE (phone) ON TABLE public.employees TO PUBLIC;

COMMIT;

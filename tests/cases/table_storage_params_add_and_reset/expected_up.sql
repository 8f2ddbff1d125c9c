-- schemadelta migration:  -> 
-- source fingerprint 50fd9cccd79e9352, target fingerprint fa8170678951af4c
-- state fingerprint ba11f2315ad228d5 -> 0f6396b35633cb2c
-- Changes:
--      2 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.cold_rows RESET (autovacuum_enabled, fillfactor);
ALTER TABLE public.hot_rows SET (autovacuum_vacuum_scale_factor='0.05', fillfactor='60');

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint fa8170678951af4c, target fingerprint 50fd9cccd79e9352
-- state fingerprint 0f6396b35633cb2c -> ba11f2315ad228d5
-- Changes:
--      2 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.cold_rows SET (autovacuum_enabled='false', fillfactor='50');
ALTER TABLE public.hot_rows RESET (autovacuum_vacuum_scale_factor, fillfactor);

COMMIT;

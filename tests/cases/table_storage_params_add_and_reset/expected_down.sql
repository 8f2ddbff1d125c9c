-- schemadelta rollback:  -> 
-- source fingerprint 3ef9cace7305b075, target fingerprint 8b61790ec997f5cb
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

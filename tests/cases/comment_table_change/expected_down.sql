-- schemadelta rollback:  -> 
-- source fingerprint 20737bcb95514b6f, target fingerprint e1046b67de6624a4
-- state fingerprint 872db639291567f0 -> caf32b8d98ed5f59
-- Changes:
--      1 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON TABLE public.products IS 'Products';

COMMIT;

-- schemadelta migration:  -> 
-- source fingerprint e1046b67de6624a4, target fingerprint 20737bcb95514b6f
-- state fingerprint caf32b8d98ed5f59 -> 872db639291567f0
-- Changes:
--      1 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON TABLE public.products IS 'Catalog of sellable products (one row per SKU)';

COMMIT;

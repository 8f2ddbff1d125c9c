-- schemadelta rollback:  -> 
-- source fingerprint b5c178403892d781, target fingerprint 3c411620a819d6b3
-- state fingerprint b8d9f972471a7390 -> c0e604f6a503dbff
-- Changes:
--      2 drop index
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.orders_customer_placed_idx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.orders_customer_placed_idx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.orders_customer_placed_idx')) THEN
    DROP INDEX IF EXISTS public.orders_customer_placed_idx;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.orders_customer_id_idx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.orders_customer_id_idx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.orders_customer_id_idx')) THEN
    DROP INDEX IF EXISTS public.orders_customer_id_idx;
  END IF;
END $guard$;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint b683e934599bcb4d, target fingerprint 02ffdf7e54fbccb5
-- state fingerprint 8ca8b5965e18e47f -> 72ccb22823733d61
-- Changes:
--      1 drop constraint
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.orders') AND relkind IN ('r')) THEN
    ALTER TABLE public.orders DROP CONSTRAINT IF EXISTS orders_customer_id_fkey;
  END IF;
END $guard$;

COMMIT;

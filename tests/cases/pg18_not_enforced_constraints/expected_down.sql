-- schemadelta rollback:  -> 
-- source fingerprint 1dc1de357b0eda13, target fingerprint e44a3cfdc2201592
-- state fingerprint 3e7d15c35978d6cb -> c75ac71643acc1bd
-- Changes:
--      2 drop constraint
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.orders') AND relkind IN ('r')) THEN
    ALTER TABLE public.orders DROP CONSTRAINT IF EXISTS orders_customer_fk;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.orders') AND relkind IN ('r')) THEN
    ALTER TABLE public.orders DROP CONSTRAINT IF EXISTS orders_amount_positive;
  END IF;
END $guard$;

COMMIT;

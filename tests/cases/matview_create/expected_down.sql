-- schemadelta rollback:  -> 
-- source fingerprint 0e8151fe270cd166, target fingerprint cddf092c0516368e
-- state fingerprint 188e1db9bd8e5b0d -> 270e990eab4e201b
-- Changes:
--      1 drop index
--      1 drop view
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.daily_sales') AND relkind IN ('m')) THEN
    DROP MATERIALIZED VIEW IF EXISTS public.daily_sales;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.daily_sales_sold_on_idx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.daily_sales_sold_on_idx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.daily_sales_sold_on_idx')) THEN
    DROP INDEX IF EXISTS public.daily_sales_sold_on_idx;
  END IF;
END $guard$;

COMMIT;

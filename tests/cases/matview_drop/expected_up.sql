-- schemadelta migration:  -> 
-- source fingerprint a8c1df92779b8827, target fingerprint a21ffa3370d2385a
-- state fingerprint dc7014fe3f7a5a95 -> 6a28c2a334c1edbe
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
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.sales_total') AND relkind IN ('m')) THEN
    DROP MATERIALIZED VIEW IF EXISTS public.sales_total;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.sales_total_idx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.sales_total_idx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.sales_total_idx')) THEN
    DROP INDEX IF EXISTS public.sales_total_idx;
  END IF;
END $guard$;

COMMIT;

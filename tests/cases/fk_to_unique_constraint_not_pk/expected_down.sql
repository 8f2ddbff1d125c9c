-- schemadelta rollback:  -> 
-- source fingerprint 58fdd65c93790787, target fingerprint dd0ba1dd1537858c
-- state fingerprint 4b8ba50c7ae0beff -> f3500f51f0d2d1de
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
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.stock_moves') AND relkind IN ('r')) THEN
    ALTER TABLE public.stock_moves DROP CONSTRAINT IF EXISTS stock_moves_sku_fkey;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.products') AND relkind IN ('r')) THEN
    ALTER TABLE public.products DROP CONSTRAINT IF EXISTS products_sku_key;
  END IF;
END $guard$;

COMMIT;

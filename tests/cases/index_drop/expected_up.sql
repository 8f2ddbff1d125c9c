-- schemadelta migration:  -> 
-- source fingerprint 39fe14b2e5b4dd29, target fingerprint 38ad76ebd24e13a8
-- state fingerprint e127645945136b53 -> 4ced406ea1ada624
-- Changes:
--      1 drop index
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.orders_placed_at_idx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.orders_placed_at_idx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.orders_placed_at_idx')) THEN
    DROP INDEX IF EXISTS public.orders_placed_at_idx;
  END IF;
END $guard$;

COMMIT;

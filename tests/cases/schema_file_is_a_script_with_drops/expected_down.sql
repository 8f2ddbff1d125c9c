-- schemadelta rollback:  -> 
-- source fingerprint b9be9744b9430452, target fingerprint 8bfe866d62dd58cc
-- state fingerprint 3d621a963d5921f2 -> 1f336ab6ee817ab4
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
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('app.orders_placed_idx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('app.orders_placed_idx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('app.orders_placed_idx')) THEN
    DROP INDEX IF EXISTS app.orders_placed_idx;
  END IF;
END $guard$;

COMMIT;

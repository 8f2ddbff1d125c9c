-- schemadelta migration:  -> 
-- source fingerprint 0d4adb00711e0fbc, target fingerprint f438097e4219aa6f
-- state fingerprint 2f31a6cbc295edef -> 4149939f40cc60a5
-- Changes:
--      1 drop constraint
--      1 drop index
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.parent_t') AND relkind IN ('r')) THEN
    ALTER TABLE public.parent_t DROP CONSTRAINT IF EXISTS parent_t_u_key;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.parent_t_id_idx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.parent_t_id_idx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.parent_t_id_idx')) THEN
    DROP INDEX IF EXISTS public.parent_t_id_idx;
  END IF;
END $guard$;

COMMIT;

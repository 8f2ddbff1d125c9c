-- schemadelta rollback:  -> 
-- source fingerprint 20f0bdce2c9027dc, target fingerprint f16aa48fe8e2ef95
-- state fingerprint 6586e618c6d75052 -> 342555eb8f54dee7
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
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.short_links_token_idx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.short_links_token_idx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.short_links_token_idx')) THEN
    DROP INDEX IF EXISTS public.short_links_token_idx;
  END IF;
END $guard$;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 5b399a2a45f78da9, target fingerprint 85955e1c5693f2a0
-- state fingerprint 63186df0b7c43aee -> a72866ec87bc2921
-- Changes:
--      1 drop view
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.category_paths') AND relkind IN ('v')) THEN
    DROP VIEW IF EXISTS public.category_paths;
  END IF;
END $guard$;

COMMIT;

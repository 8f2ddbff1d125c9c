-- schemadelta rollback:  -> 
-- source fingerprint c183eb3e110e1795, target fingerprint d182f351f1d99598
-- state fingerprint a61d7b2b44a22eb3 -> f27e09c8de4ca96d
-- Changes:
--      6 drop index
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.events_kind_idx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.events_kind_idx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.events_kind_idx')) THEN
    DROP INDEX IF EXISTS public.events_kind_idx;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.events_id_day_key') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.events_id_day_key')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.events_id_day_key')) THEN
    DROP INDEX IF EXISTS public.events_id_day_key;
  END IF;
END $guard$;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 9bb609332b417407, target fingerprint e10708409fdcd985
-- state fingerprint aa7039cbca77816e -> ea1549a45cbc79cf
-- Changes:
--      1 rebuild type
-- Hazards:
--   destructive rebuild type public.weekday: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'weekday') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.weekday')) = ARRAY['mon', 'tue', 'thu', 'fri']::text[]) AND to_regclass('public.shifts') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM public.shifts WHERE day::text <> ALL (ARRAY['mon', 'tue', 'thu', 'fri']::text[])) THEN
      RAISE EXCEPTION 'schemadelta pre-flight: % rows of public.shifts hold values of day that type public.weekday no longer has', (SELECT count(*) FROM public.shifts WHERE day::text <> ALL (ARRAY['mon', 'tue', 'thu', 'fri']::text[]));
    END IF;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'weekday') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.weekday')) = ARRAY['mon', 'tue', 'thu', 'fri']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'weekday_schemadelta_old') THEN
    ALTER TYPE public.weekday RENAME TO weekday_schemadelta_old;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'weekday') THEN
    CREATE TYPE public.weekday AS ENUM ('mon', 'tue', 'thu', 'fri');
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.shifts') AND attname = 'day') IN (to_regtype('public.weekday_schemadelta_old'), to_regtype('public.weekday_schemadelta_old[]')) THEN
    ALTER TABLE public.shifts ALTER COLUMN day DROP DEFAULT;
    ALTER TABLE public.shifts ALTER COLUMN day TYPE public.weekday USING day::text::public.weekday;
  END IF;
END $guard$;
DROP TYPE IF EXISTS public.weekday_schemadelta_old;

COMMIT;

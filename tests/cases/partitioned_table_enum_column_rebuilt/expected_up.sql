-- schemadelta migration:  -> 
-- source fingerprint 9719f7069959b3a3, target fingerprint d3b8f3d0e8bfabf9
-- state fingerprint 087523d8023e31bf -> e76c06872165f8d8
-- Changes:
--      1 rebuild type
-- Hazards:
--   destructive rebuild type public.mood: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'mood') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.mood')) = ARRAY['high', 'mid', 'low']::text[]) AND to_regclass('public.part_a') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM public.part_a WHERE m::text <> ALL (ARRAY['high', 'mid', 'low']::text[])) THEN
      RAISE EXCEPTION 'schemadelta pre-flight: % rows of public.part_a hold values of m that type public.mood no longer has', (SELECT count(*) FROM public.part_a WHERE m::text <> ALL (ARRAY['high', 'mid', 'low']::text[]));
    END IF;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'mood') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.mood')) = ARRAY['high', 'mid', 'low']::text[]) AND to_regclass('public.part_b') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM public.part_b WHERE m::text <> ALL (ARRAY['high', 'mid', 'low']::text[])) THEN
      RAISE EXCEPTION 'schemadelta pre-flight: % rows of public.part_b hold values of m that type public.mood no longer has', (SELECT count(*) FROM public.part_b WHERE m::text <> ALL (ARRAY['high', 'mid', 'low']::text[]));
    END IF;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'mood') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.mood')) = ARRAY['high', 'mid', 'low']::text[]) AND to_regclass('public.readings') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM public.readings WHERE m::text <> ALL (ARRAY['high', 'mid', 'low']::text[])) THEN
      RAISE EXCEPTION 'schemadelta pre-flight: % rows of public.readings hold values of m that type public.mood no longer has', (SELECT count(*) FROM public.readings WHERE m::text <> ALL (ARRAY['high', 'mid', 'low']::text[]));
    END IF;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'mood') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.mood')) = ARRAY['high', 'mid', 'low']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'mood_schemadelta_old') THEN
    ALTER TYPE public.mood RENAME TO mood_schemadelta_old;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'mood') THEN
    CREATE TYPE public.mood AS ENUM ('high', 'mid', 'low');
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.readings') AND attname = 'm') IN (to_regtype('public.mood_schemadelta_old'), to_regtype('public.mood_schemadelta_old[]')) THEN
    ALTER TABLE public.readings ALTER COLUMN m DROP DEFAULT;
    ALTER TABLE public.readings ALTER COLUMN m TYPE public.mood USING m::text::public.mood;
  END IF;
END $guard$;
DROP TYPE IF EXISTS public.mood_schemadelta_old;

COMMIT;

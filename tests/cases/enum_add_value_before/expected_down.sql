-- schemadelta rollback:  -> 
-- source fingerprint f8104b6251f2bc55, target fingerprint 01a29b8e471f4711
-- state fingerprint 62817aa7cda04512 -> 2f6fbff8be94f238
-- Changes:
--      1 rebuild type
-- Hazards:
--   destructive rebuild type public.severity: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'severity') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.severity')) = ARRAY['info', 'error', 'fatal']::text[]) AND to_regclass('public.log_lines') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM public.log_lines WHERE level::text <> ALL (ARRAY['info', 'error', 'fatal']::text[])) THEN
      RAISE EXCEPTION 'schemadelta pre-flight: % rows of public.log_lines hold values of level that type public.severity no longer has', (SELECT count(*) FROM public.log_lines WHERE level::text <> ALL (ARRAY['info', 'error', 'fatal']::text[]));
    END IF;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'severity') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.severity')) = ARRAY['info', 'error', 'fatal']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'severity_schemadelta_old') THEN
    ALTER TYPE public.severity RENAME TO severity_schemadelta_old;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'severity') THEN
    CREATE TYPE public.severity AS ENUM ('info', 'error', 'fatal');
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.log_lines') AND attname = 'level') IN (to_regtype('public.severity_schemadelta_old'), to_regtype('public.severity_schemadelta_old[]')) THEN
    ALTER TABLE public.log_lines ALTER COLUMN level DROP DEFAULT;
    ALTER TABLE public.log_lines ALTER COLUMN level TYPE public.severity USING level::text::public.severity;
  END IF;
END $guard$;
DROP TYPE IF EXISTS public.severity_schemadelta_old;

COMMIT;

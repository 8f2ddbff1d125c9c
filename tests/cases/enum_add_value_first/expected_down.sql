-- schemadelta rollback:  -> 
-- source fingerprint 11cadf2b470273d4, target fingerprint 9afb2d0899bd1578
-- state fingerprint 1ee8c99cfe079e7e -> 8fe3c68207fbf11b
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
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'severity') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.severity')) = ARRAY['info', 'warning', 'error']::text[]) AND to_regclass('public.alerts') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM public.alerts WHERE level::text <> ALL (ARRAY['info', 'warning', 'error']::text[])) THEN
      RAISE EXCEPTION 'schemadelta pre-flight: % rows of public.alerts hold values of level that type public.severity no longer has', (SELECT count(*) FROM public.alerts WHERE level::text <> ALL (ARRAY['info', 'warning', 'error']::text[]));
    END IF;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'severity') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.severity')) = ARRAY['info', 'warning', 'error']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'severity_schemadelta_old') THEN
    ALTER TYPE public.severity RENAME TO severity_schemadelta_old;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'severity') THEN
    CREATE TYPE public.severity AS ENUM ('info', 'warning', 'error');
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.alerts') AND attname = 'level') IN (to_regtype('public.severity_schemadelta_old'), to_regtype('public.severity_schemadelta_old[]')) THEN
    ALTER TABLE public.alerts ALTER COLUMN level DROP DEFAULT;
    ALTER TABLE public.alerts ALTER COLUMN level TYPE public.severity USING level::text::public.severity;
    ALTER TABLE public.alerts ALTER COLUMN level SET DEFAULT 'info';
  END IF;
END $guard$;
DROP TYPE IF EXISTS public.severity_schemadelta_old;

COMMIT;

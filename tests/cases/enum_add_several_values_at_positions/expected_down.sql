-- schemadelta rollback:  -> 
-- source fingerprint 0b1643b2bcdc6bc2, target fingerprint 1cfdebb3711e8b34
-- state fingerprint 2742dc6fd61f39a8 -> ac08618f9fd070c0
-- Changes:
--      1 rebuild type
-- Hazards:
--   destructive rebuild type public.size: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'size') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.size')) = ARRAY['s', 'l']::text[]) AND to_regclass('public.shirts') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM public.shirts WHERE size::text <> ALL (ARRAY['s', 'l']::text[])) THEN
      RAISE EXCEPTION 'schemadelta pre-flight: % rows of public.shirts hold values of size that type public.size no longer has', (SELECT count(*) FROM public.shirts WHERE size::text <> ALL (ARRAY['s', 'l']::text[]));
    END IF;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'size') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.size')) = ARRAY['s', 'l']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'size_schemadelta_old') THEN
    ALTER TYPE public.size RENAME TO size_schemadelta_old;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'size') THEN
    CREATE TYPE public.size AS ENUM ('s', 'l');
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.shirts') AND attname = 'size') IN (to_regtype('public.size_schemadelta_old'), to_regtype('public.size_schemadelta_old[]')) THEN
    ALTER TABLE public.shirts ALTER COLUMN size DROP DEFAULT;
    ALTER TABLE public.shirts ALTER COLUMN size TYPE public.size USING size::text::public.size;
    ALTER TABLE public.shirts ALTER COLUMN size SET DEFAULT 's';
  END IF;
END $guard$;
DROP TYPE IF EXISTS public.size_schemadelta_old;

COMMIT;

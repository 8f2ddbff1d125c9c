-- schemadelta rollback:  -> 
-- source fingerprint 828036fab239e3b0, target fingerprint a203df8d3723f505
-- state fingerprint abb39dcc0f0eb7b0 -> 1a4c50c6dbf2140c
-- Changes:
--      1 rebuild type
-- Hazards:
--   destructive rebuild type public.weird enum: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'weird enum') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public."weird enum"')) = ARRAY['it''s', 'a b', 'x;y']::text[]) AND to_regclass('public."weird table"') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM public."weird table" WHERE v::text <> ALL (ARRAY['it''s', 'a b', 'x;y']::text[])) THEN
      RAISE EXCEPTION 'schemadelta pre-flight: % rows of public.weird table hold values of v that type public.weird enum no longer has', (SELECT count(*) FROM public."weird table" WHERE v::text <> ALL (ARRAY['it''s', 'a b', 'x;y']::text[]));
    END IF;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'weird enum') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public."weird enum"')) = ARRAY['it''s', 'a b', 'x;y']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'weird enum_schemadelta_old') THEN
    ALTER TYPE public."weird enum" RENAME TO "weird enum_schemadelta_old";
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'weird enum') THEN
    CREATE TYPE public."weird enum" AS ENUM ('it''s', 'a b', 'x;y');
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public."weird table"') AND attname = 'v') IN (to_regtype('public."weird enum_schemadelta_old"'), to_regtype('public."weird enum_schemadelta_old"[]')) THEN
    ALTER TABLE public."weird table" ALTER COLUMN v DROP DEFAULT;
    ALTER TABLE public."weird table" ALTER COLUMN v TYPE public."weird enum" USING v::text::public."weird enum";
    ALTER TABLE public."weird table" ALTER COLUMN v SET DEFAULT 'it''s';
  END IF;
END $guard$;
DROP TYPE IF EXISTS public."weird enum_schemadelta_old";

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 57d26f96a62bc39a, target fingerprint 2b587fa72878c576
-- state fingerprint b2f4396921578ece -> df275972bd96a680
-- Changes:
--      1 drop index
--      1 rebuild type
-- Hazards:
--   destructive rebuild type public.e_1: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public."ix 81"') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public."ix 81"')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public."ix 81"')) THEN
    DROP INDEX IF EXISTS public."ix 81";
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'e_1') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.e_1')) = ARRAY['v0 label', 'v1', 'v2-x']::text[]) AND to_regclass('public.t_37') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM public.t_37 WHERE "check"::text <> ALL (ARRAY['v0 label', 'v1', 'v2-x']::text[])) THEN
      RAISE EXCEPTION 'schemadelta pre-flight: % rows of public.t_37 hold values of check that type public.e_1 no longer has', (SELECT count(*) FROM public.t_37 WHERE "check"::text <> ALL (ARRAY['v0 label', 'v1', 'v2-x']::text[]));
    END IF;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'e_1') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.e_1')) = ARRAY['v0 label', 'v1', 'v2-x']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'e_1_schemadelta_old') THEN
    ALTER TYPE public.e_1 RENAME TO e_1_schemadelta_old;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'e_1') THEN
    CREATE TYPE public.e_1 AS ENUM ('v0 label', 'v1', 'v2-x');
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.t_37') AND attname = 'check') IN (to_regtype('public.e_1_schemadelta_old'), to_regtype('public.e_1_schemadelta_old[]')) THEN
    ALTER TABLE public.t_37 ALTER COLUMN "check" DROP DEFAULT;
    ALTER TABLE public.t_37 ALTER COLUMN "check" TYPE public.e_1 USING "check"::text::public.e_1;
  END IF;
END $guard$;
DROP TYPE IF EXISTS public.e_1_schemadelta_old;

COMMIT;

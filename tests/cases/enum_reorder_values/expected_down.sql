-- schemadelta rollback:  -> 
-- source fingerprint 1e489acb52ba8b54, target fingerprint 502464bec5a1fc1e
-- state fingerprint b7addb99f6c739f8 -> 272102f326268f11
-- Changes:
--      1 rebuild type
-- Hazards:
--   destructive rebuild type public.priority: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'priority') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.priority')) = ARRAY['high', 'low', 'medium']::text[]) AND to_regclass('public.tasks') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM public.tasks WHERE prio::text <> ALL (ARRAY['high', 'low', 'medium']::text[])) THEN
      RAISE EXCEPTION 'schemadelta pre-flight: % rows of public.tasks hold values of prio that type public.priority no longer has', (SELECT count(*) FROM public.tasks WHERE prio::text <> ALL (ARRAY['high', 'low', 'medium']::text[]));
    END IF;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'priority') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.priority')) = ARRAY['high', 'low', 'medium']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'priority_schemadelta_old') THEN
    ALTER TYPE public.priority RENAME TO priority_schemadelta_old;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'priority') THEN
    CREATE TYPE public.priority AS ENUM ('high', 'low', 'medium');
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.tasks') AND attname = 'prio') IN (to_regtype('public.priority_schemadelta_old'), to_regtype('public.priority_schemadelta_old[]')) THEN
    ALTER TABLE public.tasks ALTER COLUMN prio DROP DEFAULT;
    ALTER TABLE public.tasks ALTER COLUMN prio TYPE public.priority USING prio::text::public.priority;
    ALTER TABLE public.tasks ALTER COLUMN prio SET DEFAULT 'medium';
  END IF;
END $guard$;
DROP TYPE IF EXISTS public.priority_schemadelta_old;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 6ccb9b7c359de91e, target fingerprint 6d7a57fc60c68977
-- state fingerprint 562aa390c44bf7b3 -> 1e40ad8d74a7a534
-- Changes:
--      1 rebuild type
-- Hazards:
--   destructive rebuild type public.order_status: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'order_status') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.order_status')) = ARRAY['new', 'paid', 'shipped']::text[]) AND to_regclass('public.orders') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM public.orders WHERE status::text <> ALL (ARRAY['new', 'paid', 'shipped']::text[])) THEN
      RAISE EXCEPTION 'schemadelta pre-flight: % rows of public.orders hold values of status that type public.order_status no longer has', (SELECT count(*) FROM public.orders WHERE status::text <> ALL (ARRAY['new', 'paid', 'shipped']::text[]));
    END IF;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'order_status') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.order_status')) = ARRAY['new', 'paid', 'shipped']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'order_status_schemadelta_old') THEN
    ALTER TYPE public.order_status RENAME TO order_status_schemadelta_old;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'order_status') THEN
    CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'shipped');
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.orders') AND attname = 'status') IN (to_regtype('public.order_status_schemadelta_old'), to_regtype('public.order_status_schemadelta_old[]')) THEN
    ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;
    ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;
    ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new';
  END IF;
END $guard$;
DROP TYPE IF EXISTS public.order_status_schemadelta_old;

COMMIT;

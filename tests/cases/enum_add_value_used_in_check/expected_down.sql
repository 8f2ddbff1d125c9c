-- schemadelta rollback:  -> 
-- source fingerprint c24722207f36e747, target fingerprint 5488c282534748bd
-- state fingerprint 63f555ad69499719 -> 4ddad7118491d8ae
-- Changes:
--      1 drop constraint
--      1 drop index
--      1 rebuild type
-- Hazards:
--   destructive rebuild type public.plan: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.subscriptions') AND relkind IN ('r')) THEN
    ALTER TABLE public.subscriptions DROP CONSTRAINT IF EXISTS subscriptions_seats_check;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.subscriptions_enterprise_idx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.subscriptions_enterprise_idx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.subscriptions_enterprise_idx')) THEN
    DROP INDEX IF EXISTS public.subscriptions_enterprise_idx;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'plan') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.plan')) = ARRAY['free', 'pro']::text[]) AND to_regclass('public.subscriptions') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM public.subscriptions WHERE plan::text <> ALL (ARRAY['free', 'pro']::text[])) THEN
      RAISE EXCEPTION 'schemadelta pre-flight: % rows of public.subscriptions hold values of plan that type public.plan no longer has', (SELECT count(*) FROM public.subscriptions WHERE plan::text <> ALL (ARRAY['free', 'pro']::text[]));
    END IF;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'plan') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('public.plan')) = ARRAY['free', 'pro']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'plan_schemadelta_old') THEN
    ALTER TYPE public.plan RENAME TO plan_schemadelta_old;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'plan') THEN
    CREATE TYPE public.plan AS ENUM ('free', 'pro');
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.subscriptions') AND attname = 'plan') IN (to_regtype('public.plan_schemadelta_old'), to_regtype('public.plan_schemadelta_old[]')) THEN
    ALTER TABLE public.subscriptions ALTER COLUMN plan DROP DEFAULT;
    ALTER TABLE public.subscriptions ALTER COLUMN plan TYPE public.plan USING plan::text::public.plan;
  END IF;
END $guard$;
DROP TYPE IF EXISTS public.plan_schemadelta_old;

COMMIT;

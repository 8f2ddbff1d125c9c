-- schemadelta rollback:  -> 
-- source fingerprint bfe73f90a2264396, target fingerprint 1d94604e7578db6b
-- state fingerprint 77c9e331770219d6 -> a2210797e52c253f
-- Changes:
--      1 rebuild type
-- Hazards:
--   destructive rebuild type public.parcel: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'parcel') AND NOT ((SELECT array_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.typrelid = a.attrelid WHERE t.oid = to_regtype('public.parcel') AND NOT a.attisdropped) = ARRAY['tracking character varying(10)', 'weight_g integer']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'parcel_schemadelta_old') THEN
    ALTER TYPE public.parcel RENAME TO parcel_schemadelta_old;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'parcel') THEN
    CREATE TYPE public.parcel AS (tracking character varying(10), weight_g integer);
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.shipments') AND attname = 'item') IN (to_regtype('public.parcel_schemadelta_old'), to_regtype('public.parcel_schemadelta_old[]')) THEN
    ALTER TABLE public.shipments ALTER COLUMN item DROP DEFAULT;
    ALTER TABLE public.shipments ALTER COLUMN item TYPE public.parcel USING CASE WHEN item IS NOT DISTINCT FROM NULL THEN NULL ELSE ROW((item).tracking::character varying(10), (item).weight_g::integer)::public.parcel END;
  END IF;
END $guard$;
DROP TYPE IF EXISTS public.parcel_schemadelta_old;

COMMIT;

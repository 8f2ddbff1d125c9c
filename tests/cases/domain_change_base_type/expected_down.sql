-- schemadelta rollback:  -> 
-- source fingerprint fe2284a04b2fac37, target fingerprint a928650743e56f15
-- state fingerprint c9c7a4e3e71784bf -> 9bba552a2272bf1d
-- Changes:
--      1 rebuild type
-- Hazards:
--   destructive rebuild type domain public.phone_number: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'phone_number') AND NOT ((SELECT pg_catalog.format_type(typbasetype, typtypmod) FROM pg_catalog.pg_type WHERE oid = to_regtype('public.phone_number')) = 'character varying(20)') AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'phone_number_schemadelta_old') THEN
    ALTER DOMAIN public.phone_number RENAME TO phone_number_schemadelta_old;
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'phone_number') THEN
    CREATE DOMAIN public.phone_number AS character varying(20) CONSTRAINT phone_number_check CHECK (VALUE ~ '^\+?[0-9 ]+$');
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', '', false);
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.people') AND attname = 'landline') IN (to_regtype('public.phone_number_schemadelta_old'), to_regtype('public.phone_number_schemadelta_old[]')) THEN
    ALTER TABLE public.people ALTER COLUMN landline DROP DEFAULT;
    ALTER TABLE public.people ALTER COLUMN landline TYPE public.phone_number USING landline::character varying(20)::public.phone_number;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.people') AND attname = 'mobile') IN (to_regtype('public.phone_number_schemadelta_old'), to_regtype('public.phone_number_schemadelta_old[]')) THEN
    ALTER TABLE public.people ALTER COLUMN mobile DROP DEFAULT;
    ALTER TABLE public.people ALTER COLUMN mobile TYPE public.phone_number USING mobile::character varying(20)::public.phone_number;
  END IF;
END $guard$;
DROP DOMAIN IF EXISTS public.phone_number_schemadelta_old;

COMMIT;

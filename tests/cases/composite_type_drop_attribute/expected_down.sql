-- schemadelta rollback:  -> 
-- source fingerprint 724b7920501e567b, target fingerprint 40a1c3161791e7c2
-- state fingerprint f12d17c48e454a4b -> c33addb527cd0236
-- Changes:
--      1 alter composite type
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.typrelid = a.attrelid WHERE t.oid = 'public.geo_point'::regtype AND NOT a.attisdropped AND a.attname = 'alt') THEN
    ALTER TYPE public.geo_point ADD ATTRIBUTE alt double precision;
  END IF;
END $guard$;

COMMIT;

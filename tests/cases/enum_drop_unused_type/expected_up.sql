-- schemadelta migration:  -> 
-- source fingerprint 48b49540f4fb3814, target fingerprint ee32a0c2bc60296b
-- state fingerprint f50ec47353092732 -> 8afef3554db0432c
-- Changes:
--      1 drop type
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'legacy_flag' AND (t.typrelid = 0 OR (SELECT relkind FROM pg_catalog.pg_class WHERE oid = t.typrelid) = 'c')) THEN
    DROP TYPE IF EXISTS public.legacy_flag;
  END IF;
END $guard$;

COMMIT;

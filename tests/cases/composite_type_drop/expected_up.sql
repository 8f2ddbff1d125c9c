-- schemadelta migration:  -> 
-- source fingerprint 2bda664806851a92, target fingerprint c2fe4930a56f5852
-- state fingerprint ad6327848c4a958c -> 539543c9091e4218
-- Changes:
--      1 drop routine
--      1 drop type
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP FUNCTION IF EXISTS public.make_pair(integer, integer);
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'pair' AND (t.typrelid = 0 OR (SELECT relkind FROM pg_catalog.pg_class WHERE oid = t.typrelid) = 'c')) THEN
    DROP TYPE IF EXISTS public.pair;
  END IF;
END $guard$;

COMMIT;

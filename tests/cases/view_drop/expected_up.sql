-- schemadelta migration:  -> 
-- source fingerprint da330f6b40c082ac, target fingerprint dbf659b574a232ca
-- state fingerprint 62ad965453fde368 -> dbc17352a553c035
-- Changes:
--      1 drop view
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.big_orders') AND relkind IN ('v')) THEN
    DROP VIEW IF EXISTS public.big_orders;
  END IF;
END $guard$;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 1558f8ce0b27b265, target fingerprint 09563dbb4aaa5690
-- state fingerprint 3efd484d02152ac4 -> dc247d4c66090a24
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
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.customer_totals') AND relkind IN ('v')) THEN
    DROP VIEW IF EXISTS public.customer_totals;
  END IF;
END $guard$;

COMMIT;

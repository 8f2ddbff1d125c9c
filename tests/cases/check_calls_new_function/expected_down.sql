-- schemadelta rollback:  -> 
-- source fingerprint b3e80214994546f6, target fingerprint b6f184eb814b50c9
-- state fingerprint ff4437ac3ceaf1a7 -> e047161af6657e55
-- Changes:
--      1 drop constraint
--      1 drop routine
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.iban_accounts') AND relkind IN ('r')) THEN
    ALTER TABLE public.iban_accounts DROP CONSTRAINT IF EXISTS iban_accounts_iban_check;
  END IF;
END $guard$;
DROP FUNCTION IF EXISTS public.is_valid_iban(text);

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 54fbb2f5a70c55da, target fingerprint baa8402485627709
-- state fingerprint 64f20579deddfd62 -> 5e0c3f5d485bca2c
-- Changes:
--      1 alter domain
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

SELECT pg_catalog.set_config('search_path', 'public', false);
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE contypid = 'public.username'::regtype AND conname = 'username_lowercase') THEN
    ALTER DOMAIN public.username ADD CONSTRAINT username_lowercase CHECK (VALUE = lower(VALUE));
  END IF;
END $guard$;

COMMIT;

-- schemadelta migration:  -> 
-- source fingerprint 45efe0aa5a3763a8, target fingerprint bdc620864d223c6e
-- state fingerprint ef47e3dd9a028301 -> 79d01468c397d633
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
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE contypid = 'public.percentage'::regtype AND conname = 'percentage_range') THEN
    ALTER DOMAIN public.percentage ADD CONSTRAINT percentage_range CHECK (VALUE >= 0 AND VALUE <= 100);
  END IF;
END $guard$;

COMMIT;

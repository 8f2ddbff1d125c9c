-- schemadelta migration:  -> 
-- source fingerprint d2ea545db454f450, target fingerprint faa27f7d0b43da5d
-- state fingerprint b1bdc554b57ec682 -> e8bd1e5a655e7722
-- Changes:
--      1 alter domain
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER DOMAIN public.username DROP CONSTRAINT IF EXISTS username_length;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE contypid = 'public.username'::regtype AND conname = 'username_length') THEN
    ALTER DOMAIN public.username ADD CONSTRAINT username_length CHECK (length(VALUE) BETWEEN 2 AND 64);
  END IF;
END $guard$;

COMMIT;

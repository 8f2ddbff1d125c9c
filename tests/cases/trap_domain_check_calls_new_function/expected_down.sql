-- schemadelta rollback:  -> 
-- source fingerprint b1beeda1d95d6eb3, target fingerprint d8a87ef330888a0d
-- state fingerprint afe660d82f474fb4 -> 40eecc89a241c8b8
-- Changes:
--      1 alter domain
--      1 drop routine
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER DOMAIN public.isbn DROP CONSTRAINT IF EXISTS isbn_format;
DROP FUNCTION IF EXISTS public.isbn13_ok(text);

COMMIT;

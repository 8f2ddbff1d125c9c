-- schemadelta migration:  -> 
-- source fingerprint e924b5e5953caf89, target fingerprint 53779b54c73f3e7e
-- state fingerprint b30229c5efaa2fd4 -> d173d44790cc613c
-- Changes:
--      3 alter domain
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

SELECT pg_catalog.set_config('search_path', 'public', false);
ALTER DOMAIN public.country_code SET DEFAULT 'FR';
ALTER DOMAIN public.created_ts DROP DEFAULT;
ALTER DOMAIN public.quantity SET DEFAULT 1;

COMMIT;

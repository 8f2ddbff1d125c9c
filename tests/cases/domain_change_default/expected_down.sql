-- schemadelta rollback:  -> 
-- source fingerprint 53779b54c73f3e7e, target fingerprint e924b5e5953caf89
-- state fingerprint d173d44790cc613c -> b30229c5efaa2fd4
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
ALTER DOMAIN public.country_code SET DEFAULT 'US';
ALTER DOMAIN public.created_ts SET DEFAULT now();
ALTER DOMAIN public.quantity DROP DEFAULT;

COMMIT;

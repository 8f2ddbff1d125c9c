-- schemadelta migration:  -> 
-- source fingerprint 3700c3dceb8b4cdd, target fingerprint 809f265f6bf02086
-- state fingerprint 00b4710b5b022939 -> 776ce6116a3f69f6
-- Changes:
--      1 alter domain
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER DOMAIN public.nonempty_text SET NOT NULL;

COMMIT;

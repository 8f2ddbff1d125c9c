-- schemadelta migration:  -> 
-- source fingerprint baa8402485627709, target fingerprint 54fbb2f5a70c55da
-- state fingerprint 5e0c3f5d485bca2c -> 64f20579deddfd62
-- Changes:
--      1 alter domain
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER DOMAIN public.username DROP CONSTRAINT IF EXISTS username_lowercase;

COMMIT;

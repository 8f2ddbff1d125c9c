-- schemadelta rollback:  -> 
-- source fingerprint 1bab6b10f469bf78, target fingerprint 58634f9e5632e89b
-- state fingerprint cd52432f95b89abb -> e9ef24a11e09fc09
-- Changes:
--      4 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON TYPE public.address IS NULL;
COMMENT ON TYPE public.mood IS 'How the user feels';
COMMENT ON DOMAIN public.zip_code IS 'US zip';
COMMENT ON COLUMN public.address.zip IS NULL;

COMMIT;

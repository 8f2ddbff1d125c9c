-- schemadelta migration:  -> 
-- source fingerprint 58634f9e5632e89b, target fingerprint 1bab6b10f469bf78
-- state fingerprint e9ef24a11e09fc09 -> cd52432f95b89abb
-- Changes:
--      4 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON TYPE public.address IS 'Postal address';
COMMENT ON TYPE public.mood IS NULL;
COMMENT ON DOMAIN public.zip_code IS 'Five digit US zip code';
COMMENT ON COLUMN public.address.zip IS 'Postal code, not validated';

COMMIT;

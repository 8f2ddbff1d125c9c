-- schemadelta migration:  -> 
-- source fingerprint f04bdca6a70035a4, target fingerprint 3a7ec63eed2b209b
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

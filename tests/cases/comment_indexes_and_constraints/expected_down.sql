-- schemadelta rollback:  -> 
-- source fingerprint 7dbcc5be584ef806, target fingerprint 6a5a3ff9647c67a7
-- state fingerprint 262a2af9c65cae85 -> d74a58bb27004082
-- Changes:
--      4 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON CONSTRAINT discounts_code_format ON public.discounts IS NULL;
COMMENT ON CONSTRAINT discounts_pkey ON public.discounts IS NULL;
COMMENT ON CONSTRAINT percent_range ON DOMAIN public.percent IS NULL;
COMMENT ON INDEX public.discounts_rate_idx IS 'old';

COMMIT;

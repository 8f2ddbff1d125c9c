-- schemadelta migration:  -> 
-- source fingerprint 6a5a3ff9647c67a7, target fingerprint 7dbcc5be584ef806
-- state fingerprint d74a58bb27004082 -> 262a2af9c65cae85
-- Changes:
--      4 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON CONSTRAINT discounts_code_format ON public.discounts IS 'Upper-case codes only';
COMMENT ON CONSTRAINT discounts_pkey ON public.discounts IS 'Surrogate key';
COMMENT ON CONSTRAINT percent_range ON DOMAIN public.percent IS '0 to 100 inclusive';
COMMENT ON INDEX public.discounts_rate_idx IS 'Used by the rate report';

COMMIT;

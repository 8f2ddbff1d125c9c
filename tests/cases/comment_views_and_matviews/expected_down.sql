-- schemadelta rollback:  -> 
-- source fingerprint 82c4515a83f572c0, target fingerprint 9bd79d01e39d0a61
-- state fingerprint 7e64678fb318383a -> 2a3a60a62454ed20
-- Changes:
--      4 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON COLUMN public.big_sales.amount IS NULL;
COMMENT ON COLUMN public.sales_by_region.total IS NULL;
COMMENT ON VIEW public.big_sales IS 'Large sales';
COMMENT ON MATERIALIZED VIEW public.sales_by_region IS NULL;

COMMIT;

-- schemadelta migration:  -> 
-- source fingerprint 9bd79d01e39d0a61, target fingerprint 82c4515a83f572c0
-- state fingerprint 2a3a60a62454ed20 -> 7e64678fb318383a
-- Changes:
--      4 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON COLUMN public.big_sales.amount IS 'Gross amount';
COMMENT ON COLUMN public.sales_by_region.total IS 'Sum of amounts';
COMMENT ON VIEW public.big_sales IS 'Sales above 1000';
COMMENT ON MATERIALIZED VIEW public.sales_by_region IS 'Refreshed nightly';

COMMIT;

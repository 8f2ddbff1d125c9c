-- schemadelta rollback:  -> 
-- source fingerprint 42bffe3ab5da839f, target fingerprint 285e3dc85cd4a700
-- state fingerprint e898faaf9595fe64 -> e819b366861cf907
-- Changes:
--      2 set not null
-- Hazards:
--   blocking    set not null column public.orders.coupon: scans the table for NULLs [MayFailOnExistingRows, BlocksWrites]
--   blocking    set not null column public.orders.customer_id: scans the table for NULLs [MayFailOnExistingRows, BlocksWrites]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM public.orders WHERE coupon IS NULL) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'rows of public.orders have NULL in coupon: SET NOT NULL would fail';
  END IF;
END $preflight$;
ALTER TABLE public.orders ALTER COLUMN coupon SET NOT NULL;
DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM public.orders WHERE customer_id IS NULL) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'rows of public.orders have NULL in customer_id: SET NOT NULL would fail';
  END IF;
END $preflight$;
ALTER TABLE public.orders ALTER COLUMN customer_id SET NOT NULL;

COMMIT;

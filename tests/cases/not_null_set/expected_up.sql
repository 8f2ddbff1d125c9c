-- schemadelta migration:  -> 
-- source fingerprint e222099c96cc0403, target fingerprint def3eaabcdc39a2b
-- state fingerprint e4bb84ce754ef508 -> d87fb9c25c77406a
-- Changes:
--      2 set not null
-- Hazards:
--   blocking    set not null column public.orders.customer_id: scans the table for NULLs [MayFailOnExistingRows, BlocksWrites]
--   blocking    set not null column public.orders.placed_at: scans the table for NULLs [MayFailOnExistingRows, BlocksWrites]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM public.orders WHERE customer_id IS NULL) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'rows of public.orders have NULL in customer_id: SET NOT NULL would fail';
  END IF;
END $preflight$;
ALTER TABLE public.orders ALTER COLUMN customer_id SET NOT NULL;
DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM public.orders WHERE placed_at IS NULL) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'rows of public.orders have NULL in placed_at: SET NOT NULL would fail';
  END IF;
END $preflight$;
ALTER TABLE public.orders ALTER COLUMN placed_at SET NOT NULL;

COMMIT;

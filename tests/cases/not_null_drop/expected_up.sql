-- schemadelta migration:  -> 
-- source fingerprint b2a1b6d3f0e83134, target fingerprint 34f0249986e2f964
-- state fingerprint e819b366861cf907 -> e898faaf9595fe64
-- Changes:
--      2 drop not null
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.orders ALTER COLUMN coupon DROP NOT NULL;
ALTER TABLE public.orders ALTER COLUMN customer_id DROP NOT NULL;

COMMIT;

-- schemadelta migration:  -> 
-- source fingerprint 285e3dc85cd4a700, target fingerprint 42bffe3ab5da839f
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

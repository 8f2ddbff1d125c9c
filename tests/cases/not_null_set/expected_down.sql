-- schemadelta rollback:  -> 
-- source fingerprint def3eaabcdc39a2b, target fingerprint e222099c96cc0403
-- state fingerprint d87fb9c25c77406a -> e4bb84ce754ef508
-- Changes:
--      2 drop not null
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.orders ALTER COLUMN customer_id DROP NOT NULL;
ALTER TABLE public.orders ALTER COLUMN placed_at DROP NOT NULL;

COMMIT;

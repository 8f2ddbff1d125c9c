-- schemadelta migration:  -> 
-- source fingerprint e7c1c87f0949562e, target fingerprint 5caa235c6b0d7203
-- state fingerprint 4cfda0342d286778 -> 982be9f9a2c94f28
-- Changes:
--      3 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON COLUMN public.orders.notes IS NULL;
COMMENT ON COLUMN public.orders.placed_at IS 'When the customer confirmed the order';
COMMENT ON COLUMN public.orders.status IS 'One of: new, paid, shipped, cancelled';

COMMIT;

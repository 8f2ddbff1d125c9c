-- schemadelta rollback:  -> 
-- source fingerprint 31c67754c3b7fbd9, target fingerprint 8525f94f6dd2f683
-- state fingerprint 1f26f243535db7c9 -> dbc17352a553c035
-- Changes:
--      1 drop routine
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP FUNCTION IF EXISTS public.order_total(integer);

COMMIT;

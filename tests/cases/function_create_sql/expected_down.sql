-- schemadelta rollback:  -> 
-- source fingerprint beb62f6e8ac5f577, target fingerprint dbf659b574a232ca
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

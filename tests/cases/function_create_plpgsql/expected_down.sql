-- schemadelta rollback:  -> 
-- source fingerprint 20cc5df0f99c0082, target fingerprint dbf659b574a232ca
-- state fingerprint c2c3b1c320be30b2 -> dbc17352a553c035
-- Changes:
--      1 drop routine
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP FUNCTION IF EXISTS public.order_stats();

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 3fbbadad3725ad74, target fingerprint 31d993cc4d234d4e
-- state fingerprint 8029219584b76dd9 -> b91ff356cebf4dc0
-- Changes:
--      1 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON TABLE public.ledger IS 'plain';

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 0f1631f80b189a86, target fingerprint d7698db1a598e0b5
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

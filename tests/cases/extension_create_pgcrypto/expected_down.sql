-- schemadelta rollback:  -> 
-- source fingerprint 3b8c5e20ec2268bc, target fingerprint b196645d53f8ef7c
-- state fingerprint e82748589c2dc7cd -> f1d54e10ab770292
-- Changes:
--      1 drop extension
--      1 drop routine
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP FUNCTION IF EXISTS public.check_password(text, text);
DROP EXTENSION IF EXISTS pgcrypto;

COMMIT;

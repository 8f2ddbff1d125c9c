-- schemadelta rollback:  -> 
-- source fingerprint 2cefa78a7048e24f, target fingerprint 81a89be1445ebe4a
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

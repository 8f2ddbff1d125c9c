-- schemadelta rollback:  -> 
-- source fingerprint b1dd3c00a519bfa5, target fingerprint ccaf70532b316ece
-- state fingerprint 589d1fab811be6aa -> aab1aa94b1cbe2a2
-- Changes:
--      2 drop routine
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP FUNCTION IF EXISTS public.max_of(VARIADIC integer[]);
DROP FUNCTION IF EXISTS public.items_by_ids(integer[]);

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint faf5e70088a760c6, target fingerprint aacaacf601dba779
-- state fingerprint 931b54513ea03e2d -> d0ec45b6a01e8c23
-- Changes:
--      1 drop routine
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP PROCEDURE IF EXISTS public.purge_done(integer);

COMMIT;

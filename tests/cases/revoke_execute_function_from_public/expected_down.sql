-- schemadelta rollback:  -> 
-- source fingerprint c7fc4fe1d08762aa, target fingerprint 6d3b9259697566bf
-- state fingerprint dc43fc8c11ef64f4 -> 9bfc7719bc741f27
-- Changes:
--      1 set privileges
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

GRANT EXECUTE ON FUNCTION public.wipe_cache() TO PUBLIC;

COMMIT;

-- schemadelta migration:  -> 
-- source fingerprint a709e62fc760a17f, target fingerprint ac22e4156668a735
-- state fingerprint 66f135522dd5331b -> eddc6345c162dc9a
-- Changes:
--      1 drop routine
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP FUNCTION IF EXISTS public.double_it(integer);

COMMIT;

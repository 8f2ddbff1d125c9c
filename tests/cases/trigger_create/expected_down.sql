-- schemadelta rollback:  -> 
-- source fingerprint 617def6242428901, target fingerprint 9fe2c6c7156cdcf7
-- state fingerprint 176b45ba7a7d9c5f -> a6f3f4a99102a09c
-- Changes:
--      1 drop routine
--      1 drop trigger
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP TRIGGER IF EXISTS articles_set_updated_at ON public.articles;
DROP FUNCTION IF EXISTS public.set_updated_at();

COMMIT;

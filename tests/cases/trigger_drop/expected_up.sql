-- schemadelta migration:  -> 
-- source fingerprint 7cc02460fcb6f51f, target fingerprint 9fe2c6c7156cdcf7
-- state fingerprint 66909502ad0c7a10 -> a6f3f4a99102a09c
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

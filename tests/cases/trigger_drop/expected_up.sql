-- schemadelta migration:  -> 
-- source fingerprint e56898f43241d3bf, target fingerprint e4bfa8b33804ad3f
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

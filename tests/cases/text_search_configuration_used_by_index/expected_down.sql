-- schemadelta rollback:  -> 
-- source fingerprint 2db4df5cac1b4237, target fingerprint 88950553be1830b9
-- state fingerprint b7852746865d0ff4 -> 71c64b2132dc6c42
-- Changes:
--      1 drop column
--      1 drop index
--      2 drop text search object
-- Hazards:
--   destructive drop column public.articles.search: drops the column and its values [DeletesData]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.articles_title_fts') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.articles_title_fts')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.articles_title_fts')) THEN
    DROP INDEX IF EXISTS public.articles_title_fts;
  END IF;
END $guard$;
ALTER TABLE public.articles DROP COLUMN IF EXISTS search;
DROP TEXT SEARCH CONFIGURATION IF EXISTS public.articles_cfg;
DROP TEXT SEARCH DICTIONARY IF EXISTS public.english_nostop;

COMMIT;

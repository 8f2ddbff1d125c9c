-- schemadelta rollback:  -> 
-- source fingerprint 4269fd90df7f2111, target fingerprint 459286045c1256c6
-- state fingerprint ed05e64a691d4698 -> 9118774f01bcea7a
-- Changes:
--      2 alter text search object
--      2 create text search object
--      1 drop text search object
--      1 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TEXT SEARCH DICTIONARY public.english_nostop (language = 'english', stopwords);
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_ts_dict o JOIN pg_catalog.pg_namespace n ON n.oid = o.dictnamespace WHERE n.nspname = 'public' AND o.dictname = 'old_simple') THEN
    CREATE TEXT SEARCH DICTIONARY public.old_simple (TEMPLATE = pg_catalog.simple, stopwords = 'english');
  END IF;
END $guard$;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR asciiword WITH public.english_nostop;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR email WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR word WITH public.english_nostop;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR asciihword;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR file;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR "float";
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR host;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR hword;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR hword_asciipart;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR hword_numpart;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR hword_part;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR "int";
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR numhword;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR numword;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR sfloat;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR uint;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR url_path;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR version;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_ts_config o JOIN pg_catalog.pg_namespace n ON n.oid = o.cfgnamespace WHERE n.nspname = 'public' AND o.cfgname = 'legacy') THEN
    CREATE TEXT SEARCH CONFIGURATION public.legacy (PARSER = pg_catalog."default");
  END IF;
END $guard$;
ALTER TEXT SEARCH CONFIGURATION public.legacy ALTER MAPPING FOR asciiword WITH public.old_simple;
DROP TEXT SEARCH DICTIONARY IF EXISTS public.numbers;
COMMENT ON TEXT SEARCH CONFIGURATION public.app IS NULL;

COMMIT;

-- schemadelta migration:  -> 
-- source fingerprint 459286045c1256c6, target fingerprint 4269fd90df7f2111
-- state fingerprint 9118774f01bcea7a -> ed05e64a691d4698
-- Changes:
--      2 alter text search object
--      1 create text search object
--      2 drop text search object
--      1 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TEXT SEARCH DICTIONARY public.english_nostop (language = 'english', stopwords = 'english');
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_ts_dict o JOIN pg_catalog.pg_namespace n ON n.oid = o.dictnamespace WHERE n.nspname = 'public' AND o.dictname = 'numbers') THEN
    CREATE TEXT SEARCH DICTIONARY public.numbers (TEMPLATE = pg_catalog.simple, accept = 'false');
  END IF;
END $guard$;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR asciihword WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR asciiword WITH public.english_nostop, pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR file WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR "float" WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR host WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR hword WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR hword_asciipart WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR hword_numpart WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR hword_part WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR "int" WITH public.numbers, pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR numhword WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR numword WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR sfloat WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR uint WITH public.numbers, pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR url_path WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR version WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR word WITH public.english_nostop, pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING IF EXISTS FOR email;
DROP TEXT SEARCH CONFIGURATION IF EXISTS public.legacy;
DROP TEXT SEARCH DICTIONARY IF EXISTS public.old_simple;
COMMENT ON TEXT SEARCH CONFIGURATION public.app IS 'application search';

COMMIT;

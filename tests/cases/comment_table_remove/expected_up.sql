-- schemadelta migration:  -> 
-- source fingerprint e1046b67de6624a4, target fingerprint c2d38e4a1ace1ac9
-- state fingerprint caf32b8d98ed5f59 -> e66e5d5495b0abf0
-- Changes:
--      1 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON TABLE public.products IS NULL;

COMMIT;

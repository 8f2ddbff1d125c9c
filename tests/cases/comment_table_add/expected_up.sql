-- schemadelta migration:  -> 
-- source fingerprint c2d38e4a1ace1ac9, target fingerprint 50b0437403725e5c
-- state fingerprint e66e5d5495b0abf0 -> afda922ca9d56beb
-- Changes:
--      1 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON TABLE public.products IS 'Catalog of sellable products';

COMMIT;

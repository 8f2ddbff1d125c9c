-- schemadelta migration:  -> 
-- source fingerprint 932a513c2488c5cf, target fingerprint b4e86eab25e2a10e
-- state fingerprint d85be26654379911 -> 764a0297325fa81f
-- Changes:
--      2 set privileges
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

REVOKE USAGE ON TYPE public.priority FROM PUBLIC;
GRANT USAGE ON DOMAIN public.short_text TO PUBLIC;

COMMIT;

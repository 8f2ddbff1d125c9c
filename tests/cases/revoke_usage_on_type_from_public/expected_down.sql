-- schemadelta rollback:  -> 
-- source fingerprint b4e86eab25e2a10e, target fingerprint 932a513c2488c5cf
-- state fingerprint 764a0297325fa81f -> d85be26654379911
-- Changes:
--      2 set privileges
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

GRANT USAGE ON TYPE public.priority TO PUBLIC;
REVOKE USAGE ON DOMAIN public.short_text FROM PUBLIC;

COMMIT;

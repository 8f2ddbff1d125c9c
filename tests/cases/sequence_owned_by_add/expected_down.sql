-- schemadelta rollback:  -> 
-- source fingerprint 69d418a2fae70373, target fingerprint 999b8f99a986bdd3
-- state fingerprint abc094713c01af12 -> bdeba246d790ec2d
-- Changes:
--      1 set sequence owner
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER SEQUENCE public.tickets_id_seq OWNED BY NONE;

COMMIT;

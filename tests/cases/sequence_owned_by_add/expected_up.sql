-- schemadelta migration:  -> 
-- source fingerprint 999b8f99a986bdd3, target fingerprint 69d418a2fae70373
-- state fingerprint bdeba246d790ec2d -> abc094713c01af12
-- Changes:
--      1 set sequence owner
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;

COMMIT;

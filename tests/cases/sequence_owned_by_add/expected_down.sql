-- schemadelta rollback:  -> 
-- source fingerprint dab032a2aac5dfa5, target fingerprint 13dca1efe79d85d0
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

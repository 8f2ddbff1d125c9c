-- schemadelta migration:  -> 
-- source fingerprint 24513688681ddf4f, target fingerprint ef61acd7b69b5b47
-- state fingerprint 731cc281ddb3cf5a -> 35ef6d6be45c546d
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

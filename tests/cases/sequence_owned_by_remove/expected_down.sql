-- schemadelta rollback:  -> 
-- source fingerprint ef61acd7b69b5b47, target fingerprint 24513688681ddf4f
-- state fingerprint 35ef6d6be45c546d -> 731cc281ddb3cf5a
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

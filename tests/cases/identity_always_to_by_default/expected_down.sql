-- schemadelta rollback:  -> 
-- source fingerprint 63f1c4374c431e4b, target fingerprint 225b3638d5075ee4
-- state fingerprint ac4c653cfde226e8 -> 8f1e795481bd945e
-- Changes:
--      1 alter column identity
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.tickets ALTER COLUMN id SET GENERATED ALWAYS SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET START WITH 1 SET CACHE 1 SET NO CYCLE;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint d54e0c7ce77b5b02, target fingerprint 02a0afe0e5ef1ea2
-- state fingerprint 73054bfc8aba7b00 -> bb1a71c1334cda60
-- Changes:
--      1 drop schema
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP SCHEMA IF EXISTS archive;

COMMIT;

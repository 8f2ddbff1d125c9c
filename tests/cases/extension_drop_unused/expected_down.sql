-- schemadelta rollback:  -> 
-- source fingerprint b0d87f6cf54425bd, target fingerprint 0e1a4a97e83a28f4
-- state fingerprint 54cf142445c7a5d8 -> 9aefb0312eef21f4
-- Changes:
--      1 create extension
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

COMMIT;

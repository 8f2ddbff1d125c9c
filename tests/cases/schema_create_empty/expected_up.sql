-- schemadelta migration:  -> 
-- source fingerprint 02a0afe0e5ef1ea2, target fingerprint d54e0c7ce77b5b02
-- state fingerprint bb1a71c1334cda60 -> 73054bfc8aba7b00
-- Changes:
--      1 create schema
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

CREATE SCHEMA IF NOT EXISTS archive;

COMMIT;

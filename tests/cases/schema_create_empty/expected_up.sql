-- schemadelta migration:  -> 
-- source fingerprint 2f68658d406408e3, target fingerprint 437152c787a7f1ed
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

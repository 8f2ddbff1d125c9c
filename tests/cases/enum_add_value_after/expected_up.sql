-- schemadelta migration:  -> 
-- source fingerprint e10708409fdcd985, target fingerprint 9bb609332b417407
-- state fingerprint ea1549a45cbc79cf -> aa7039cbca77816e
-- Changes:
--      1 add enum value
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TYPE public.weekday ADD VALUE IF NOT EXISTS 'wed' BEFORE 'thu';

COMMIT;

-- schemadelta migration:  -> 
-- source fingerprint 01a29b8e471f4711, target fingerprint f8104b6251f2bc55
-- state fingerprint 2f6fbff8be94f238 -> 62817aa7cda04512
-- Changes:
--      1 add enum value
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TYPE public.severity ADD VALUE IF NOT EXISTS 'warning' BEFORE 'error';

COMMIT;

-- schemadelta migration:  -> 
-- source fingerprint a203df8d3723f505, target fingerprint 828036fab239e3b0
-- state fingerprint 1a4c50c6dbf2140c -> abb39dcc0f0eb7b0
-- Changes:
--      2 add enum value
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TYPE public."weird enum" ADD VALUE IF NOT EXISTS 'say "hi"' BEFORE 'a b';
ALTER TYPE public."weird enum" ADD VALUE IF NOT EXISTS '' AFTER 'x;y';

COMMIT;

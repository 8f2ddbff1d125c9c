-- schemadelta migration:  -> 
-- source fingerprint 9afb2d0899bd1578, target fingerprint 11cadf2b470273d4
-- state fingerprint 8fe3c68207fbf11b -> 1ee8c99cfe079e7e
-- Changes:
--      1 add enum value
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TYPE public.severity ADD VALUE IF NOT EXISTS 'debug' BEFORE 'info';

COMMIT;

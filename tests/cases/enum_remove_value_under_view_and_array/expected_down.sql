-- schemadelta rollback:  -> 
-- source fingerprint e02c033f23bfd2f2, target fingerprint c647e69d8b489998
-- state fingerprint 9e8c8437f4b00ade -> e74d5fe26c8faea1
-- Changes:
--      1 add enum value
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TYPE public.color ADD VALUE IF NOT EXISTS 'magenta' AFTER 'blue';

COMMIT;

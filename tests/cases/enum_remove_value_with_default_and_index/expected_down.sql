-- schemadelta rollback:  -> 
-- source fingerprint 3979d769eeda84ed, target fingerprint b063b941c0dcbe74
-- state fingerprint 290da3b41e201484 -> ffad572f4a9b729d
-- Changes:
--      1 add enum value
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TYPE public.currency ADD VALUE IF NOT EXISTS 'FRF' BEFORE 'GBP';

COMMIT;

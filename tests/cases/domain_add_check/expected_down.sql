-- schemadelta rollback:  -> 
-- source fingerprint bdc620864d223c6e, target fingerprint 45efe0aa5a3763a8
-- state fingerprint 79d01468c397d633 -> ef47e3dd9a028301
-- Changes:
--      1 alter domain
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER DOMAIN public.percentage DROP CONSTRAINT IF EXISTS percentage_range;

COMMIT;

-- schemadelta migration:  -> 
-- source fingerprint 3f766b60831e1bb4, target fingerprint f9a0291618cc6974
-- state fingerprint cd29830d5ea11593 -> d51a62df02fea34b
-- Changes:
--      2 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON SCHEMA reporting IS 'Read-only reporting objects';
COMMENT ON SEQUENCE reporting.report_no_seq IS 'Report numbers';

COMMIT;

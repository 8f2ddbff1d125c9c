-- schemadelta migration:  -> 
-- source fingerprint 5b6ee149d1ec3d1e, target fingerprint f337812205b88016
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

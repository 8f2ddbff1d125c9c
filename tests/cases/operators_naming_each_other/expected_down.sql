-- schemadelta rollback:  -> 
-- source fingerprint 5054e28484904984, target fingerprint 347e7116bdce1edf
-- state fingerprint e6e2e85cc2dd6933 -> f624f782f8017773
-- Changes:
--      2 drop operator
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP OPERATOR IF EXISTS ops.>=# (text, text);
DROP OPERATOR IF EXISTS ops.<# (text, text);

COMMIT;

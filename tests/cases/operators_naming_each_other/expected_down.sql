-- schemadelta rollback:  -> 
-- source fingerprint eeace1eca5b4a46b, target fingerprint 63fb8db49cd367cb
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

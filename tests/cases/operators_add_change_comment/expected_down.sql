-- schemadelta rollback:  -> 
-- source fingerprint b0f18ed40544c6b2, target fingerprint bc4357fc63bf5bf7
-- state fingerprint cb6ac039c672056c -> 8004437314882d02
-- Changes:
--      1 create operator
--      3 drop operator
--      1 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP OPERATOR IF EXISTS textops.<# (text, text);
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE o.oprcode <> 0 AND n.nspname = 'textops' AND o.oprname = '<#' AND o.oprleft = 'text'::regtype AND o.oprright = 'text'::regtype) THEN
    CREATE OPERATOR textops.<# (FUNCTION = textops.shorter, LEFTARG = text, RIGHTARG = text);
  END IF;
END $guard$;
DROP OPERATOR IF EXISTS textops.>=# (text, text);
DROP OPERATOR IF EXISTS textops.- (NONE, text);
COMMENT ON OPERATOR textops.=# (text, text) IS NULL;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint a550df92ba730a30, target fingerprint 42a8a446d14b4b94
-- state fingerprint c53637fb0eced8bc -> 6e548f27e38a5b87
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
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE n.nspname = 'textops' AND o.oprname = '<#' AND o.oprleft = 'text'::regtype AND o.oprright = 'text'::regtype) THEN
    CREATE OPERATOR textops.<# (FUNCTION = textops.shorter, LEFTARG = text, RIGHTARG = text);
  END IF;
END $guard$;
DROP OPERATOR IF EXISTS textops.>=# (text, text);
DROP OPERATOR IF EXISTS textops.- (NONE, text);
COMMENT ON OPERATOR textops.=# (text, text) IS NULL;

COMMIT;

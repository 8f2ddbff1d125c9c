-- schemadelta migration:  -> 
-- source fingerprint bc4357fc63bf5bf7, target fingerprint b0f18ed40544c6b2
-- state fingerprint 8004437314882d02 -> cb6ac039c672056c
-- Changes:
--      3 create operator
--      1 drop operator
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
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE o.oprcode <> 0 AND n.nspname = 'textops' AND o.oprname = '-' AND o.oprleft = 0 AND o.oprright = 'text'::regtype) THEN
    CREATE OPERATOR textops.- (FUNCTION = textops.negative_length, RIGHTARG = text);
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE o.oprcode <> 0 AND n.nspname = 'textops' AND o.oprname = '<#' AND o.oprleft = 'text'::regtype AND o.oprright = 'text'::regtype) THEN
    CREATE OPERATOR textops.<# (FUNCTION = textops.shorter, JOIN = scalarltjoinsel, RESTRICT = scalarltsel, LEFTARG = text, RIGHTARG = text);
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE o.oprcode <> 0 AND n.nspname = 'textops' AND o.oprname = '>=#' AND o.oprleft = 'text'::regtype AND o.oprright = 'text'::regtype) THEN
    CREATE OPERATOR textops.>=# (FUNCTION = textops.not_shorter, JOIN = scalargejoinsel, RESTRICT = scalargesel, LEFTARG = text, RIGHTARG = text);
  END IF;
END $guard$;
COMMENT ON OPERATOR textops.=# (text, text) IS 'same number of characters';

COMMIT;

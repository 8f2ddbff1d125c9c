-- schemadelta migration:  -> 
-- source fingerprint 347e7116bdce1edf, target fingerprint 5054e28484904984
-- state fingerprint f624f782f8017773 -> e6e2e85cc2dd6933
-- Changes:
--      2 create operator
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE o.oprcode <> 0 AND n.nspname = 'ops' AND o.oprname = '<#' AND o.oprleft = 'text'::regtype AND o.oprright = 'text'::regtype) THEN
    CREATE OPERATOR ops.<# (FUNCTION = ops.shorter, NEGATOR = OPERATOR(ops.>=#), LEFTARG = text, RIGHTARG = text);
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE o.oprcode <> 0 AND n.nspname = 'ops' AND o.oprname = '>=#' AND o.oprleft = 'text'::regtype AND o.oprright = 'text'::regtype) THEN
    CREATE OPERATOR ops.>=# (FUNCTION = ops.not_shorter, NEGATOR = OPERATOR(ops.<#), LEFTARG = text, RIGHTARG = text);
  END IF;
END $guard$;

COMMIT;

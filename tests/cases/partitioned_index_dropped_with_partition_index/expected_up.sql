-- schemadelta migration:  -> 
-- source fingerprint 15b59e77b271785e, target fingerprint 3c2d8e3e308bd51d
-- state fingerprint 88d8995c391eabbb -> a5bd3e7c274b1318
-- Changes:
--      2 drop index
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public."ix 1"') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public."ix 1"')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public."ix 1"')) THEN
    DROP INDEX IF EXISTS public."ix 1";
  END IF;
END $guard$;

COMMIT;

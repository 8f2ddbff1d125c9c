-- schemadelta rollback:  -> 
-- source fingerprint cafa2e91fd2d4bb3, target fingerprint 37a63b0a8fd0afc7
-- state fingerprint 5817c9cbe3150d35 -> 4001ea3cc265e1c6
-- Changes:
--      1 alter extension
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $extension$ DECLARE
  installed text := (SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'pg_trgm');
  wanted text := '1.3';
BEGIN
  IF installed IS DISTINCT FROM wanted THEN
    IF EXISTS (SELECT FROM pg_catalog.pg_extension_update_paths('pg_trgm')
               WHERE source = installed AND target = wanted AND path IS NOT NULL) THEN
      EXECUTE pg_catalog.format('ALTER EXTENSION %I UPDATE TO %L', 'pg_trgm', wanted);
    ELSE
      RAISE WARNING 'extension % stays at version %: the server has no update path to %', 'pg_trgm', installed, wanted;
    END IF;
  END IF;
END $extension$;

COMMIT;

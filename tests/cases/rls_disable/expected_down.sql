-- schemadelta rollback:  -> 
-- source fingerprint 2e3fa35dbe1e7410, target fingerprint 0dc45a2c2d92322d
-- state fingerprint acc59e8f67e62915 -> b68fecabe3917983
-- Changes:
--      1 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.secrets ENABLE ROW LEVEL SECURITY;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 90b0ec27bf7ba2f3, target fingerprint 2288d6d6f7ae5e65
-- state fingerprint fcb99ae5d10f123b -> 56a6d6a988a1b4a8
-- Changes:
--      2 drop not null
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.accounts ALTER COLUMN email DROP NOT NULL;
ALTER TABLE public.accounts ALTER COLUMN id DROP NOT NULL;

COMMIT;

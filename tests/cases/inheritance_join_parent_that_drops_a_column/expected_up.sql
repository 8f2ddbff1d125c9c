-- schemadelta migration:  -> 
-- source fingerprint b3a94289326c980f, target fingerprint 8abf1aa1009520e5
-- state fingerprint 5f8f1c5206ecd63e -> 989299bdf7afdb60
-- Changes:
--      1 alter table
--      1 drop column
-- Hazards:
--   destructive drop column public.accounts.note: drops the column and its values; not kept (no key to match rows by): the rollback adds it back empty [DeletesData, NotHeld]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.accounts DROP COLUMN IF EXISTS note;
ALTER TABLE public.savings ADD COLUMN IF NOT EXISTS code bigint;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.savings') AND inhparent = to_regclass('public.accounts')) THEN
    ALTER TABLE public.savings INHERIT public.accounts;
  END IF;
END $guard$;

COMMIT;

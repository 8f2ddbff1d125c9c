-- schemadelta rollback:  -> 
-- source fingerprint 26d98f0a484f13fd, target fingerprint 3f0556e2898adeed
-- state fingerprint 8bbcb72e62b80c31 -> 76b58d037dd81ed8
-- Changes:
--      3 alter column attributes
--      1 drop column
--      1 drop not null
-- Hazards:
--   destructive drop column public.accounts.joined: drops the column and its values; not kept (no key to match rows by): the rollback adds it back empty [DeletesData, NotHeld]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $not_null$ DECLARE
  current_name name;
  no_inherit boolean;
BEGIN
  SELECT c.conname, c.connoinherit INTO current_name, no_inherit FROM pg_catalog.pg_constraint c
    JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.conrelid = to_regclass('public.accounts') AND c.contype = 'n' AND a.attname = 'id';
  IF current_name <> 'accounts_id_required' THEN
    EXECUTE pg_catalog.format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', to_regclass('public.accounts'), current_name, 'accounts_id_required');
  END IF;
  IF no_inherit <> false THEN
    EXECUTE pg_catalog.format('ALTER TABLE %s ALTER CONSTRAINT %I INHERIT', to_regclass('public.accounts'), 'accounts_id_required');
  END IF;
END $not_null$;
DO $not_null$ DECLARE
  current_name name;
  no_inherit boolean;
BEGIN
  SELECT c.conname, c.connoinherit INTO current_name, no_inherit FROM pg_catalog.pg_constraint c
    JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.conrelid = to_regclass('public.staff') AND c.contype = 'n' AND a.attname = 'login';
  IF current_name <> 'staff_login_present' THEN
    EXECUTE pg_catalog.format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', to_regclass('public.staff'), current_name, 'staff_login_present');
  END IF;
  IF no_inherit <> false THEN
    EXECUTE pg_catalog.format('ALTER TABLE %s ALTER CONSTRAINT %I INHERIT', to_regclass('public.staff'), 'staff_login_present');
  END IF;
END $not_null$;
ALTER TABLE public.accounts ALTER COLUMN nickname DROP NOT NULL;
DO $not_null$ DECLARE
  current_name name;
  no_inherit boolean;
BEGIN
  SELECT c.conname, c.connoinherit INTO current_name, no_inherit FROM pg_catalog.pg_constraint c
    JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.conrelid = to_regclass('public.accounts') AND c.contype = 'n' AND a.attname = 'region';
  IF current_name <> 'accounts_region_given' THEN
    EXECUTE pg_catalog.format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', to_regclass('public.accounts'), current_name, 'accounts_region_given');
  END IF;
  IF no_inherit <> true THEN
    EXECUTE pg_catalog.format('ALTER TABLE %s ALTER CONSTRAINT %I NO INHERIT', to_regclass('public.accounts'), 'accounts_region_given');
  END IF;
END $not_null$;
ALTER TABLE public.accounts DROP COLUMN IF EXISTS joined;

COMMIT;

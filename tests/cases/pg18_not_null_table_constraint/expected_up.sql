-- schemadelta migration:  -> 
-- source fingerprint 2288d6d6f7ae5e65, target fingerprint 90b0ec27bf7ba2f3
-- state fingerprint 56a6d6a988a1b4a8 -> fcb99ae5d10f123b
-- Changes:
--      2 alter column attributes
--      2 set not null
-- Hazards:
--   blocking    set not null column public.accounts.email: scans the table for NULLs [MayFailOnExistingRows, BlocksWrites]
--   blocking    set not null column public.accounts.id: scans the table for NULLs [MayFailOnExistingRows, BlocksWrites]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM public.accounts WHERE email IS NULL) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'rows of public.accounts have NULL in email: SET NOT NULL would fail';
  END IF;
END $preflight$;
ALTER TABLE public.accounts ALTER COLUMN email SET NOT NULL;
DO $not_null$ DECLARE
  current_name name;
  no_inherit boolean;
BEGIN
  SELECT c.conname, c.connoinherit INTO current_name, no_inherit FROM pg_catalog.pg_constraint c
    JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.conrelid = to_regclass('public.accounts') AND c.contype = 'n' AND a.attname = 'email';
  IF current_name <> 'accounts_email_required' THEN
    EXECUTE pg_catalog.format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', to_regclass('public.accounts'), current_name, 'accounts_email_required');
  END IF;
  IF no_inherit <> false THEN
    EXECUTE pg_catalog.format('ALTER TABLE %s ALTER CONSTRAINT %I INHERIT', to_regclass('public.accounts'), 'accounts_email_required');
  END IF;
END $not_null$;
DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM public.accounts WHERE id IS NULL) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'rows of public.accounts have NULL in id: SET NOT NULL would fail';
  END IF;
END $preflight$;
ALTER TABLE public.accounts ALTER COLUMN id SET NOT NULL;
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

COMMIT;

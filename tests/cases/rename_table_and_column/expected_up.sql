-- schemadelta migration:  -> 
-- source fingerprint 9e1c8208fd43c557, target fingerprint 9e1c8208fd43c557
-- state fingerprint 9416713c8135bd6b -> 12c8cc040d2d12c5
-- Changes:
--      3 rename
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF to_regclass('public.users') IS NOT NULL AND NOT to_regclass('public.accounts') IS NOT NULL THEN
    ALTER TABLE public.users RENAME TO accounts;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.accounts') AND attname = 'name' AND NOT attisdropped) THEN
    ALTER TABLE public.accounts RENAME COLUMN name TO full_name;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF to_regclass('public.users_name_idx') IS NOT NULL AND NOT to_regclass('public.accounts_full_name_idx') IS NOT NULL THEN
    ALTER INDEX public.users_name_idx RENAME TO accounts_full_name_idx;
  END IF;
END $guard$;

COMMIT;

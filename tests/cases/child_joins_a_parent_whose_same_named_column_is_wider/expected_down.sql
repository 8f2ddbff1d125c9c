-- schemadelta rollback:  -> 
-- source fingerprint 89e248e22e834cd8, target fingerprint 5017af3a0a2b0c51
-- state fingerprint 923a4d8d7ac0a666 -> 68e4d493ad155b9d
-- Changes:
--      1 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.t_29') AND inhparent = to_regclass('s_1.t_11')) THEN
    ALTER TABLE public.t_29 NO INHERIT s_1.t_11;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) || coalesce(' COLLATE ' || co.collname, '') FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100 AND co.collname <> 'default' WHERE a.attrelid = to_regclass('public.t_29') AND a.attname = 'id') IS DISTINCT FROM 'integer' THEN
    BEGIN
      ALTER TABLE public.t_29 ALTER COLUMN id TYPE integer USING id::integer;
    EXCEPTION WHEN cannot_coerce THEN
      ALTER TABLE public.t_29 ALTER COLUMN id TYPE integer USING id::text::integer;
    END;
  END IF;
END $guard$;

COMMIT;

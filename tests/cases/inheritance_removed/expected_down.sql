-- schemadelta rollback:  -> 
-- source fingerprint 8cee315d6e34527c, target fingerprint 1b8a10a37a882683
-- state fingerprint 71771b11166d3586 -> 9a17d63506737c67
-- Changes:
--      2 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

SELECT pg_catalog.set_config('search_path', 'public', false);
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.items.created_at@432dedc7"') IS NOT NULL THEN PERFORM schemadelta_archive.restore_column('public.items.created_at@432dedc7', 'public', 'items', 'created_at', 'created_at', 'created_at timestamp with time zone DEFAULT now()', 'timestamp with time zone', ARRAY['id']::text[], ARRAY['id']::text[], false, NULL); END IF; END $restore$;
ALTER TABLE public.items ADD COLUMN IF NOT EXISTS created_at timestamp with time zone DEFAULT now();
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.items.created_by@432dedc7"') IS NOT NULL THEN PERFORM schemadelta_archive.restore_column('public.items.created_by@432dedc7', 'public', 'items', 'created_by', 'created_by', 'created_by text', 'text', ARRAY['id']::text[], ARRAY['id']::text[], false, NULL); END IF; END $restore$;
ALTER TABLE public.items ADD COLUMN IF NOT EXISTS created_by text;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.items') AND inhparent = to_regclass('public.audited')) THEN
    ALTER TABLE public.items INHERIT public.audited;
  END IF;
END $guard$;
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.kept_child.created_at@432dedc7"') IS NOT NULL THEN PERFORM schemadelta_archive.restore_column('public.kept_child.created_at@432dedc7', 'public', 'kept_child', 'created_at', 'created_at', 'created_at timestamp with time zone DEFAULT now()', 'timestamp with time zone', ARRAY['id']::text[], ARRAY['id']::text[], false, NULL); END IF; END $restore$;
ALTER TABLE public.kept_child ADD COLUMN IF NOT EXISTS created_at timestamp with time zone DEFAULT now();
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.kept_child') AND inhparent = to_regclass('public.audited')) THEN
    ALTER TABLE public.kept_child INHERIT public.audited;
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', '', false);
DO $restore$ DECLARE record_found record; BEGIN
  IF to_regclass('schemadelta_archive.holdings') IS NOT NULL THEN
    FOR record_found IN SELECT * FROM schemadelta_archive.holdings WHERE kind = 'sequence' AND migration = '432dedc7' LOOP
      IF to_regclass(format('%I.%I', record_found.object_schema, record_found.object_name)) IS NOT NULL THEN
        PERFORM pg_catalog.setval(format('%I.%I', record_found.object_schema, record_found.object_name)::regclass, record_found.sequence_last_value, record_found.sequence_is_called);
        DELETE FROM schemadelta_archive.holdings WHERE holding = record_found.holding;
      END IF;
    END LOOP;
  END IF;
END $restore$;

COMMIT;

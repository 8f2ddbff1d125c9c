-- schemadelta migration:  -> 
-- source fingerprint 1838d05adfdb283d, target fingerprint 66803195239257b6
-- state fingerprint 1590ecedf2b22d8f -> 248e223ccfa4a37e
-- Changes:
--      1 drop column expression
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.people') AND attname = 'email_domain' AND attnum > 0 AND NOT attisdropped AND attgenerated = 's' AND attinhcount = 0) THEN
    ALTER TABLE public.people ALTER COLUMN email_domain DROP EXPRESSION IF EXISTS;
  END IF;
END $guard$;
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.people.email_domain@2e9f68e9"') IS NOT NULL THEN PERFORM schemadelta_archive.write_back(to_regclass('public.people'), ARRAY[format('UPDATE public.people AS restored SET email_domain = CAST(held.email_domain AS text) FROM schemadelta_archive."public.people.email_domain@2e9f68e9" AS held WHERE %s', schemadelta_archive.key_match(ARRAY['id']::text[], ARRAY['id']::text[]))]); PERFORM schemadelta_archive.forget('public.people.email_domain@2e9f68e9'); END IF; END $restore$;
DO $restore$ DECLARE record_found record; BEGIN
  IF to_regclass('schemadelta_archive.holdings') IS NOT NULL THEN
    FOR record_found IN SELECT * FROM schemadelta_archive.holdings WHERE kind = 'sequence' AND migration = '2e9f68e9' LOOP
      IF to_regclass(format('%I.%I', record_found.object_schema, record_found.object_name)) IS NOT NULL THEN
        PERFORM pg_catalog.setval(format('%I.%I', record_found.object_schema, record_found.object_name)::regclass, record_found.sequence_last_value, record_found.sequence_is_called);
        DELETE FROM schemadelta_archive.holdings WHERE holding = record_found.holding;
      END IF;
    END LOOP;
  END IF;
END $restore$;

COMMIT;

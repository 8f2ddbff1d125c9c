-- schemadelta migration:  -> 
-- source fingerprint fb9e13687f0fba23, target fingerprint 8f52588f576de775
-- state fingerprint 085a2959bf63aa23 -> 9f76697a9bd4557d
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
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.t') AND attname = 'g' AND attnum > 0 AND NOT attisdropped AND attgenerated = 's' AND attinhcount = 0) THEN
    ALTER TABLE public.t ALTER COLUMN g DROP EXPRESSION IF EXISTS;
  END IF;
END $guard$;
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.t.g@c967651f"') IS NOT NULL THEN PERFORM schemadelta_archive.write_back(to_regclass('public.t'), ARRAY[format('UPDATE public.t AS restored SET g = CAST(held.g AS integer) FROM schemadelta_archive."public.t.g@c967651f" AS held WHERE %s', schemadelta_archive.key_match(ARRAY['id']::text[], ARRAY['id']::text[]))]); PERFORM schemadelta_archive.forget('public.t.g@c967651f'); END IF; END $restore$;
DO $restore$ DECLARE record_found record; BEGIN
  IF to_regclass('schemadelta_archive.holdings') IS NOT NULL THEN
    FOR record_found IN SELECT * FROM schemadelta_archive.holdings WHERE kind = 'sequence' AND migration = 'c967651f' LOOP
      IF to_regclass(format('%I.%I', record_found.object_schema, record_found.object_name)) IS NOT NULL THEN
        PERFORM pg_catalog.setval(format('%I.%I', record_found.object_schema, record_found.object_name)::regclass, record_found.sequence_last_value, record_found.sequence_is_called);
        DELETE FROM schemadelta_archive.holdings WHERE holding = record_found.holding;
      END IF;
    END LOOP;
  END IF;
END $restore$;

COMMIT;

-- schemadelta rollback:  -> 
-- source fingerprint 6e9703ffb0840378, target fingerprint 03890d9b0121f478
-- state fingerprint a356f1880ba9fa0f -> 1e942f87a5cb240e
-- Changes:
--      1 rebuild type
-- Hazards:
--   destructive rebuild type s 1.addr%s: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 's 1' AND t.typname = 'addr%s') AND NOT ((SELECT array_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.typrelid = a.attrelid WHERE t.oid = to_regtype('"s 1"."addr%s"') AND NOT a.attisdropped) = ARRAY['street text', 'number integer', 'note text']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 's 1' AND t.typname = 'addr%s_schemadelta_old') THEN
    ALTER TYPE "s 1"."addr%s" RENAME TO "addr%s_schemadelta_old";
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 's 1' AND t.typname = 'addr%s') THEN
    CREATE TYPE "s 1"."addr%s" AS (street text, number integer, note text);
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.customer') AND attname = 'home') IN (to_regtype('"s 1"."addr%s_schemadelta_old"'), to_regtype('"s 1"."addr%s_schemadelta_old"[]')) THEN
    ALTER TABLE public.customer ALTER COLUMN home DROP DEFAULT;
    ALTER TABLE public.customer ALTER COLUMN home TYPE "s 1"."addr%s" USING CASE WHEN home IS NOT DISTINCT FROM NULL THEN NULL ELSE ROW((home).street::text, (home).number::integer, NULL::text)::"s 1"."addr%s" END;
  END IF;
END $guard$;
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.customer.home:addr%s@70f33a78"') IS NOT NULL THEN PERFORM schemadelta_archive.write_back(to_regclass('public.customer'), ARRAY[format('UPDATE public.customer AS restored SET home = CAST(held.home AS "s 1"."addr%%s") FROM schemadelta_archive."public.customer.home:addr%%s@70f33a78" AS held WHERE %s AND restored.home::text IS NOT DISTINCT FROM (CASE WHEN CAST(held.home AS "s 1"."addr%%s") IS NOT DISTINCT FROM NULL THEN NULL ELSE ROW((CAST(held.home AS "s 1"."addr%%s")).street, (CAST(held.home AS "s 1"."addr%%s")).number, NULL::text)::"s 1"."addr%%s" END)::text', schemadelta_archive.key_match(ARRAY['id']::text[], ARRAY['id']::text[]))]); PERFORM schemadelta_archive.forget('public.customer.home:addr%s@70f33a78'); END IF; END $restore$;
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.customer') AND attname = 'work') IN (to_regtype('"s 1"."addr%s_schemadelta_old"'), to_regtype('"s 1"."addr%s_schemadelta_old"[]')) THEN
    ALTER TABLE public.customer ALTER COLUMN work DROP DEFAULT;
    ALTER TABLE public.customer ALTER COLUMN work TYPE "s 1"."addr%s" USING CASE WHEN work IS NOT DISTINCT FROM NULL THEN NULL ELSE ROW((work).street::text, (work).number::integer, NULL::text)::"s 1"."addr%s" END;
  END IF;
END $guard$;
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.customer.work:addr%s@70f33a78"') IS NOT NULL THEN PERFORM schemadelta_archive.write_back(to_regclass('public.customer'), ARRAY[format('UPDATE public.customer AS restored SET work = CAST(held.work AS "s 1"."addr%%s") FROM schemadelta_archive."public.customer.work:addr%%s@70f33a78" AS held WHERE %s AND restored.work::text IS NOT DISTINCT FROM (CASE WHEN CAST(held.work AS "s 1"."addr%%s") IS NOT DISTINCT FROM NULL THEN NULL ELSE ROW((CAST(held.work AS "s 1"."addr%%s")).street, (CAST(held.work AS "s 1"."addr%%s")).number, NULL::text)::"s 1"."addr%%s" END)::text', schemadelta_archive.key_match(ARRAY['id']::text[], ARRAY['id']::text[]))]); PERFORM schemadelta_archive.forget('public.customer.work:addr%s@70f33a78'); END IF; END $restore$;
DROP TYPE IF EXISTS "s 1"."addr%s_schemadelta_old";
DO $restore$ DECLARE record_found record; BEGIN
  IF to_regclass('schemadelta_archive.holdings') IS NOT NULL THEN
    FOR record_found IN SELECT * FROM schemadelta_archive.holdings WHERE kind = 'sequence' AND migration = '70f33a78' LOOP
      IF to_regclass(format('%I.%I', record_found.object_schema, record_found.object_name)) IS NOT NULL THEN
        PERFORM pg_catalog.setval(format('%I.%I', record_found.object_schema, record_found.object_name)::regclass, record_found.sequence_last_value, record_found.sequence_is_called);
        DELETE FROM schemadelta_archive.holdings WHERE holding = record_found.holding;
      END IF;
    END LOOP;
  END IF;
END $restore$;

COMMIT;

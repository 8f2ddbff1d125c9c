-- schemadelta migration:  -> 
-- source fingerprint df8dc5c201c4ee65, target fingerprint d99806592bfd5cd3
-- state fingerprint 67ae5efdcfb115fe -> 23419e9e339e74f2
-- Changes:
--      1 alter column identity
--      1 set not null
-- Hazards:
--   blocking    set not null column public.tickets.ref: scans the table for NULLs [MayFailOnExistingRows, BlocksWrites]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM public.tickets WHERE ref IS NULL) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'rows of public.tickets have NULL in ref: SET NOT NULL would fail';
  END IF;
END $preflight$;
ALTER TABLE public.tickets ALTER COLUMN ref SET NOT NULL;
DO $guard$ BEGIN
  IF (SELECT attidentity FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.tickets') AND attname = 'ref') = '' THEN
    ALTER TABLE public.tickets ALTER COLUMN ref ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.tickets_ref_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE);
  END IF;
END $guard$;
DO $restore$ DECLARE record_found record; BEGIN
  IF to_regclass('schemadelta_archive.holdings') IS NOT NULL THEN
    FOR record_found IN SELECT * FROM schemadelta_archive.holdings WHERE kind = 'sequence' AND migration = '4016c09f' LOOP
      IF to_regclass(format('%I.%I', record_found.object_schema, record_found.object_name)) IS NOT NULL THEN
        PERFORM pg_catalog.setval(format('%I.%I', record_found.object_schema, record_found.object_name)::regclass, record_found.sequence_last_value, record_found.sequence_is_called);
        DELETE FROM schemadelta_archive.holdings WHERE holding = record_found.holding;
      END IF;
    END LOOP;
  END IF;
END $restore$;

COMMIT;

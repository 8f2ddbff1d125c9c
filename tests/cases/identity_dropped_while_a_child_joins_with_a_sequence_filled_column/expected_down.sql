-- schemadelta rollback:  -> 
-- source fingerprint a7de29097e1faf54, target fingerprint c96269267b86c30b
-- state fingerprint 24593aac5981c568 -> 47c7cc77223b4ddd
-- Changes:
--      1 alter column identity
--      1 alter table
-- Hazards:
--   destructive alter table s 1.tété25: leaves a parent table: its column c 21 is dropped from this table with its values; column id_19 not kept (no key to match rows by): the rollback adds it back empty; column id_19 cannot be rolled back once the table has rows: it is a NOT NULL column of a parent table (INHERIT needs it NOT NULL in the child), so it cannot come back empty [DeletesData, NotHeld, NoWayBackWithRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('"s 1"."tété25"') AND inhparent = to_regclass('"s 1".t_17')) THEN
    ALTER TABLE "s 1"."tété25" NO INHERIT "s 1".t_17;
  END IF;
END $guard$;
ALTER TABLE "s 1"."tété25" DROP COLUMN IF EXISTS id_19;
ALTER TABLE "s 1"."tété25" DROP COLUMN IF EXISTS "c 21";
DO $guard$ BEGIN
  IF (SELECT attidentity FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"s 1".t_17') AND attname = 'id_19') = '' THEN
    ALTER TABLE "s 1".t_17 ALTER COLUMN id_19 ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME "s 1".t_17_id_19_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE);
  END IF;
END $guard$;
DO $restore$ DECLARE record_found record; filled record; now_at record; BEGIN
  IF to_regclass('schemadelta_archive.holdings') IS NOT NULL THEN
    FOR record_found IN SELECT * FROM schemadelta_archive.holdings WHERE kind = 'sequence' AND migration = '17ede6d0' LOOP
      IF to_regclass(format('%I.%I', record_found.object_schema, record_found.object_name)) IS NOT NULL THEN
        SELECT * INTO filled FROM schemadelta_archive.holdings WHERE holding = record_found.holding || '#filled';
        IF filled.holding IS NOT NULL THEN
          EXECUTE format('SELECT last_value, is_called FROM %I.%I', record_found.object_schema, record_found.object_name) INTO now_at;
          DELETE FROM schemadelta_archive.holdings WHERE holding = filled.holding;
        END IF;
        IF filled.holding IS NULL THEN
          PERFORM pg_catalog.setval(format('%I.%I', record_found.object_schema, record_found.object_name)::regclass, record_found.sequence_last_value, record_found.sequence_is_called);
        ELSIF now_at.last_value = filled.sequence_last_value AND now_at.is_called = filled.sequence_is_called THEN
          PERFORM pg_catalog.setval(format('%I.%I', record_found.object_schema, record_found.object_name)::regclass, record_found.sequence_last_value, record_found.sequence_is_called);
        ELSE
          RAISE NOTICE 'schemadelta: sequence %.% gave values after the migration filled a new column from it: it stays where it is', record_found.object_schema, record_found.object_name;
        END IF;
        DELETE FROM schemadelta_archive.holdings WHERE holding = record_found.holding;
      END IF;
    END LOOP;
  END IF;
END $restore$;

COMMIT;

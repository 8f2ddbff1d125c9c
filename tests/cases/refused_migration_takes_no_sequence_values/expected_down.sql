-- schemadelta rollback:  -> 
-- source fingerprint 08d7fd4f9e104209, target fingerprint 2db1cdc346aa203a
-- state fingerprint 433235668597eed3 -> 8ddae0acc8a3706c
-- Changes:
--      1 alter table
-- Hazards:
--   destructive alter table public.t_5: leaves a parent table: its column c 22 is dropped from this table with its values; column c_20 not kept (no key to match rows by): the rollback adds it back empty; column c 22 cannot be rolled back once the table has rows: it is a NOT NULL column of a parent table (INHERIT needs it NOT NULL in the child), so it cannot come back empty [DeletesData, NotHeld, NoWayBackWithRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.t_5') AND inhparent = to_regclass('public.t_15')) THEN
    ALTER TABLE public.t_5 NO INHERIT public.t_15;
  END IF;
END $guard$;
ALTER TABLE public.t_5 DROP COLUMN IF EXISTS c_20;
ALTER TABLE public.t_5 DROP COLUMN IF EXISTS "c 22";
DO $restore$ DECLARE record_found record; filled record; now_at record; BEGIN
  IF to_regclass('schemadelta_archive.holdings') IS NOT NULL THEN
    FOR record_found IN SELECT * FROM schemadelta_archive.holdings WHERE kind = 'sequence' AND migration = 'a3472acd' LOOP
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

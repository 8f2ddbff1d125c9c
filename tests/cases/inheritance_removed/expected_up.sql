-- schemadelta migration:  -> 
-- source fingerprint 1b8a10a37a882683, target fingerprint 8cee315d6e34527c
-- state fingerprint 9a17d63506737c67 -> 71771b11166d3586
-- Changes:
--      2 alter table
-- Hazards:
--   destructive alter table public.items: leaves a parent table: its column created_at is dropped from this table with its values [DeletesData]
--   destructive alter table public.kept_child: leaves a parent table: its column created_at is dropped from this table with its values [DeletesData]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

CREATE SCHEMA IF NOT EXISTS schemadelta_archive;
CREATE TABLE IF NOT EXISTS schemadelta_archive.holdings (
    holding text PRIMARY KEY,            -- table name in this schema; for a sequence, schema.name@migration
    kind text NOT NULL,                  -- table, column, values or sequence
    migration text NOT NULL,             -- the pair of snapshots the script was written for
    release text NOT NULL,
    object_schema text NOT NULL,
    object_name text NOT NULL,           -- the table or sequence
    object_column text,
    key_columns text[],
    sequence_last_value bigint,
    sequence_is_called boolean,
    archived_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
CREATE OR REPLACE FUNCTION schemadelta_archive.needs_text(column_type oid, column_collation oid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog AS $body$
  SELECT EXISTS (SELECT 1 FROM pg_type t JOIN pg_type e ON e.oid = CASE WHEN t.typlen = -1 AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
                 WHERE t.oid = column_type AND e.typnamespace <> 'pg_catalog'::regnamespace)
      OR EXISTS (SELECT 1 FROM pg_collation WHERE oid = column_collation AND collnamespace <> 'pg_catalog'::regnamespace)
$body$;
CREATE OR REPLACE FUNCTION schemadelta_archive.hold_sequence(sequence_id regclass, migration text, release text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS $body$
DECLARE
  sequence_schema name;
  sequence_name name;
  last bigint;
  called boolean;
BEGIN
  SELECT n.nspname, c.relname INTO sequence_schema, sequence_name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = sequence_id;
  EXECUTE format('SELECT last_value, is_called FROM %s', sequence_id) INTO last, called;
  INSERT INTO schemadelta_archive.holdings (holding, kind, migration, release, object_schema, object_name, sequence_last_value, sequence_is_called)
    VALUES (format('%s.%s@%s', sequence_schema, sequence_name, migration), 'sequence', migration, release, sequence_schema,
            sequence_name, last, called)
    ON CONFLICT (holding) DO UPDATE SET sequence_last_value = excluded.sequence_last_value, sequence_is_called = excluded.sequence_is_called;
END
$body$;
CREATE OR REPLACE FUNCTION schemadelta_archive.hold_table(source_schema text, source_table text, holding text, migration text, release text)
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog AS $body$
DECLARE
  relation regclass := to_regclass(format('%I.%I', source_schema, source_table));
  item record;
BEGIN
  IF relation IS NULL OR to_regclass(format('%I.%I', 'schemadelta_archive', holding)) IS NOT NULL THEN
    RETURN;
  END IF;
  -- Out of every hierarchy: held tables stand alone.
  FOR item IN SELECT i.inhparent::regclass AS parent, c.relispartition FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
              WHERE i.inhrelid = relation LOOP
    IF item.relispartition THEN
      EXECUTE format('ALTER TABLE %s DETACH PARTITION %s', item.parent, relation);
    ELSE
      EXECUTE format('ALTER TABLE %s NO INHERIT %s', relation, item.parent);
    END IF;
  END LOOP;
  FOR item IN SELECT i.inhrelid::regclass AS child, c.relispartition FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
              WHERE i.inhparent = relation LOOP
    IF item.relispartition THEN
      EXECUTE format('ALTER TABLE %s DETACH PARTITION %s', relation, item.child);
    ELSE
      EXECUTE format('ALTER TABLE %s NO INHERIT %s', item.child, relation);
    END IF;
  END LOOP;
  -- A partitioned table has no rows of its own: its partitions are held one by one.
  IF (SELECT relkind FROM pg_class WHERE oid = relation) = 'p' THEN
    EXECUTE format('DROP TABLE %s', relation);
    RETURN;
  END IF;
  IF (SELECT reloftype FROM pg_class WHERE oid = relation) <> 0 THEN
    EXECUTE format('ALTER TABLE %s NOT OF', relation);
  END IF;
  -- DROP TABLE would refuse while a view reads the table: so does holding it.
  FOR item IN SELECT DISTINCT w.ev_class::regclass AS reader FROM pg_depend d JOIN pg_rewrite w ON w.oid = d.objid
              WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass AND d.refobjid = relation
                AND w.ev_class <> relation LOOP
    RAISE EXCEPTION 'schemadelta: cannot hold table %: % depends on it', regexp_replace(relation::text, '[[:cntrl:]]', '?', 'g'),
      regexp_replace(item.reader::text, '[[:cntrl:]]', '?', 'g');
  END LOOP;
  -- Sequences that die with the table: their positions are recorded for the way back.
  FOR item IN SELECT d.objid::regclass AS sequence_id FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
              WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.refobjid = relation
                AND d.deptype IN ('a', 'i') LOOP
    PERFORM schemadelta_archive.hold_sequence(item.sequence_id, migration, release);
  END LOOP;
  -- Everything that ties the table to the rest of the schema goes; the rows stay.
  FOR item IN SELECT polname FROM pg_policy WHERE polrelid = relation LOOP
    EXECUTE format('DROP POLICY %I ON %s', item.polname, relation);
  END LOOP;
  EXECUTE format('ALTER TABLE %s DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY', relation);
  FOR item IN SELECT tgname FROM pg_trigger WHERE tgrelid = relation AND NOT tgisinternal LOOP
    EXECUTE format('DROP TRIGGER %I ON %s', item.tgname, relation);
  END LOOP;
  FOR item IN SELECT rulename FROM pg_rewrite WHERE ev_class = relation AND rulename <> '_RETURN' LOOP
    EXECUTE format('DROP RULE %I ON %s', item.rulename, relation);
  END LOOP;
  FOR item IN SELECT format('%I.%I', n.nspname, s.stxname) AS statistics FROM pg_statistic_ext s
              JOIN pg_namespace n ON n.oid = s.stxnamespace WHERE s.stxrelid = relation LOOP
    EXECUTE format('DROP STATISTICS %s', item.statistics);
  END LOOP;
  -- PG 18 lists NOT NULL constraints here too (contype 'n'): they are the columns' own and stay.
  -- IF EXISTS: a dropped constraint takes its clones along. A partition detached from a table
  -- whose foreign key references itself keeps that key and a clone of it for each remaining
  -- partition it references (part_b_ref_fkey); dropping the key drops the clone.
  FOR item IN SELECT conname FROM pg_constraint WHERE conrelid = relation AND contype <> 'n' ORDER BY contype <> 'f', conname LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT IF EXISTS %I', relation, item.conname);
  END LOOP;
  FOR item IN SELECT indexrelid::regclass AS index_id FROM pg_index WHERE indrelid = relation LOOP
    EXECUTE format('DROP INDEX %s', item.index_id);
  END LOOP;
  FOR item IN SELECT attname, attidentity, attgenerated, atthasdef FROM pg_attribute
              WHERE attrelid = relation AND attnum > 0 AND NOT attisdropped ORDER BY attnum LOOP
    IF item.attidentity <> '' THEN
      EXECUTE format('ALTER TABLE %s ALTER COLUMN %I DROP IDENTITY', relation, item.attname);
    ELSIF item.attgenerated <> '' THEN
      EXECUTE format('ALTER TABLE %s ALTER COLUMN %I DROP EXPRESSION', relation, item.attname);
    ELSIF item.atthasdef THEN
      EXECUTE format('ALTER TABLE %s ALTER COLUMN %I DROP DEFAULT', relation, item.attname);
    END IF;
  END LOOP;
  FOR item IN SELECT attname FROM pg_attribute WHERE attrelid = relation AND attnum > 0 AND NOT attisdropped
                AND schemadelta_archive.needs_text(atttypid, attcollation) ORDER BY attnum LOOP
    EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE text COLLATE "default" USING %I::text', relation, item.attname, item.attname);
  END LOOP;
  -- Serial sequences would have been dropped with the table.
  FOR item IN SELECT d.objid::regclass AS sequence_id FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
              WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.refobjid = relation
                AND d.deptype = 'a' LOOP
    EXECUTE format('DROP SEQUENCE %s', item.sequence_id);
  END LOOP;
  EXECUTE format('ALTER TABLE %s RENAME TO %I', relation, holding);
  EXECUTE format('ALTER TABLE %I.%I SET SCHEMA %I', source_schema, holding, 'schemadelta_archive');
  INSERT INTO schemadelta_archive.holdings (holding, kind, migration, release, object_schema, object_name)
    VALUES (holding, 'table', migration, release, source_schema, source_table);
END
$body$;
CREATE OR REPLACE FUNCTION schemadelta_archive.hold_values(kind text, source_schema text, source_table text, source_column text,
  key_columns text[], holding text, migration text, release text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS $body$
DECLARE
  relation regclass := to_regclass(format('%I.%I', source_schema, source_table));
  column_type oid;
  column_collation oid;
  value_sql text := format('%I', source_column);
BEGIN
  IF relation IS NULL OR to_regclass(format('%I.%I', 'schemadelta_archive', holding)) IS NOT NULL THEN
    RETURN;
  END IF;
  SELECT atttypid, attcollation INTO column_type, column_collation FROM pg_attribute
    WHERE attrelid = relation AND attname = source_column AND attnum > 0 AND NOT attisdropped;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  -- The column's identity or serial sequence goes with it: its position is recorded.
  IF kind = 'column' AND pg_get_serial_sequence(relation::text, source_column) IS NOT NULL THEN
    PERFORM schemadelta_archive.hold_sequence(pg_get_serial_sequence(relation::text, source_column)::regclass, migration, release);
  END IF;
  IF schemadelta_archive.needs_text(column_type, column_collation) THEN
    value_sql := value_sql || '::text COLLATE "default"';
  END IF;
  EXECUTE format('CREATE TABLE %I.%I AS SELECT %s FROM %s', 'schemadelta_archive', holding,
                 array_to_string(ARRAY['tableoid AS schemadelta_tableoid'] || ARRAY(SELECT format('%I', k) FROM unnest(key_columns) AS k)
                                 || format('%s AS %I', value_sql, source_column), ', '),
                 relation);
  INSERT INTO schemadelta_archive.holdings (holding, kind, migration, release, object_schema, object_name, object_column, key_columns)
    VALUES (holding, kind, migration, release, source_schema, source_table, source_column, key_columns);
END
$body$;
CREATE OR REPLACE FUNCTION schemadelta_archive.forget(holding_name text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS $body$
BEGIN
  EXECUTE format('DROP TABLE %I.%I', 'schemadelta_archive', holding_name);
  DELETE FROM schemadelta_archive.holdings WHERE holding = holding_name;
END
$body$;
CREATE OR REPLACE FUNCTION schemadelta_archive.key_match(restored_keys text[], held_keys text[]) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $body$
  SELECT 'restored.tableoid = held.schemadelta_tableoid'
         || coalesce(string_agg(format(' AND restored.%I = held.%I', r, h), '' ORDER BY n), '')
  FROM unnest(restored_keys, held_keys) WITH ORDINALITY AS k(r, h, n)
$body$;
CREATE OR REPLACE FUNCTION schemadelta_archive.write_back(target regclass, statements text[]) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS $body$
DECLARE
  paused name[];
  paused_always name[];
  trigger_name name;
  n integer;
BEGIN
  SELECT coalesce(array_agg(tgname) FILTER (WHERE tgenabled = 'O'), '{}'), coalesce(array_agg(tgname) FILTER (WHERE tgenabled = 'A'), '{}')
    INTO paused, paused_always FROM pg_trigger WHERE tgrelid = target AND NOT tgisinternal;
  FOREACH trigger_name IN ARRAY paused || paused_always LOOP
    EXECUTE format('ALTER TABLE %s DISABLE TRIGGER %I', target, trigger_name);
  END LOOP;
  FOR n IN 1 .. cardinality(statements) LOOP
    BEGIN
      EXECUTE statements[n];
      EXIT;
    EXCEPTION WHEN cannot_coerce THEN
      IF n = cardinality(statements) THEN
        RAISE;
      END IF;
    END;
  END LOOP;
  IF EXISTS (SELECT FROM pg_trigger WHERE tgrelid = target AND tgdeferrable) THEN
    SET CONSTRAINTS ALL IMMEDIATE;
  END IF;
  FOREACH trigger_name IN ARRAY paused LOOP
    EXECUTE format('ALTER TABLE %s ENABLE TRIGGER %I', target, trigger_name);
  END LOOP;
  FOREACH trigger_name IN ARRAY paused_always LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ALWAYS TRIGGER %I', target, trigger_name);
  END LOOP;
END
$body$;
DROP FUNCTION IF EXISTS schemadelta_archive.restore_table(text, text, text, text[], text[]);
CREATE OR REPLACE FUNCTION schemadelta_archive.restore_table(holding_name text, table_schema text, table_name text, columns text[], types text[],
  held_columns text[])
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog AS $body$
BEGIN
  IF to_regclass(format('%I.%I', 'schemadelta_archive', holding_name)) IS NULL THEN
    RETURN;
  END IF;
  IF cardinality(columns) > 0 THEN
    EXECUTE format('INSERT INTO %I.%I (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM %I.%I', table_schema, table_name,
                   (SELECT string_agg(format('%I', c), ', ' ORDER BY n) FROM unnest(columns) WITH ORDINALITY AS k(c, n)),
                   (SELECT string_agg(format('CAST(%I AS %s)', c, t), ', ' ORDER BY n) FROM unnest(held_columns, types) WITH ORDINALITY AS k(c, t, n)),
                   'schemadelta_archive', holding_name);
  END IF;
  PERFORM schemadelta_archive.forget(holding_name);
END
$body$;
CREATE OR REPLACE FUNCTION schemadelta_archive.restore_column(holding_name text, table_schema text, table_name text, column_name text,
  held_column text, definition text, column_type text, restored_keys text[], held_keys text[], not_null boolean, identity text)
RETURNS void LANGUAGE plpgsql AS $body$
DECLARE
  target regclass := pg_catalog.to_regclass(pg_catalog.format('%I.%I', table_schema, table_name));
  missing bigint;
BEGIN
  IF pg_catalog.to_regclass(pg_catalog.format('%I.%I', 'schemadelta_archive', holding_name)) IS NULL
     OR EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = target AND attname OPERATOR(pg_catalog.=) column_name AND NOT attisdropped) THEN
    RETURN;
  END IF;
  EXECUTE pg_catalog.format('ALTER TABLE %I.%I ADD COLUMN %s', table_schema, table_name, definition);
  PERFORM schemadelta_archive.write_back(target, ARRAY[pg_catalog.format('UPDATE %I.%I AS restored SET %I = CAST(held.%I AS %s) FROM %I.%I AS held WHERE %s',
    table_schema, table_name, column_name, held_column, column_type, 'schemadelta_archive', holding_name,
    schemadelta_archive.key_match(restored_keys, held_keys))]);
  IF not_null THEN
    -- Rows written since the holding have no value: said so, rather than PostgreSQL's bare refusal.
    EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %I.%I WHERE %I IS NULL', table_schema, table_name, column_name) INTO missing;
    IF missing OPERATOR(pg_catalog.>) 0 THEN
      RAISE EXCEPTION 'schemadelta: % rows of % have no value for % (NOT NULL, no default): rows written since the column was dropped?', missing,
        pg_catalog.regexp_replace(table_schema || '.' || table_name, '[[:cntrl:]]', '?', 'g'),
        pg_catalog.regexp_replace(column_name, '[[:cntrl:]]', '?', 'g');
    END IF;
    EXECUTE pg_catalog.format('ALTER TABLE %I.%I ALTER COLUMN %I SET NOT NULL', table_schema, table_name, column_name);
  END IF;
  IF identity IS NOT NULL THEN
    EXECUTE pg_catalog.format('ALTER TABLE %I.%I ALTER COLUMN %I %s', table_schema, table_name, column_name, identity);
  END IF;
  PERFORM schemadelta_archive.forget(holding_name);
END
$body$;
CREATE OR REPLACE FUNCTION schemadelta_archive.restore_values(holding_name text, table_schema text, table_name text, column_name text,
  held_column text, narrowed_type text, column_type text, restored_keys text[], held_keys text[])
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog AS $body$
DECLARE
  held text := format('held.%I', held_column);
  statements text[] := '{}';
  narrowing text;
  widening text;
BEGIN
  IF to_regclass(format('%I.%I', 'schemadelta_archive', holding_name)) IS NULL THEN
    RETURN;
  END IF;
  FOREACH widening IN ARRAY ARRAY['%s', '%s::text'] LOOP
    FOREACH narrowing IN ARRAY ARRAY['%s', '%s::text'] LOOP
      statements := statements || format('UPDATE %I.%I AS restored SET %I = CAST(%s AS %s) FROM %I.%I AS held WHERE %s AND restored.%I::text IS NOT DISTINCT FROM (CAST(%s AS %s))::text',
        table_schema, table_name, column_name, held, column_type, 'schemadelta_archive', holding_name, schemadelta_archive.key_match(restored_keys, held_keys),
        column_name, format(widening, format('CAST(%s AS %s)', format(narrowing, held), narrowed_type)), column_type);
    END LOOP;
  END LOOP;
  PERFORM schemadelta_archive.write_back(to_regclass(format('%I.%I', table_schema, table_name)), statements);
  PERFORM schemadelta_archive.forget(holding_name);
END
$body$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.items') AND inhparent = to_regclass('public.audited')) THEN
    ALTER TABLE public.items NO INHERIT public.audited;
  END IF;
END $guard$;
SELECT schemadelta_archive.hold_values('column', 'public', 'items', 'created_at', ARRAY['id']::text[], 'public.items.created_at@432dedc7', '432dedc7', '432dedc7');
ALTER TABLE public.items DROP COLUMN IF EXISTS created_at;
SELECT schemadelta_archive.hold_values('column', 'public', 'items', 'created_by', ARRAY['id']::text[], 'public.items.created_by@432dedc7', '432dedc7', '432dedc7');
ALTER TABLE public.items DROP COLUMN IF EXISTS created_by;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.kept_child') AND inhparent = to_regclass('public.audited')) THEN
    ALTER TABLE public.kept_child NO INHERIT public.audited;
  END IF;
END $guard$;
SELECT schemadelta_archive.hold_values('column', 'public', 'kept_child', 'created_at', ARRAY['id']::text[], 'public.kept_child.created_at@432dedc7', '432dedc7', '432dedc7');
ALTER TABLE public.kept_child DROP COLUMN IF EXISTS created_at;

COMMIT;

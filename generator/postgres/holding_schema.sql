--! The holding schema's SQL, compiled into the generator (generator/CMakeLists.txt writes
--! holding_schema_sql.cpp from it at build time); archive_setup() in archive_sql.cpp returns these
--! statements in order, each migration that holds something runs them first.
--! Lines starting with --! are notes for this file and never reach a script; each note block
--! begins a statement. Placeholders, filled in one pass (a name cannot add one):
--!   {{archive}}          the holding schema, quoted as an identifier
--!   {{archive_literal}}  the holding schema's name as a string literal
--!   {{tag}}              a dollar-quote tag that neither of the two above contains
--! The holding schema itself.
CREATE SCHEMA IF NOT EXISTS {{archive}};
--! What the schema holds: one row per holding (a table, a column's or a narrowed column's values,
--! a sequence's position), named by the pair of snapshots and the release.
CREATE TABLE IF NOT EXISTS {{archive}}.holdings (
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
--! A column whose type or collation lives outside pg_catalog is held as text: the script may
--! drop that type.
CREATE OR REPLACE FUNCTION {{archive}}.needs_text(column_type oid, column_collation oid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog AS {{tag}}
  SELECT EXISTS (SELECT 1 FROM pg_type t JOIN pg_type e ON e.oid = CASE WHEN t.typlen = -1 AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
                 WHERE t.oid = column_type AND e.typnamespace <> 'pg_catalog'::regnamespace)
      OR EXISTS (SELECT 1 FROM pg_collation WHERE oid = column_collation AND collnamespace <> 'pg_catalog'::regnamespace)
{{tag}};
--! hold_sequence: records a sequence's position for the way back.
CREATE OR REPLACE FUNCTION {{archive}}.hold_sequence(sequence_id regclass, migration text, release text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS {{tag}}
DECLARE
  sequence_schema name;
  sequence_name name;
  last bigint;
  called boolean;
BEGIN
  SELECT n.nspname, c.relname INTO sequence_schema, sequence_name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = sequence_id;
  EXECUTE format('SELECT last_value, is_called FROM %s', sequence_id) INTO last, called;
  INSERT INTO {{archive}}.holdings (holding, kind, migration, release, object_schema, object_name, sequence_last_value, sequence_is_called)
    VALUES (format('%s.%s@%s', sequence_schema, sequence_name, migration), 'sequence', migration, release, sequence_schema,
            sequence_name, last, called)
    ON CONFLICT (holding) DO UPDATE SET sequence_last_value = excluded.sequence_last_value, sequence_is_called = excluded.sequence_is_called;
END
{{tag}};
--! hold_table: moves a table into the holding schema, out of every hierarchy and free of what
--! ties it to the rest of the schema; the rows stay.
CREATE OR REPLACE FUNCTION {{archive}}.hold_table(source_schema text, source_table text, holding text, migration text, release text)
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog AS {{tag}}
DECLARE
  relation regclass := to_regclass(format('%I.%I', source_schema, source_table));
  item record;
BEGIN
  IF relation IS NULL OR to_regclass(format('%I.%I', {{archive_literal}}, holding)) IS NOT NULL THEN
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
    PERFORM {{archive}}.hold_sequence(item.sequence_id, migration, release);
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
  FOR item IN SELECT conname FROM pg_constraint WHERE conrelid = relation AND contype <> 'n' ORDER BY contype <> 'f', conname LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', relation, item.conname);
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
                AND {{archive}}.needs_text(atttypid, attcollation) ORDER BY attnum LOOP
    EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE text COLLATE "default" USING %I::text', relation, item.attname, item.attname);
  END LOOP;
  -- Serial sequences would have been dropped with the table.
  FOR item IN SELECT d.objid::regclass AS sequence_id FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
              WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.refobjid = relation
                AND d.deptype = 'a' LOOP
    EXECUTE format('DROP SEQUENCE %s', item.sequence_id);
  END LOOP;
  EXECUTE format('ALTER TABLE %s RENAME TO %I', relation, holding);
  EXECUTE format('ALTER TABLE %I.%I SET SCHEMA %I', source_schema, holding, {{archive_literal}});
  INSERT INTO {{archive}}.holdings (holding, kind, migration, release, object_schema, object_name)
    VALUES (holding, 'table', migration, release, source_schema, source_table);
END
{{tag}};
--! hold_values: copies a column's values (or a narrowed column's original values) keyed by a key
--! of the table.
CREATE OR REPLACE FUNCTION {{archive}}.hold_values(kind text, source_schema text, source_table text, source_column text,
  key_columns text[], holding text, migration text, release text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS {{tag}}
DECLARE
  relation regclass := to_regclass(format('%I.%I', source_schema, source_table));
  column_type oid;
  column_collation oid;
  value_sql text := format('%I', source_column);
BEGIN
  IF relation IS NULL OR to_regclass(format('%I.%I', {{archive_literal}}, holding)) IS NOT NULL THEN
    RETURN;
  END IF;
  SELECT atttypid, attcollation INTO column_type, column_collation FROM pg_attribute
    WHERE attrelid = relation AND attname = source_column AND attnum > 0 AND NOT attisdropped;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  -- The column's identity or serial sequence goes with it: its position is recorded.
  IF kind = 'column' AND pg_get_serial_sequence(relation::text, source_column) IS NOT NULL THEN
    PERFORM {{archive}}.hold_sequence(pg_get_serial_sequence(relation::text, source_column)::regclass, migration, release);
  END IF;
  IF {{archive}}.needs_text(column_type, column_collation) THEN
    value_sql := value_sql || '::text COLLATE "default"';
  END IF;
  EXECUTE format('CREATE TABLE %I.%I AS SELECT %s FROM %s', {{archive_literal}}, holding,
                 array_to_string(ARRAY['tableoid AS schemadelta_tableoid'] || ARRAY(SELECT format('%I', k) FROM unnest(key_columns) AS k)
                                 || format('%s AS %I', value_sql, source_column), ', '),
                 relation);
  INSERT INTO {{archive}}.holdings (holding, kind, migration, release, object_schema, object_name, object_column, key_columns)
    VALUES (holding, kind, migration, release, source_schema, source_table, source_column, key_columns);
END
{{tag}};

#include "generator/postgres/archive_sql.h"

#include <fmt/format.h>

#include "generator/postgres/quoting.h"

namespace schemadelta::generator::postgres {

using compare::Holding;
using compare::HoldingKind;
using compare::PreservationPlan;

namespace {

std::string archive(const PreservationPlan& plan) { return quote_identifier(plan.archive_schema); }

std::string holding_table(const PreservationPlan& plan, const Holding& holding) {
  return qualified(plan.archive_schema, holding.name);
}

std::string holding_exists(const PreservationPlan& plan, const Holding& holding) {
  return "to_regclass(" + quote_literal(holding_table(plan, holding)) + ") IS NOT NULL";
}

// The statements that end a restore: the holding table and its record go.
std::string forget(const PreservationPlan& plan, const Holding& holding) {
  return "DROP TABLE " + holding_table(plan, holding) + ";\n    DELETE FROM " + archive(plan) +
         ".holdings WHERE holding = " + quote_literal(holding.name) + ";";
}

std::string cast(const std::string& value, const model::TypeRef& type) { return "CAST(" + value + " AS " + type_sql(type) + ")"; }

// User triggers of `table` must not fire while held values are written back (an updated_at
// trigger would change the very rows being restored): paused around `body`, then set back to
// the state they had.
std::string with_triggers_paused(const std::string& table, const std::string& body) {
  const std::string relation = quote_literal(table) + "::regclass";
  return "SELECT coalesce(array_agg(tgname) FILTER (WHERE tgenabled = 'O'), '{}'), coalesce(array_agg(tgname) FILTER (WHERE tgenabled = 'A'), '{}')\n"
         "      INTO schemadelta_paused, schemadelta_paused_always FROM pg_catalog.pg_trigger WHERE tgrelid = " + relation + " AND NOT tgisinternal;\n"
         "    FOREACH schemadelta_trigger IN ARRAY schemadelta_paused || schemadelta_paused_always LOOP\n"
         "      EXECUTE format('ALTER TABLE %s DISABLE TRIGGER %I', " + relation + ", schemadelta_trigger);\n"
         "    END LOOP;\n    " + body + "\n"
         "    FOREACH schemadelta_trigger IN ARRAY schemadelta_paused LOOP\n"
         "      EXECUTE format('ALTER TABLE %s ENABLE TRIGGER %I', " + relation + ", schemadelta_trigger);\n"
         "    END LOOP;\n"
         "    FOREACH schemadelta_trigger IN ARRAY schemadelta_paused_always LOOP\n"
         "      EXECUTE format('ALTER TABLE %s ENABLE ALWAYS TRIGGER %I', " + relation + ", schemadelta_trigger);\n"
         "    END LOOP;";
}

const char* kTriggerVariables = "DECLARE schemadelta_paused name[]; schemadelta_paused_always name[]; schemadelta_trigger name; ";

// Rows match by the table they are in (a key of an inheritance parent does not span its
// children) and by the key; a narrowed key column matches by its value alone (no key).
std::string key_match(const Holding& holding) {
  std::string match = "restored.tableoid = held.schemadelta_tableoid";
  for (const auto& key : holding.key) {
    match += " AND restored." + quote_identifier(key.restored) + " = held." +
             quote_identifier(key.held);
  }
  return match;
}

std::string text_array(const std::vector<std::string>& items) {
  std::string list;
  for (const auto& item : items) list += (list.empty() ? "" : ", ") + quote_literal(item);
  return "ARRAY[" + list + "]::text[]";
}

}  // namespace

std::vector<Statement> archive_setup(const PreservationPlan& plan) {
  const std::string a = archive(plan);
  // The holding schema's name is written inside the function bodies: their dollar quotes take a
  // tag that the name does not contain.
  std::string tag = "$body$";
  for (int n = 1; (a + plan.archive_schema).find(tag) != std::string::npos; ++n) tag = "$body" + std::to_string(n) + "$";
  std::vector<Statement> statements;
  statements.push_back({"CREATE SCHEMA IF NOT EXISTS " + a + ";", std::nullopt});
  statements.push_back({"CREATE TABLE IF NOT EXISTS " + a + R"(.holdings (
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
);)",
                        std::nullopt});
  // A column whose type or collation lives outside pg_catalog is held as text: the script may
  // drop that type.
  statements.push_back({"CREATE OR REPLACE FUNCTION " + a + R"(.needs_text(column_type oid, column_collation oid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog AS )" + tag + R"(
  SELECT EXISTS (SELECT 1 FROM pg_type t JOIN pg_type e ON e.oid = CASE WHEN t.typlen = -1 AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
                 WHERE t.oid = column_type AND e.typnamespace <> 'pg_catalog'::regnamespace)
      OR EXISTS (SELECT 1 FROM pg_collation WHERE oid = column_collation AND collnamespace <> 'pg_catalog'::regnamespace)
)" + tag + R"(;)",
                        std::nullopt});
  statements.push_back({"CREATE OR REPLACE FUNCTION " + a + R"(.hold_sequence(sequence_id regclass, migration text, release text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS )" + tag + R"(
DECLARE
  sequence_schema name;
  sequence_name name;
  last bigint;
  called boolean;
BEGIN
  SELECT n.nspname, c.relname INTO sequence_schema, sequence_name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = sequence_id;
  EXECUTE format('SELECT last_value, is_called FROM %s', sequence_id) INTO last, called;
  INSERT INTO )" + a + R"(.holdings (holding, kind, migration, release, object_schema, object_name, sequence_last_value, sequence_is_called)
    VALUES (format('%s.%s@%s', sequence_schema, sequence_name, migration), 'sequence', migration, release, sequence_schema,
            sequence_name, last, called)
    ON CONFLICT (holding) DO UPDATE SET sequence_last_value = excluded.sequence_last_value, sequence_is_called = excluded.sequence_is_called;
END
)" + tag + R"(;)",
                        std::nullopt});
  statements.push_back({"CREATE OR REPLACE FUNCTION " + a + R"(.hold_table(source_schema text, source_table text, holding text, migration text, release text)
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog AS )" + tag + R"(
DECLARE
  relation regclass := to_regclass(format('%I.%I', source_schema, source_table));
  item record;
BEGIN
  IF relation IS NULL OR to_regclass(format('%I.%I', )" + quote_literal(plan.archive_schema) + R"(, holding)) IS NOT NULL THEN
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
    PERFORM )" + a + R"(.hold_sequence(item.sequence_id, migration, release);
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
  FOR item IN SELECT conname FROM pg_constraint WHERE conrelid = relation ORDER BY contype <> 'f', conname LOOP
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
                AND )" + a + R"(.needs_text(atttypid, attcollation) ORDER BY attnum LOOP
    EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE text COLLATE "default" USING %I::text', relation, item.attname, item.attname);
  END LOOP;
  -- Serial sequences would have been dropped with the table.
  FOR item IN SELECT d.objid::regclass AS sequence_id FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
              WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.refobjid = relation
                AND d.deptype = 'a' LOOP
    EXECUTE format('DROP SEQUENCE %s', item.sequence_id);
  END LOOP;
  EXECUTE format('ALTER TABLE %s RENAME TO %I', relation, holding);
  EXECUTE format('ALTER TABLE %I.%I SET SCHEMA %I', source_schema, holding, )" + quote_literal(plan.archive_schema) + R"();
  INSERT INTO )" + a + R"(.holdings (holding, kind, migration, release, object_schema, object_name)
    VALUES (holding, 'table', migration, release, source_schema, source_table);
END
)" + tag + R"(;)",
                        std::nullopt});
  statements.push_back({"CREATE OR REPLACE FUNCTION " + a + R"(.hold_values(kind text, source_schema text, source_table text, source_column text,
  key_columns text[], holding text, migration text, release text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog AS )" + tag + R"(
DECLARE
  relation regclass := to_regclass(format('%I.%I', source_schema, source_table));
  column_type oid;
  column_collation oid;
  value_sql text := format('%I', source_column);
BEGIN
  IF relation IS NULL OR to_regclass(format('%I.%I', )" + quote_literal(plan.archive_schema) + R"(, holding)) IS NOT NULL THEN
    RETURN;
  END IF;
  SELECT atttypid, attcollation INTO column_type, column_collation FROM pg_attribute
    WHERE attrelid = relation AND attname = source_column AND attnum > 0 AND NOT attisdropped;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  -- The column's identity or serial sequence goes with it: its position is recorded.
  IF kind = 'column' AND pg_get_serial_sequence(relation::text, source_column) IS NOT NULL THEN
    PERFORM )" + a + R"(.hold_sequence(pg_get_serial_sequence(relation::text, source_column)::regclass, migration, release);
  END IF;
  IF )" + a + R"(.needs_text(column_type, column_collation) THEN
    value_sql := value_sql || '::text COLLATE "default"';
  END IF;
  EXECUTE format('CREATE TABLE %I.%I AS SELECT %s FROM %s', )" + quote_literal(plan.archive_schema) + R"(, holding,
                 array_to_string(ARRAY['tableoid AS schemadelta_tableoid'] || ARRAY(SELECT format('%I', k) FROM unnest(key_columns) AS k)
                                 || format('%s AS %I', value_sql, source_column), ', '),
                 relation);
  INSERT INTO )" + a + R"(.holdings (holding, kind, migration, release, object_schema, object_name, object_column, key_columns)
    VALUES (holding, kind, migration, release, source_schema, source_table, source_column, key_columns);
END
)" + tag + R"(;)",
                        std::nullopt});
  return statements;
}

Statement hold_table(const PreservationPlan& plan, const Holding& holding) {
  return {"SELECT " + archive(plan) + ".hold_table(" + quote_literal(holding.held.schema) + ", " + quote_literal(holding.held.name) +
              ", " + quote_literal(holding.name) + ", " + quote_literal(plan.id) + ", " + quote_literal(plan.release) + ");",
          std::nullopt};
}

Statement hold_values(const PreservationPlan& plan, const Holding& holding) {
  std::vector<std::string> key;
  for (const auto& column : holding.key) key.push_back(column.held);
  return {"SELECT " + archive(plan) + ".hold_values(" + quote_literal(holding.kind == HoldingKind::Column ? "column" : "values") + ", " +
              quote_literal(holding.held.schema) + ", " + quote_literal(holding.held.parent) + ", " + quote_literal(holding.held.name) +
              ", " + text_array(key) + ", " + quote_literal(holding.name) + ", " + quote_literal(plan.id) + ", " +
              quote_literal(plan.release) + ");",
          std::nullopt};
}

std::string hold_sequence(const PreservationPlan& plan, const Holding& holding) {
  return "PERFORM " + archive(plan) + ".hold_sequence(" + quote_literal(qualified(holding.held.schema, holding.held.name)) +
         "::regclass, " + quote_literal(plan.id) + ", " + quote_literal(plan.release) + ");";
}

Statement restore_table(const PreservationPlan& plan, const Holding& holding, const std::vector<model::Column>& table_columns) {
  const std::string target = qualified(holding.restored.schema, holding.restored.name);
  std::string columns, values;
  for (const auto& column : table_columns) {
    if (column.generated) continue;
    columns += (columns.empty() ? "" : ", ") + quote_identifier(column.name);
    values += (values.empty() ? "" : ", ") + cast(quote_identifier(column.name), column.type);
  }
  std::string sql = "BEGIN\n  IF " + holding_exists(plan, holding) + " THEN\n    ";
  if (!columns.empty()) {
    sql += "INSERT INTO " + target + " (" + columns + ") OVERRIDING SYSTEM VALUE SELECT " + values + " FROM " +
           holding_table(plan, holding) + ";\n    ";
  }
  sql += forget(plan, holding) + "\n  END IF;\nEND";
  return {do_block("restore", sql), std::vector<std::string>{}};
}

Statement restore_column(const PreservationPlan& plan, const Holding& holding, const std::string& schema, const std::string& table,
                         const model::Column& column) {
  const std::string target = qualified(schema, table);
  const std::string name = quote_identifier(column.name);
  model::Column bare = column;  // NOT NULL and identity come after the values
  bare.not_null = false;
  bare.identity = {};
  std::string sql = std::string(kTriggerVariables) + "BEGIN\n  IF " + holding_exists(plan, holding) +
                    " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = " + quote_literal(target) +
                    "::regclass AND attname = " + quote_literal(column.name) + " AND NOT attisdropped) THEN\n    ALTER TABLE " +
                    target + " ADD COLUMN " + column_definition(schema, bare) + ";\n    ";
  sql += with_triggers_paused(target, "UPDATE " + target + " AS restored SET " + name + " = " +
                                          cast("held." + quote_identifier(holding.held.name), column.type) + " FROM " +
                                          holding_table(plan, holding) + " AS held WHERE " + key_match(holding) + ";");
  if (column.not_null) {
    // Rows written since the holding have no value: say so, rather than PostgreSQL's bare refusal.
    sql += "\n    IF EXISTS (SELECT 1 FROM " + target + " WHERE " + name + " IS NULL) THEN\n      RAISE EXCEPTION " +
           quote_literal("schemadelta: % rows of " +
                         raise_format_text(schema + "." + table + " have no value for " + column.name +
                                           " (NOT NULL, no default): rows written since the column was dropped?")) +
           ", (SELECT count(*) FROM " + target + " WHERE " + name + " IS NULL);\n    END IF;";
    sql += "\n    ALTER TABLE " + target + " ALTER COLUMN " + name + " SET NOT NULL;";
  }
  if (column.identity.kind != model::IdentityKind::None) {
    sql += "\n    ALTER TABLE " + target + " ALTER COLUMN " + name + " ADD GENERATED " +
           (column.identity.kind == model::IdentityKind::Always ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY (SEQUENCE NAME " +
           qualified(schema, column.identity.sequence_name) + sequence_options_sql(column.identity.options, false) + ");";
  }
  sql += "\n    " + forget(plan, holding) + "\n  END IF;\nEND";
  std::optional<std::vector<std::string>> path;
  if (column.default_value) path = column.default_value->search_path;
  return {do_block("restore", sql), path};
}

Statement restore_values(const PreservationPlan& plan, const Holding& holding, const std::string& schema, const std::string& table,
                         const model::Column& narrowed, const model::Column& column) {
  const std::string target = qualified(schema, table);
  const std::string name = quote_identifier(column.name);
  const std::string held = "held." + quote_identifier(holding.held.name);
  // Only values nobody changed since the migration: the current value is what narrowing the held
  // one and widening it back gave. Each conversion was a direct cast where one exists, else went
  // through text (as the scripts' type changes do): the first combination PostgreSQL accepts.
  // Values compare as text: json, xml, point and other types have no equality operator.
  auto update = [&](const std::string& narrowing, const std::string& widening) {
    const std::string narrow_value = narrowing == "direct" ? cast(held, narrowed.type) : cast(held + "::text", narrowed.type);
    const std::string back = widening == "direct" ? cast(narrow_value, column.type) : cast(narrow_value + "::text", column.type);
    return "UPDATE " + target + " AS restored SET " + name + " = " + cast(held, column.type) + " FROM " + holding_table(plan, holding) +
           " AS held WHERE " + key_match(holding) + " AND restored." + name + "::text IS NOT DISTINCT FROM (" + back + ")::text;";
  };
  std::string body = "BEGIN\n      " + update("direct", "direct") + "\n    EXCEPTION WHEN cannot_coerce THEN\n    BEGIN\n      " +
                     update("text", "direct") + "\n    EXCEPTION WHEN cannot_coerce THEN\n    BEGIN\n      " + update("direct", "text") +
                     "\n    EXCEPTION WHEN cannot_coerce THEN\n      " + update("text", "text") + "\n    END;\n    END;\n    END;";
  std::string sql = std::string(kTriggerVariables) + "BEGIN\n  IF " + holding_exists(plan, holding) + " THEN\n    " +
                    with_triggers_paused(target, body) + "\n    " + forget(plan, holding) + "\n  END IF;\nEND";
  return {do_block("restore", sql), std::vector<std::string>{}};
}

Statement restore_sequences(const PreservationPlan& plan) {
  const std::string records = archive(plan) + ".holdings";
  return {do_block("restore", "DECLARE record_found record; BEGIN\n  IF to_regclass(" + quote_literal(qualified(plan.archive_schema, "holdings")) +
              ") IS NOT NULL THEN\n    FOR record_found IN SELECT * FROM " + records +
              " WHERE kind = 'sequence' AND migration = " + quote_literal(plan.id) +
              " LOOP\n      IF to_regclass(format('%I.%I', record_found.object_schema, record_found.object_name)) IS NOT NULL THEN\n"
              "        PERFORM pg_catalog.setval(format('%I.%I', record_found.object_schema, record_found.object_name)::regclass, "
              "record_found.sequence_last_value, record_found.sequence_is_called);\n        DELETE FROM " + records +
              " WHERE holding = record_found.holding;\n      END IF;\n    END LOOP;\n  END IF;\nEND"),
          std::vector<std::string>{}};
}

}  // namespace schemadelta::generator::postgres

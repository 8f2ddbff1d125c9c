#include "generator/postgres/archive_sql.h"

#include <map>
#include <string_view>

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

// The statements of holding_schema.sql (compiled in): the text between blocks of `--!` note lines.
const std::vector<std::string>& holding_schema_statements() {
  static const std::vector<std::string> statements = [] {
    std::vector<std::string> found;
    std::string current;
    bool in_notes = false;
    std::size_t at = 0;
    const std::string& text = holding_schema_sql();
    while (at < text.size()) {
      std::size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      const std::string_view line(text.data() + at, end - at);
      if (line.starts_with("--!")) {
        if (!in_notes && !current.empty()) found.push_back(current.substr(0, current.size() - 1));  // without its last newline
        current.clear();
        in_notes = true;
      } else {
        current.append(line).append("\n");
        in_notes = false;
      }
      at = end + 1;
    }
    if (!current.empty()) found.push_back(current.substr(0, current.size() - 1));
    return found;
  }();
  return statements;
}

// {{name}} replaced by values.at(name), left to right in one pass: a value is never scanned again.
std::string fill_placeholders(const std::string& text, const std::map<std::string, std::string>& values) {
  std::string out;
  std::size_t at = 0;
  while (true) {
    const std::size_t open = text.find("{{", at);
    if (open == std::string::npos) break;
    const std::size_t close = text.find("}}", open);
    const auto value = close == std::string::npos ? values.end() : values.find(text.substr(open + 2, close - open - 2));
    if (value == values.end()) {
      out.append(text, at, open + 2 - at);
      at = open + 2;
      continue;
    }
    out.append(text, at, open - at).append(value->second);
    at = close + 2;
  }
  return out.append(text, at, std::string::npos);
}

}  // namespace

std::vector<Statement> archive_setup(const PreservationPlan& plan) {
  const std::string a = archive(plan);
  // The holding schema's name is written inside the function bodies: their dollar quotes take a
  // tag that the name does not contain.
  std::string tag = "$body$";
  for (int n = 1; (a + plan.archive_schema).find(tag) != std::string::npos; ++n) tag = "$body" + std::to_string(n) + "$";
  const std::map<std::string, std::string> values{{"archive", a}, {"archive_literal", quote_literal(plan.archive_schema)}, {"tag", tag}};
  std::vector<Statement> statements;
  for (const auto& text : holding_schema_statements()) statements.push_back({fill_placeholders(text, values), std::nullopt});
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

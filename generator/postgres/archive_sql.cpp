#include "generator/postgres/archive_sql.h"

#include <algorithm>
#include <cctype>
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

// A restore step: one call of a holding schema function, made only when the holding exists (and so
// the holding schema, which has the function): the statement stays valid when neither does.

// `then`: statements run after the call, under the same condition.
std::string call_if_held(const PreservationPlan& plan, const Holding& holding, const std::string& call, const std::string& then = "") {
  return do_block("restore", "BEGIN IF " + holding_exists(plan, holding) + " THEN PERFORM " +
                                 archive(plan) + "." + call + ";" + then + " END IF; END");
}

// Text for a format() template: every % doubled.
std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '%' ? std::string("%%") : std::string(1, c);
  return out;
}

std::string text_array(const std::vector<std::string>& items) {
  std::string list;
  for (const auto& item : items) list += (list.empty() ? "" : ", ") + quote_literal(item);
  return "ARRAY[" + list + "]::text[]";
}

// The key columns as restored and as held: two arrays for key_match.
std::string key_arrays(const Holding& holding) {
  std::vector<std::string> restored, held;
  for (const auto& key : holding.key) restored.push_back(key.restored), held.push_back(key.held);
  return text_array(restored) + ", " + text_array(held);
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

std::string holding_exists(const PreservationPlan& plan, const Holding& holding) {
  return "to_regclass(" + quote_literal(holding_table(plan, holding)) + ") IS NOT NULL";
}

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

std::string hold_sequence(const PreservationPlan& plan, const Holding& holding, const std::string& moment) {
  return "PERFORM " + archive(plan) + ".hold_sequence(" + quote_literal(qualified(holding.held.schema, holding.held.name)) +
         "::regclass, " + quote_literal(plan.id + moment) + ", " + quote_literal(plan.release) + ");";
}

Statement restore_table(const PreservationPlan& plan, const Holding& holding, const std::vector<model::Column>& table_columns) {
  std::vector<std::string> columns, types, held;
  for (const auto& column : table_columns) {
    if (column.details->generated) continue;
    columns.push_back(column.name);
    types.push_back(type_sql(column.type));
    auto renamed = holding.renamed_columns.find(column.name);
    held.push_back(renamed == holding.renamed_columns.end() ? column.name : renamed->second);
  }
  return {call_if_held(plan, holding, "restore_table(" + quote_literal(holding.name) + ", " + quote_literal(holding.restored.schema) + ", " +
                                          quote_literal(holding.restored.name) + ", " + text_array(columns) + ", " + text_array(types) + ", " +
                                          text_array(held) + ")"),
          std::vector<std::string>{}, holding_exists(plan, holding)};
}

Statement restore_column(const PreservationPlan& plan, const Holding& holding, const std::string& schema, const std::string& table,
                         const model::Column& column, const model::TypeRef* added_as) {
  model::Column bare = column;  // NOT NULL and identity come after the values
  bare.not_null = false;
  if (auto* held = bare.details.held()) held->identity = {};
  // A default that moves a sequence on would be evaluated for every row ADD COLUMN fills before
  // the held values replace it: it is set after them.
  std::string set_default;
  if (added_as) {
    bare.type = *added_as;
    bare.default_value.reset();  // a domain's type's default: set with the column's own type
    set_default = " ALTER TABLE " + qualified(schema, table) + " ALTER COLUMN " + quote_identifier(column.name) + " TYPE " +
                  type_sql(column.type) + " USING " + quote_identifier(column.name) + "::" + type_sql(column.type) + ";";
    if (column.default_value && !calls_nextval(column.default_value->original)) {
      set_default += " ALTER TABLE " + qualified(schema, table) + " ALTER COLUMN " + quote_identifier(column.name) + " SET DEFAULT " +
                     column.default_value->original + ";";
    }
  }
  if (column.default_value && calls_nextval(column.default_value->original)) {
    bare.default_value.reset();
    set_default += " ALTER TABLE " + qualified(schema, table) + " ALTER COLUMN " + quote_identifier(column.name) + " SET DEFAULT " +
                   column.default_value->original + ";";
  }
  std::string identity = "NULL";
  if (column.details->identity->kind != model::IdentityKind::None) {
    identity = quote_literal(std::string("ADD GENERATED ") + (column.details->identity->kind == model::IdentityKind::Always ? "ALWAYS" : "BY DEFAULT") +
                             " AS IDENTITY (SEQUENCE NAME " + qualified(schema, column.details->identity->sequence_name) +
                             sequence_options_sql(column.details->identity->options, false) + ")");
  }
  const std::string call = "restore_column(" + quote_literal(holding.name) + ", " + quote_literal(schema) + ", " + quote_literal(table) + ", " +
                           quote_literal(column.name) + ", " + quote_literal(holding.held.name) + ", " +
                           quote_literal(column_definition(schema, bare)) + ", " + quote_literal(type_sql(column.type)) + ", " +
                           key_arrays(holding) + ", " + (column.not_null ? "true" : "false") + ", " + identity + ")";
  std::optional<std::vector<std::string>> path;
  if (column.default_value) path = column.default_value->search_path;
  return {call_if_held(plan, holding, call, set_default), path};
}

Statement restore_values(const PreservationPlan& plan, const Holding& holding, const std::string& schema, const std::string& table,
                         const model::Column& narrowed, const model::Column& column) {
  return {call_if_held(plan, holding, "restore_values(" + quote_literal(holding.name) + ", " + quote_literal(schema) + ", " + quote_literal(table) +
                                          ", " + quote_literal(column.name) + ", " + quote_literal(holding.held.name) + ", " +
                                          quote_literal(type_sql(narrowed.type)) + ", " + quote_literal(type_sql(column.type)) + ", " +
                                          key_arrays(holding) + ")"),
          std::vector<std::string>{}};
}

Statement restore_composite_values(const PreservationPlan& plan, const Holding& holding, const std::string& schema, const std::string& table,
                                   const std::string& column, const model::Type& full, const model::Type& reduced, const std::string& type_name) {
  const std::string held = "CAST(held." + quote_identifier(holding.held.name) + " AS " + type_name + ")";
  std::string fields;
  for (const auto& attribute : full.attributes) {
    const bool kept = std::any_of(reduced.attributes.begin(), reduced.attributes.end(), [&](const auto& a) { return a.name == attribute.name; });
    fields += (fields.empty() ? "" : ", ") + (kept ? "(" + held + ")." + quote_identifier(attribute.name) : "NULL::" + type_sql(attribute.type));
  }
  const std::string left = "CASE WHEN " + held + " IS NOT DISTINCT FROM NULL THEN NULL ELSE ROW(" + fields + ")::" + type_name + " END";
  // A format() template: the key match goes in at its one %s, any other % is doubled.
  const std::string update = escaped("UPDATE " + qualified(schema, table) + " AS restored SET " + quote_identifier(column) + " = " + held + " FROM " +
                                     holding_table(plan, holding) + " AS held WHERE ") +
                             "%s" + escaped(" AND restored." + quote_identifier(column) + "::text IS NOT DISTINCT FROM (" + left + ")::text");
  return {do_block("restore", "BEGIN IF to_regclass(" + quote_literal(holding_table(plan, holding)) + ") IS NOT NULL THEN PERFORM " + archive(plan) +
                                  ".write_back(to_regclass(" + quote_literal(qualified(schema, table)) + "), ARRAY[format(" + quote_literal(update) +
                                  ", " + archive(plan) + ".key_match(" + key_arrays(holding) + "))]); PERFORM " + archive(plan) + ".forget(" +
                                  quote_literal(holding.name) + "); END IF; END"),
          std::vector<std::string>{}};
}

Statement restore_into_column(const PreservationPlan& plan, const Holding& holding, const std::string& schema, const std::string& table,
                              const model::Column& column) {
  const std::string update = escaped("UPDATE " + qualified(schema, table) + " AS restored SET " + quote_identifier(column.name) + " = CAST(held." +
                                     quote_identifier(holding.held.name) + " AS " + type_sql(column.type) + ") FROM " +
                                     holding_table(plan, holding) + " AS held WHERE ") +
                             "%s";
  return {call_if_held(plan, holding,
                       "write_back(to_regclass(" + quote_literal(qualified(schema, table)) + "), ARRAY[format(" + quote_literal(update) + ", " +
                           archive(plan) + ".key_match(" + key_arrays(holding) + "))])",
                       " PERFORM " + archive(plan) + ".forget(" + quote_literal(holding.name) + ");"),
          std::vector<std::string>{}};
}

// A kept sequence moved on by a new column's default has a second record, "#filled" (its position
// after ADD COLUMN filled the rows): it goes back only if it is still there, so a value taken
// since (a row written with the old schema's default) is never given out again.
Statement restore_sequences(const PreservationPlan& plan) {
  const std::string records = archive(plan) + ".holdings";
  const bool moved = std::any_of(plan.holdings.begin(), plan.holdings.end(), [](const Holding& h) { return h.moved_by.has_value(); });
  const std::string set_back = "PERFORM pg_catalog.setval(format('%I.%I', record_found.object_schema, record_found.object_name)::regclass, "
                               "record_found.sequence_last_value, record_found.sequence_is_called);";
  const std::string restore =
      !moved ? "        " + set_back + "\n"
             : "        SELECT * INTO filled FROM " + records + " WHERE holding = record_found.holding || '#filled';\n"
               "        IF filled.holding IS NOT NULL THEN\n"
               "          EXECUTE format('SELECT last_value, is_called FROM %I.%I', record_found.object_schema, record_found.object_name) INTO now_at;\n"
               "          DELETE FROM " + records + " WHERE holding = filled.holding;\n        END IF;\n"
               // now_at is read only once assigned: PL/pgSQL refuses a field of an unassigned record
               // even behind an OR whose other side is true.
               "        IF filled.holding IS NULL THEN\n"
               "          " + set_back + "\n"
               "        ELSIF now_at.last_value = filled.sequence_last_value AND now_at.is_called = filled.sequence_is_called THEN\n"
               "          " + set_back + "\n        ELSE\n"
               "          RAISE NOTICE 'schemadelta: sequence %.% gave values after the migration filled a new column from it: it stays where it is', "
               "record_found.object_schema, record_found.object_name;\n        END IF;\n";
  return {do_block("restore", std::string("DECLARE record_found record;") + (moved ? " filled record; now_at record;" : "") + " BEGIN\n  IF to_regclass(" +
              quote_literal(qualified(plan.archive_schema, "holdings")) + ") IS NOT NULL THEN\n    FOR record_found IN SELECT * FROM " + records +
              " WHERE kind = 'sequence' AND migration = " + quote_literal(plan.id) +
              " LOOP\n      IF to_regclass(format('%I.%I', record_found.object_schema, record_found.object_name)) IS NOT NULL THEN\n" + restore +
              "        DELETE FROM " + records + " WHERE holding = record_found.holding;\n      END IF;\n    END LOOP;\n  END IF;\nEND"),
          std::vector<std::string>{}};
}

}  // namespace schemadelta::generator::postgres

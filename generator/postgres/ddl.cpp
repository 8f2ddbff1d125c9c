#include "generator/postgres/ddl.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "generator/postgres/quoting.h"

namespace schemadelta::generator::postgres {

using model::ConstraintKind;
using model::ObjectId;
using model::ObjectKind;

namespace {

std::string join(const std::vector<std::string>& items, const std::string& separator = ", ") {
  std::string text;
  for (size_t i = 0; i < items.size(); ++i) text += (i ? separator : "") + items[i];
  return text;
}

std::string identifiers(const std::vector<std::string>& names) {
  std::vector<std::string> quoted;
  for (const auto& n : names) quoted.push_back(quote_identifier(n));
  return join(quoted);
}

std::string options_list(const std::map<std::string, std::string>& options) {
  std::vector<std::string> items;
  for (const auto& [key, value] : options) items.push_back(key + "=" + quote_literal(value));
  return "(" + join(items) + ")";
}

std::optional<std::vector<std::string>> path_of(const model::Expr& e) { return e.search_path; }

}  // namespace

std::string sequence_options_sql(const model::SequenceOptions& o, bool with_type) {
  std::string text;
  if (with_type) text += " AS " + type_sql(o.data_type);
  text += fmt::format(" INCREMENT BY {} MINVALUE {} MAXVALUE {} START WITH {} CACHE {}{}", o.increment, o.min_value,
                      o.max_value, o.start, o.cache, o.cycle ? " CYCLE" : " NO CYCLE");
  return text;
}

namespace {

std::string index_element_sql(const model::IndexElement& e) {
  std::string text = "(" + e.expression.original + ")";
  if (!e.collation.empty()) {
    text += " COLLATE " + (e.collation_schema.empty() ? quote_identifier(e.collation) : qualified(e.collation_schema, e.collation));
  }
  if (!e.opclass.empty()) {
    auto dot = e.opclass.find('.');
    text += " " + (dot == std::string::npos ? quote_identifier(e.opclass)
                                            : qualified(e.opclass.substr(0, dot), e.opclass.substr(dot + 1)));
    if (!e.opclass_options.empty()) text += " " + options_list(e.opclass_options);
  }
  if (e.descending) text += " DESC";
  if (e.nulls_first != e.descending) text += e.nulls_first ? " NULLS FIRST" : " NULLS LAST";
  return text;
}

std::string parameter_sql(const model::Parameter& p) {
  std::string text;
  if (p.mode != "IN") text += p.mode + " ";
  if (!p.name.empty()) text += quote_identifier(p.name) + " ";
  text += type_sql(p.type);
  if (p.default_value) text += " DEFAULT " + p.default_value->original;
  return text;
}

std::string signature_sql(const std::vector<model::Parameter>& parameters) {
  std::vector<std::string> items;
  for (const auto& p : parameters) {
    if (p.mode == "TABLE" || p.mode == "OUT") continue;
    items.push_back(p.mode == "IN" ? type_sql(p.type) : p.mode + " " + type_sql(p.type));
  }
  return "(" + join(items) + ")";
}

}  // namespace

Statement create_schema(const std::string& name) {
  return {"CREATE SCHEMA IF NOT EXISTS " + quote_identifier(name) + ";", std::nullopt};
}

Statement create_extension(const model::Extension& e) {
  std::string sql = "CREATE EXTENSION IF NOT EXISTS " + quote_identifier(e.name) + " WITH SCHEMA " + quote_identifier(e.schema);
  if (!e.version.empty()) sql += " VERSION " + quote_literal(e.version);
  return {sql + ";", std::nullopt};
}

std::vector<Statement> alter_extension(const model::Extension& from, const model::Extension& to) {
  std::vector<Statement> statements;
  const std::string name = quote_identifier(to.name);
  if (from.schema != to.schema) {
    // SET SCHEMA fails when the extension is already there: a re-run skips it.
    statements.push_back({do_block("extension", "BEGIN\n  IF NOT EXISTS (SELECT FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace\n"
                                   "                 WHERE e.extname = " + quote_literal(to.name) + " AND n.nspname = " + quote_literal(to.schema) + ") THEN\n"
                                   "    ALTER EXTENSION " + name + " SET SCHEMA " + quote_identifier(to.schema) + ";\n  END IF;\nEND"),
                          std::nullopt});
  }
  // Updated only along a path the server has scripts for: most extensions ship none downward,
  // so a rollback keeps the newer version (its objects still work) and says so, rather than fail
  // or drop the extension with everything that uses it.
  if (from.version != to.version) {
    const std::string extension = quote_literal(to.name);
    const std::string wanted = to.version.empty() ? "(SELECT default_version FROM pg_catalog.pg_available_extensions WHERE name = " + extension + ")"
                                                  : quote_literal(to.version);
    statements.push_back({do_block("extension", "DECLARE\n  installed text := (SELECT extversion FROM pg_catalog.pg_extension WHERE extname = " + extension + ");\n"
                                                "  wanted text := " + wanted + ";\nBEGIN\n"
                                                "  IF installed IS DISTINCT FROM wanted THEN\n"
                                                "    IF EXISTS (SELECT FROM pg_catalog.pg_extension_update_paths(" + extension + ")\n"
                                                "               WHERE source = installed AND target = wanted AND path IS NOT NULL) THEN\n"
                                                "      EXECUTE pg_catalog.format('ALTER EXTENSION %I UPDATE TO %L', " + extension + ", wanted);\n"
                                                "    ELSE\n"
                                                "      RAISE WARNING 'extension % stays at version %: the server has no update path to %', " +
                                                message_literal(to.name) + ", installed, wanted;\n"
                                                "    END IF;\n  END IF;\nEND"),
                          std::nullopt});
  }
  return statements;
}

Statement create_type(const std::string& schema, const model::Type& t) {
  std::string name = qualified(schema, t.name);
  switch (t.kind) {
    case model::TypeKind::Enum: {
      std::vector<std::string> labels;
      for (const auto& l : t.enum_labels) labels.push_back(quote_literal(l));
      return {"CREATE TYPE " + name + " AS ENUM (" + join(labels) + ");", std::nullopt};
    }
    case model::TypeKind::Composite: {
      std::vector<std::string> attributes;
      for (const auto& a : t.attributes) {
        std::string item = quote_identifier(a.name) + " " + type_sql(a.type);
        if (a.collation) item += " COLLATE " + qualified(*a.collation);
        attributes.push_back(item);
      }
      return {"CREATE TYPE " + name + " AS (" + join(attributes) + ");", std::nullopt};
    }
    case model::TypeKind::Range:
    case model::TypeKind::Base: {
      std::vector<std::string> options;
      for (const auto& [key, value] : t.options) options.push_back(key + " = " + value);
      return {"CREATE TYPE " + name + (t.kind == model::TypeKind::Range ? " AS RANGE (" : " (") + join(options) + ");",
              std::nullopt};
    }
    case model::TypeKind::Shell: return {"CREATE TYPE " + name + ";", std::nullopt};
  }
  return {};
}

Statement create_domain(const std::string& schema, const model::Domain& d) {
  std::string sql = "CREATE DOMAIN " + qualified(schema, d.name) + " AS " + type_sql(d.base_type);
  std::optional<std::vector<std::string>> path;
  if (d.collation) sql += " COLLATE " + qualified(*d.collation);
  if (d.default_value) { sql += " DEFAULT " + d.default_value->original; path = path_of(*d.default_value); }
  if (d.not_null) sql += " NOT NULL";
  for (const auto& [name, c] : d.constraints) {
    sql += " CONSTRAINT " + quote_identifier(name) + " CHECK (" + c.check.original + ")";
    if (!c.validated) sql += " NOT VALID";
    path = path_of(c.check);
  }
  return {sql + ";", path};
}

Statement create_sequence(const std::string& schema, const model::Sequence& s) {
  return {std::string("CREATE ") + (s.unlogged ? "UNLOGGED " : "") + "SEQUENCE IF NOT EXISTS " + qualified(schema, s.name) +
              sequence_options_sql(s.options, true) + ";",
          std::nullopt};
}

Statement sequence_owned_by(const std::string& schema, const model::Sequence& s) {
  std::string owner = s.owned_by ? qualified(s.owned_by->schema, s.owned_by->table) + "." + quote_identifier(s.owned_by->column)
                                 : "NONE";
  return {"ALTER SEQUENCE " + qualified(schema, s.name) + " OWNED BY " + owner + ";", std::nullopt};
}

Statement create_routine(const std::string& schema, const model::Routine& r) {
  std::vector<std::string> parameters, table_columns;
  for (const auto& p : r.parameters) {
    if (p.mode == "TABLE") table_columns.push_back(quote_identifier(p.name) + " " + type_sql(p.type));
    else parameters.push_back(parameter_sql(p));
  }
  std::string sql = std::string("CREATE OR REPLACE ") + (r.is_procedure ? "PROCEDURE " : "FUNCTION ") +
                    qualified(schema, r.name) + "(" + join(parameters) + ")";
  if (!table_columns.empty()) sql += " RETURNS TABLE(" + join(table_columns) + ")";
  else if (r.return_type) sql += std::string(" RETURNS ") + (r.returns_set ? "SETOF " : "") + type_sql(*r.return_type);
  sql += "\n    LANGUAGE " + quote_identifier(r.language);
  if (r.window) sql += " WINDOW";
  if (!r.is_procedure) {
    sql += " " + r.volatility;
    if (r.strict) sql += " STRICT";
    if (r.leakproof) sql += " LEAKPROOF";
    if (r.parallel != "UNSAFE") sql += " PARALLEL " + r.parallel;
    if (r.cost >= 0) sql += fmt::format(" COST {}", r.cost);
    if (r.rows >= 0) sql += fmt::format(" ROWS {}", r.rows);
    if (!r.support.empty()) {
      auto dot = r.support.find('.');
      sql += " SUPPORT " + qualified(r.support.substr(0, dot), r.support.substr(dot + 1));
    }
  }
  if (r.security_definer) sql += " SECURITY DEFINER";
  for (const auto& [name, value] : r.settings) {
    if (value == "FROM CURRENT") { sql += "\n    SET " + name + " FROM CURRENT"; continue; }
    std::vector<std::string> values;
    size_t start = 0;
    while (start <= value.size()) {
      size_t comma = value.find(", ", start);
      values.push_back(quote_literal(value.substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
      if (comma == std::string::npos) break;
      start = comma + 2;
    }
    sql += "\n    SET " + name + " TO " + join(values);
  }
  if (r.sql_standard_body) {
    sql += "\n" + r.body.original + ";";
    return {sql, path_of(r.body)};
  }
  sql += "\n    AS " + dollar_quote(r.body.original);
  if (!r.link_symbol.empty()) sql += ", " + quote_literal(r.link_symbol);
  return {sql + ";", path_of(r.body)};
}

namespace {

// "KEY = value", or a flag option (HASHES, MERGES, HYPOTHETICAL) alone: it has no value.
std::string option_item(const std::string& key, const std::string& value) { return value.empty() ? key : key + " = " + value; }

}  // namespace

Statement create_aggregate(const std::string& schema, const model::Aggregate& a, bool or_replace) {
  std::vector<std::string> options;
  for (const auto& [key, value] : a.options) options.push_back(option_item(key, value));
  std::string args = a.star ? "(*)" : signature_sql(a.parameters);
  return {std::string(or_replace ? "CREATE OR REPLACE AGGREGATE " : "CREATE AGGREGATE ") + qualified(schema, a.name) + args + " (" + join(options) + ");", std::nullopt};
}

Statement create_operator(const std::string& schema, const model::Operator& o) {
  std::vector<std::string> options;
  for (const auto& [key, value] : o.options) options.push_back(option_item(key, value));
  if (o.left) options.push_back("LEFTARG = " + type_sql(*o.left));
  if (o.right) options.push_back("RIGHTARG = " + type_sql(*o.right));
  return {"CREATE OPERATOR " + quote_identifier(schema) + "." + o.name + " (" + join(options) + ");", std::nullopt};
}

bool calls_nextval(std::string_view sql) {
  static constexpr std::string_view call = "nextval(";
  return std::search(sql.begin(), sql.end(), call.begin(), call.end(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         }) != sql.end();
}

std::string column_definition(const std::string& schema, const model::Column& c) {
  std::string item = quote_identifier(c.name) + " " + type_sql(c.type);
  if (!c.details->compression.empty()) item += " COMPRESSION " + quote_identifier(c.details->compression);
  if (c.details->collation) item += " COLLATE " + qualified(*c.details->collation);
  if (c.details->generated) item += " GENERATED ALWAYS AS (" + c.details->generated->original + (c.generated_virtual ? ") VIRTUAL" : ") STORED");
  if (c.default_value) item += " DEFAULT " + c.default_value->original;
  if (c.details->identity->kind != model::IdentityKind::None) {
    item += c.details->identity->kind == model::IdentityKind::Always ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY";
    item += " (SEQUENCE NAME " + qualified(schema, c.details->identity->sequence_name) + sequence_options_sql(c.details->identity->options, false) + ")";
  }
  // PG 18 names NOT NULL constraints; older servers take the name and keep none
  if (c.not_null) item += (c.details->not_null_name.empty() ? "" : " CONSTRAINT " + quote_identifier(c.details->not_null_name)) + " NOT NULL";
  if (c.not_null && c.not_null_no_inherit) item += " NO INHERIT";
  return item;
}

std::optional<std::vector<std::string>> create_table_path(const model::Table& t) {
  std::optional<std::vector<std::string>> path;
  for (const auto& c : t.columns) {
    if (c.details->generated) path = path_of(*c.details->generated);
    if (c.default_value) path = path_of(*c.default_value);
  }
  for (const auto& [name, c] : t.constraints) {
    if (c.kind == ConstraintKind::Check) path = path_of(*c.check);
  }
  return path;
}

void write_create_table(const std::string& schema, const model::Table& t, bool if_not_exists, const std::function<void(std::string_view)>& out) {
  out(std::string("CREATE ") + (t.unlogged ? "UNLOGGED " : "") + "TABLE " + (if_not_exists ? "IF NOT EXISTS " : "") + qualified(schema, t.name) +
      " (");
  bool first = true;
  auto item = [&](const std::string& text) {
    out(first ? "\n    " : ",\n    ");
    out(text);
    first = false;
  };
  for (const auto& c : t.columns) item(column_definition(schema, c));
  for (const auto& [name, c] : t.constraints) {
    if (c.kind == ConstraintKind::Check) item("CONSTRAINT " + quote_identifier(name) + " " + constraint_definition(c));
  }
  std::string tail = first ? ")" : "\n)";
  if (!t.inherits.empty()) {
    std::vector<std::string> parents;
    for (const auto& p : t.inherits) parents.push_back(qualified(p));
    tail += "\nINHERITS (" + join(parents) + ")";
  }
  if (t.partition_by) {
    std::vector<std::string> keys;
    for (const auto& e : t.partition_by->elements) keys.push_back(e.original);
    tail += "\nPARTITION BY " + t.partition_by->strategy + " (" + join(keys) + ")";
  }
  if (!t.options.empty()) tail += "\nWITH " + options_list(t.options);
  out(tail + ";");
}

Statement create_table(const std::string& schema, const model::Table& t, bool if_not_exists) {
  std::string sql;
  write_create_table(schema, t, if_not_exists, [&sql](std::string_view piece) { sql += piece; });
  return {std::move(sql), create_table_path(t)};
}

Statement attach_partition(const std::string& schema, const model::Table& t) {
  return {"ALTER TABLE ONLY " + qualified(*t.partition_of) + " ATTACH PARTITION " + qualified(schema, t.name) + " " +
              t.partition_bound->original + ";",
          path_of(*t.partition_bound)};
}

std::vector<Statement> table_attributes(const std::string& schema, const model::Table& t) {
  std::vector<Statement> statements;
  const std::string name = qualified(schema, t.name);
  for (const auto& c : t.columns) {
    const std::string column = " ALTER COLUMN " + quote_identifier(c.name);
    if (!c.details->storage.empty()) statements.push_back({"ALTER TABLE ONLY " + name + column + " SET STORAGE " + c.details->storage + ";", std::nullopt});
    if (c.statistics >= 0) {
      statements.push_back({"ALTER TABLE ONLY " + name + column + " SET STATISTICS " + std::to_string(c.statistics) + ";", std::nullopt});
    }
  }
  if (t.row_security) statements.push_back({"ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY;", std::nullopt});
  if (t.force_row_security) statements.push_back({"ALTER TABLE ONLY " + name + " FORCE ROW LEVEL SECURITY;", std::nullopt});
  if (t.replica_identity != "DEFAULT") {
    std::string identity = t.replica_identity.starts_with("INDEX ")
                               ? "USING INDEX " + quote_identifier(t.replica_identity.substr(6))
                               : t.replica_identity;
    statements.push_back({"ALTER TABLE ONLY " + name + " REPLICA IDENTITY " + identity + ";", std::nullopt});
  }
  if (!t.cluster_on.empty()) {
    statements.push_back({"ALTER TABLE " + name + " CLUSTER ON " + quote_identifier(t.cluster_on) + ";", std::nullopt});
  }
  return statements;
}

namespace {
// A foreign key's column list, its last column PERIOD (PG 18) when `period`.
std::string period_identifiers(std::vector<std::string> columns, bool period) {
  if (!period || columns.empty()) return identifiers(columns);
  std::string last = "PERIOD " + quote_identifier(columns.back());
  columns.pop_back();
  return columns.empty() ? last : identifiers(columns) + ", " + last;
}
}  // namespace

std::string constraint_definition(const model::Constraint& c) {
  std::string sql;
  switch (c.kind) {
    case ConstraintKind::Check:
      sql = concat({"CHECK (", c.check->original, c.no_inherit ? ") NO INHERIT" : ")"}, 64);
      break;
    case ConstraintKind::PrimaryKey:
    case ConstraintKind::Unique:
      sql = c.kind == ConstraintKind::PrimaryKey ? "PRIMARY KEY" : "UNIQUE";
      if (c.nulls_not_distinct) sql += " NULLS NOT DISTINCT";
      sql += " (" + identifiers(c.columns) + (c.without_overlaps ? " WITHOUT OVERLAPS)" : ")");
      if (!c.include.empty()) sql += " INCLUDE (" + identifiers(c.include) + ")";
      if (!c.index_options.empty()) sql += " WITH " + options_list(c.index_options);
      break;
    case ConstraintKind::Exclude: {
      std::vector<std::string> elements;
      for (const auto& e : c.exclusion) elements.push_back(e.element.original + " WITH " + e.op);
      sql = "EXCLUDE USING " + quote_identifier(c.exclusion_method) + " (" + join(elements) + ")";
      if (!c.include.empty()) sql += " INCLUDE (" + identifiers(c.include) + ")";
      if (!c.index_options.empty()) sql += " WITH " + options_list(c.index_options);
      if (c.exclusion_where) sql += " WHERE (" + c.exclusion_where->original + ")";
      break;
    }
    case ConstraintKind::ForeignKey: {
      const auto& fk = c.foreign_key;
      sql = "FOREIGN KEY (" + period_identifiers(c.columns, c.period) + ") REFERENCES " + qualified(fk.referenced_table);
      if (!fk.referenced_columns.empty()) sql += "(" + period_identifiers(fk.referenced_columns, c.period) + ")";
      if (fk.match != "SIMPLE") sql += " MATCH " + fk.match;
      if (fk.on_update != model::ReferentialAction::NoAction) sql += std::string(" ON UPDATE ") + model::referential_action_name(fk.on_update);
      if (fk.on_delete != model::ReferentialAction::NoAction) {
        sql += std::string(" ON DELETE ") + model::referential_action_name(fk.on_delete);
        if (!fk.on_delete_columns.empty()) sql += " (" + identifiers(fk.on_delete_columns) + ")";
      }
      break;
    }
  }
  if (c.deferrable) sql += " DEFERRABLE";
  if (c.initially_deferred) sql += " INITIALLY DEFERRED";
  if (!c.enforced) sql += " NOT ENFORCED";
  if (!c.validated) sql += " NOT VALID";
  return sql;
}

Statement add_constraint(const std::string& schema, const std::string& table, const model::Constraint& c, bool only) {
  std::optional<std::vector<std::string>> path;
  if (c.check) path = path_of(*c.check);
  if (!c.exclusion.empty()) path = path_of(c.exclusion.front().element);
  return {concat({"ALTER TABLE ", only ? "ONLY " : "", qualified(schema, table), " ADD CONSTRAINT ", quote_identifier(c.name), " ",
                  constraint_definition(c), ";"},
                 kDoBlockRoom),
          path};
}

Statement create_index(const std::string& schema, const model::Index& i, bool only, bool if_not_exists, bool concurrently) {
  std::vector<std::string> elements;
  for (const auto& e : i.elements) elements.push_back(index_element_sql(e));
  std::string sql = std::string("CREATE ") + (i.unique ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "") +
                    (if_not_exists ? "IF NOT EXISTS " : "") +
                    quote_identifier(i.name) + " ON " +
                    (only ? "ONLY " : "") + qualified(schema, i.table) + " USING " + quote_identifier(i.method) + " (" +
                    join(elements) + ")";
  if (!i.include.empty()) sql += " INCLUDE (" + identifiers(i.include) + ")";
  if (i.nulls_not_distinct) sql += " NULLS NOT DISTINCT";
  if (!i.options.empty()) sql += " WITH " + options_list(i.options);
  std::optional<std::vector<std::string>> path;
  if (!i.elements.empty()) path = path_of(i.elements.front().expression);
  if (i.where) sql += " WHERE (" + i.where->original + ")";
  return {sql + ";", path};
}

Statement attach_index(const model::QualifiedName& parent, const model::QualifiedName& child) {
  return {"ALTER INDEX " + qualified(parent) + " ATTACH PARTITION " + qualified(child) + ";", std::nullopt};
}

std::vector<Statement> index_attributes(const std::string& schema, const model::Index& i) {
  std::vector<Statement> statements;
  for (const auto& [column, value] : i.statistics) {
    statements.push_back({fmt::format("ALTER INDEX {} ALTER COLUMN {} SET STATISTICS {};", qualified(schema, i.name), column, value),
                          std::nullopt});
  }
  return statements;
}

Statement create_view(const std::string& schema, const model::View& v, bool materialized, bool or_replace) {
  return create_view_named(schema, v.name, v, materialized, or_replace);
}

Statement create_view_named(const std::string& schema, const std::string& name, const model::View& v, bool materialized, bool or_replace) {
  std::string head = std::string("CREATE ") + (materialized ? (or_replace ? "MATERIALIZED VIEW IF NOT EXISTS " : "MATERIALIZED VIEW ")
                                                            : (or_replace ? "OR REPLACE VIEW " : "VIEW ")) +
                     qualified(schema, name);
  if (!v.column_names.empty()) head += " (" + identifiers(v.column_names) + ")";
  if (!v.options.empty()) head += " WITH " + options_list(v.options);
  std::string tail;
  if (!v.check_option.empty()) tail += "\n  WITH " + v.check_option + " CHECK OPTION";
  if (materialized) tail += v.with_data ? "\n  WITH DATA" : "\n  WITH NO DATA";
  // The query (a view of a million terms is megabytes) is copied once, into the statement.
  return {concat({head, " AS\n", v.query.original, tail, ";"}, kDoBlockRoom), path_of(v.query)};
}

Statement create_rule(const std::string& schema, const model::Rule& r) {
  // OR REPLACE: a re-run replaces the rule with itself. Names in the commands resolve under the
  // search_path the rule was written with.
  std::string sql = "CREATE OR REPLACE RULE " + quote_identifier(r.name) + " AS ON " + r.event + " TO " + qualified(schema, r.table);
  if (r.where) sql += " WHERE " + r.where->original;
  sql += std::string(" DO ") + (r.instead ? "INSTEAD " : "ALSO ") + r.actions.original;
  return {sql + ";", path_of(r.actions)};
}

Statement create_trigger(const std::string& schema, const model::Trigger& t, bool or_replace) {
  std::string sql = std::string("CREATE ") + (or_replace && !t.is_constraint ? "OR REPLACE " : "") +
                    (t.is_constraint ? "CONSTRAINT " : "") + "TRIGGER " + quote_identifier(t.name) +
                    " " + t.timing + " ";
  std::vector<std::string> events;
  for (const auto& e : t.events) {
    if (!e.starts_with("UPDATE OF ")) { events.push_back(e); continue; }
    std::vector<std::string> columns;
    size_t start = 10;
    while (start < e.size()) {
      size_t comma = e.find(", ", start);
      columns.push_back(quote_identifier(e.substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
      if (comma == std::string::npos) break;
      start = comma + 2;
    }
    events.push_back("UPDATE OF " + join(columns));
  }
  sql += join(events, " OR ") + " ON " + qualified(schema, t.table);
  if (t.referenced_table) sql += " FROM " + qualified(*t.referenced_table);
  if (t.is_constraint) {
    sql += t.deferrable ? " DEFERRABLE" : " NOT DEFERRABLE";
    sql += t.initially_deferred ? " INITIALLY DEFERRED" : " INITIALLY IMMEDIATE";
  }
  if (!t.old_table.empty() || !t.new_table.empty()) {
    sql += " REFERENCING";
    if (!t.old_table.empty()) sql += " OLD TABLE AS " + quote_identifier(t.old_table);
    if (!t.new_table.empty()) sql += " NEW TABLE AS " + quote_identifier(t.new_table);
  }
  sql += t.for_each_row ? " FOR EACH ROW" : " FOR EACH STATEMENT";
  std::optional<std::vector<std::string>> path;
  if (t.when) { sql += " WHEN (" + t.when->original + ")"; path = path_of(*t.when); }
  std::vector<std::string> arguments;
  for (const auto& a : t.arguments) arguments.push_back(quote_literal(a));
  sql += " EXECUTE FUNCTION " + qualified(t.function) + "(" + join(arguments) + ");";
  return {sql, path};
}

std::optional<Statement> trigger_state(const std::string& schema, const model::Trigger& t) {
  if (t.enabled == "ORIGIN") return std::nullopt;
  std::string action = t.enabled == "DISABLED" ? "DISABLE" : t.enabled == "REPLICA" ? "ENABLE REPLICA" : "ENABLE ALWAYS";
  return Statement{"ALTER TABLE " + qualified(schema, t.table) + " " + action + " TRIGGER " + quote_identifier(t.name) + ";",
                   std::nullopt};
}

Statement create_policy(const std::string& schema, const std::string& table, const model::Policy& p) {
  std::string sql = "CREATE POLICY " + quote_identifier(p.name) + " ON " + qualified(schema, table);
  if (!p.permissive) sql += " AS RESTRICTIVE";
  if (p.command != "ALL") sql += " FOR " + p.command;
  std::vector<std::string> roles;
  for (const auto& r : p.roles) roles.push_back(r == "public" ? "PUBLIC" : quote_identifier(r));
  sql += " TO " + join(roles);
  std::optional<std::vector<std::string>> path;
  if (p.using_expr) { sql += " USING (" + p.using_expr->original + ")"; path = path_of(*p.using_expr); }
  if (p.check_expr) { sql += " WITH CHECK (" + p.check_expr->original + ")"; path = path_of(*p.check_expr); }
  return {sql + ";", path};
}

std::string object_reference(const ObjectId& id, const model::Catalog& catalog) {
  switch (id.kind) {
    case ObjectKind::Schema: return "SCHEMA " + quote_identifier(id.name);
    case ObjectKind::Extension: return "EXTENSION " + quote_identifier(id.name);
    case ObjectKind::Type: return "TYPE " + qualified(id.schema, id.name);
    case ObjectKind::Domain: return "DOMAIN " + qualified(id.schema, id.name);
    case ObjectKind::Sequence: return "SEQUENCE " + qualified(id.schema, id.name);
    case ObjectKind::Table: return "TABLE " + qualified(id.schema, id.name);
    case ObjectKind::View: return "VIEW " + qualified(id.schema, id.name);
    case ObjectKind::MaterializedView: return "MATERIALIZED VIEW " + qualified(id.schema, id.name);
    case ObjectKind::Index: return "INDEX " + qualified(id.schema, id.name);
    case ObjectKind::Column: return "COLUMN " + qualified(id.schema, id.parent) + "." + quote_identifier(id.name);
    case ObjectKind::Constraint: {
      const auto* schema = catalog.find_schema(id.schema);
      bool domain = schema && schema->domains.count(id.parent) && !schema->tables.count(id.parent);
      return "CONSTRAINT " + quote_identifier(id.name) + " ON " + (domain ? "DOMAIN " : "") + qualified(id.schema, id.parent);
    }
    case ObjectKind::Trigger: return "TRIGGER " + quote_identifier(id.name) + " ON " + qualified(id.schema, id.parent);
    case ObjectKind::Policy: return "POLICY " + quote_identifier(id.name) + " ON " + qualified(id.schema, id.parent);
    case ObjectKind::Rule: return "RULE " + quote_identifier(id.name) + " ON " + qualified(id.schema, id.parent);
    case ObjectKind::Collation: return "COLLATION " + qualified(id.schema, id.name);
    case ObjectKind::TextSearchDictionary: return "TEXT SEARCH DICTIONARY " + qualified(id.schema, id.name);
    case ObjectKind::TextSearchConfiguration: return "TEXT SEARCH CONFIGURATION " + qualified(id.schema, id.name);
    case ObjectKind::Function:
    case ObjectKind::Procedure:
    case ObjectKind::Aggregate: {
      const auto* schema = catalog.find_schema(id.schema);
      std::string args = id.signature;
      if (schema && id.kind != ObjectKind::Aggregate) {
        auto it = schema->routines.find(id.name + id.signature);
        if (it != schema->routines.end()) args = signature_sql(it->second.parameters);
      }
      if (schema && id.kind == ObjectKind::Aggregate) {
        auto it = schema->aggregates.find(id.name + id.signature);
        if (it != schema->aggregates.end()) args = it->second.star ? "(*)" : signature_sql(it->second.parameters);
      }
      const char* kind = id.kind == ObjectKind::Function ? "FUNCTION " : id.kind == ObjectKind::Procedure ? "PROCEDURE " : "AGGREGATE ";
      return kind + qualified(id.schema, id.name) + args;
    }
    case ObjectKind::Operator: {
      const auto* schema = catalog.find_schema(id.schema);
      std::string args = "(NONE, NONE)";
      if (schema) {
        auto it = schema->operators.find(id.name + id.signature);
        if (it != schema->operators.end()) {
          args = "(" + (it->second.left ? type_sql(*it->second.left) : "NONE") + ", " +
                 (it->second.right ? type_sql(*it->second.right) : "NONE") + ")";
        }
      }
      return "OPERATOR " + quote_identifier(id.schema) + "." + id.name + " " + args;
    }
  }
  return "";
}

Statement comment_on(const ObjectId& id, const model::Catalog& catalog, const std::string* text) {
  return {"COMMENT ON " + object_reference(id, catalog) + " IS " + (text ? quote_literal(*text) : "NULL") + ";", std::nullopt};
}

Statement owner_to(const ObjectId& id, const model::Catalog& catalog, const std::string& role) {
  std::string reference = object_reference(id, catalog);
  // ALTER TABLE covers every relation kind, as pg_dump writes it.
  if (id.kind == ObjectKind::Sequence || id.kind == ObjectKind::View) reference = "TABLE " + qualified(id.schema, id.name);
  return {"ALTER " + reference + " OWNER TO " + quote_identifier(role) + ";", std::nullopt};
}

std::vector<Statement> change_privileges(const ObjectId& id, const model::Catalog& catalog, const model::AccessList& from,
                                         const model::AccessList& to) {
  std::vector<Statement> statements;
  std::string target;
  if (id.kind == ObjectKind::Column) {
    target = "TABLE " + qualified(id.schema, id.parent);
  } else if (id.kind == ObjectKind::View || id.kind == ObjectKind::MaterializedView) {
    target = "TABLE " + qualified(id.schema, id.name);
  } else if (id.kind == ObjectKind::Aggregate) {
    target = "FUNCTION " + object_reference(id, catalog).substr(10);
  } else {
    target = object_reference(id, catalog);
  }
  auto role = [](const std::string& r) { return r == "public" ? std::string("PUBLIC") : quote_identifier(r); };
  auto privilege = [&](const std::string& p) { return id.kind == ObjectKind::Column ? p + " (" + quote_identifier(id.name) + ")" : p; };
  for (const auto& g : from) {
    if (to.count(g)) continue;
    bool keeps_privilege = to.count({g.grantee, g.privilege, !g.with_grant_option}) > 0;
    if (keeps_privilege && g.with_grant_option) {
      statements.push_back({"REVOKE GRANT OPTION FOR " + privilege(g.privilege) + " ON " + target + " FROM " + role(g.grantee) + ";", std::nullopt});
    } else if (!keeps_privilege) {
      statements.push_back({"REVOKE " + privilege(g.privilege) + " ON " + target + " FROM " + role(g.grantee) + ";", std::nullopt});
    }
  }
  for (const auto& g : to) {
    if (from.count(g)) continue;
    statements.push_back({"GRANT " + privilege(g.privilege) + " ON " + target + " TO " + role(g.grantee) +
                              (g.with_grant_option ? " WITH GRANT OPTION;" : ";"),
                          std::nullopt});
  }
  return statements;
}

}  // namespace schemadelta::generator::postgres

#include "generator/postgres/target_version.h"

#include <algorithm>
#include <cctype>

#include "generator/postgres/catalog_ddl.h"

namespace schemadelta::generator::postgres {

namespace {

struct Finder {
  int version;
  std::vector<std::string> problems;

  void need(int since, const std::string& where, const std::string& what) {
    if (version < since) problems.push_back(where + ": " + what + " (PostgreSQL " + std::to_string(since) + " and later)");
  }
};

// SQL/JSON functions (16: constructors and IS JSON; 17: query functions and JSON_TABLE), found in
// the catalog's expressions (compared in lower case: a call's name then "(").
struct JsonSyntax {
  const char* token;
  int since;
};
constexpr JsonSyntax k_json_syntax[] = {
    {"json_object(", 16}, {"json_array(", 16},     {"json_objectagg(", 16}, {"json_arrayagg(", 16},
    {" is json", 16},     {"json_query(", 17},     {"json_value(", 17},     {"json_exists(", 17},
    {"json_table(", 17},  {"json_scalar(", 17},    {"json_serialize(", 17},
};

// PG 16 integer literals: 1_000_000, 0x1F, 0o17, 0b101 (outside quoted strings and names).
bool has_pg16_integer_literal(const std::string& text) {
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '$'; };
  char quote = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') { quote = c; continue; }
    if (!std::isdigit(static_cast<unsigned char>(c)) || (i > 0 && word(text[i - 1]))) continue;
    const char next = i + 1 < text.size() ? static_cast<char>(std::tolower(static_cast<unsigned char>(text[i + 1]))) : 0;
    if (c == '0' && (next == 'x' || next == 'o' || next == 'b') && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2])))
      return true;
    std::size_t end = i;
    while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '_')) ++end;
    for (std::size_t k = i + 1; k + 1 < end; ++k) {
      if (text[k] == '_' && std::isdigit(static_cast<unsigned char>(text[k + 1]))) return true;
    }
    i = end;
  }
  return false;
}

}  // namespace

std::vector<std::string> target_version_problems(const model::Catalog& catalog, int version) {
  Finder finder{version, {}};
  if (version >= k_newest_target_version) return {};
  for (const auto& [schema_name, schema] : catalog.schemas) {
    for (const auto& [table_name, table] : schema.tables) {
      const std::string table_id = schema_name + "." + table_name;
      for (const auto& column : table.columns) {
        if (column.details->generated && column.generated_virtual)
          finder.need(18, "column " + table_id + "." + column.name, "VIRTUAL generated columns");
        // (a NOT NULL constraint's name is written for every version: older ones take it and keep none)
        if (column.not_null && column.not_null_no_inherit)
          finder.need(18, "column " + table_id + "." + column.name, "NOT NULL ... NO INHERIT");
      }
      for (const auto& [constraint_name, constraint] : table.constraints) {
        const std::string where = "constraint " + constraint_name + " on " + table_id;
        if (!constraint.enforced) finder.need(18, where, "NOT ENFORCED constraints");
        if (constraint.without_overlaps) finder.need(18, where, "WITHOUT OVERLAPS keys");
        if (constraint.period) finder.need(18, where, "PERIOD foreign keys");
        if (constraint.nulls_not_distinct) finder.need(15, where, "NULLS NOT DISTINCT constraints");
        if (!constraint.foreign_key.on_delete_columns.empty()) finder.need(15, where, "ON DELETE SET NULL/DEFAULT (columns)");
      }
    }
    for (const auto& [view_name, view] : schema.views) {
      if (view.options.count("security_invoker")) finder.need(15, "view " + schema_name + "." + view_name, "security_invoker views");
    }
    for (const auto& [index_name, index] : schema.indexes) {
      if (index.nulls_not_distinct) finder.need(15, "index " + schema_name + "." + index_name, "NULLS NOT DISTINCT indexes");
    }
  }
  for (const auto& [object, grants] : catalog.privileges) {
    for (const auto& grant : grants) {
      if (grant.privilege == "MAINTAIN") finder.need(17, "a grant on " + model::describe(object), "the MAINTAIN privilege");
    }
  }
  // Expressions anywhere (defaults, checks, generated columns, indexes, views, policies, bodies),
  // as the catalog's canonical DDL spells them.
  std::string text = catalog_ddl(catalog);
  if (has_pg16_integer_literal(text)) finder.need(16, "an expression", "integer literals with _ separators or in 0x, 0o, 0b");
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& syntax : k_json_syntax) {
    if (text.find(syntax.token) != std::string::npos) {
      std::string name = syntax.token;
      if (name.back() == '(') name.pop_back();
      while (!name.empty() && name.front() == ' ') name.erase(name.begin());
      for (auto& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      finder.need(syntax.since, "an expression", "SQL/JSON " + name);
    }
  }
  return finder.problems;
}

}  // namespace schemadelta::generator::postgres

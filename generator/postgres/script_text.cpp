#include "generator/postgres/script_text.h"

#include "generator/postgres/quoting.h"

namespace schemadelta::generator::postgres {

std::string search_path_statement(const std::vector<std::string>& path) {
  std::string value;
  for (const auto& schema : path) value += (value.empty() ? "" : ", ") + quote_identifier(schema);
  return "SELECT pg_catalog.set_config('search_path', " + quote_literal(value) + ", false);";
}

std::string statements_text(const std::vector<Statement>& statements, std::vector<std::string>& current) {
  std::string text;
  for (const auto& statement : statements) {
    if (statement.search_path && *statement.search_path != current) {
      current = *statement.search_path;
      text += search_path_statement(current) + "\n";
    }
    text += statement.sql + "\n";
  }
  return text;
}

}  // namespace schemadelta::generator::postgres

#include "generator/postgres/script_text.h"

#include "generator/postgres/quoting.h"

namespace schemadelta::generator::postgres {

std::string search_path_statement(const std::vector<std::string>& path) {
  std::string value;
  for (const auto& schema : path) value += (value.empty() ? "" : ", ") + quote_identifier(schema);
  return "SELECT pg_catalog.set_config('search_path', " + quote_literal(value) + ", false);";
}

namespace {

// Walks the parts as they are written: `text` for fixed text and search_path switches,
// `statement` for each statement (its line's newline is the walker's to add).
template <typename Text, typename Each>
void walk(const std::vector<ScriptPart>& parts, const Text& text, const Each& statement) {
  std::vector<std::string> current;
  for (const auto& part : parts) {
    if (const auto* fixed = std::get_if<std::string>(&part)) {
      text(*fixed);
      continue;
    }
    for (auto& each : *std::get<std::vector<Statement>*>(part)) {
      if (each.search_path && *each.search_path != current) {
        current = *each.search_path;
        text(search_path_statement(current) + "\n");
      }
      statement(each);
    }
  }
}

}  // namespace

std::string script_text(const std::vector<ScriptPart>& parts) {
  std::size_t size = 0;
  walk(parts, [&](const std::string& text) { size += text.size(); }, [&](const Statement& each) { size += each.sql.size() + 1; });
  std::string text;
  text.reserve(size);
  walk(parts, [&](const std::string& fixed) { text += fixed; }, [&](Statement& each) {
    text.append(each.sql).append("\n");
    std::string().swap(each.sql);
  });
  return text;
}

}  // namespace schemadelta::generator::postgres

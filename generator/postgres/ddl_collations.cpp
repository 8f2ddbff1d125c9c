// The statements of collations and text search dictionaries and configurations.
#include "generator/postgres/ddl.h"
#include "generator/postgres/quoting.h"

namespace schemadelta::generator::postgres {

namespace {

std::string dictionary_list(const std::vector<model::QualifiedName>& dictionaries) {
  std::string text;
  for (const auto& d : dictionaries) text += (text.empty() ? "" : ", ") + qualified(d);
  return text;
}

}  // namespace

// IF NOT EXISTS: a re-run finds it made. A changed collation is dropped first (nothing alters one).
Statement create_collation(const std::string& schema, const model::Collation& c) {
  std::string options = "provider = " + c.provider;
  if (!c.deterministic) options += ", deterministic = false";
  if (c.provider != "libc" || c.lc_collate == c.lc_ctype) {
    options += ", locale = " + quote_literal(c.lc_collate);
  } else {
    options += ", lc_collate = " + quote_literal(c.lc_collate) + ", lc_ctype = " + quote_literal(c.lc_ctype);
  }
  if (!c.rules.empty()) options += ", rules = " + quote_literal(c.rules);
  return {"CREATE COLLATION IF NOT EXISTS " + qualified(schema, c.name) + " (" + options + ");", std::nullopt};
}

Statement create_text_search_dictionary(const std::string& schema, const model::TextSearchDictionary& d) {
  std::string sql = "CREATE TEXT SEARCH DICTIONARY " + qualified(schema, d.name) + " (TEMPLATE = " + qualified(d.template_name);
  for (const auto& [key, value] : d.options) sql += ", " + quote_identifier(key) + " = " + value;
  return {sql + ");", std::nullopt};
}

// The options `to` sets and those it no longer has (an option named alone is removed).
Statement alter_text_search_dictionary(const std::string& schema, const model::TextSearchDictionary& from,
                                       const model::TextSearchDictionary& to) {
  std::string options;
  for (const auto& [key, value] : to.options) options += (options.empty() ? "" : ", ") + quote_identifier(key) + " = " + value;
  for (const auto& [key, _] : from.options) {
    if (!to.options.count(key)) options += (options.empty() ? "" : ", ") + quote_identifier(key);
  }
  return {"ALTER TEXT SEARCH DICTIONARY " + qualified(schema, to.name) + " (" + options + ");", std::nullopt};
}

Statement create_text_search_configuration(const std::string& schema, const model::TextSearchConfiguration& c) {
  return {"CREATE TEXT SEARCH CONFIGURATION " + qualified(schema, c.name) + " (PARSER = " + qualified(c.parser) + ");", std::nullopt};
}

// ALTER MAPPING FOR replaces a token type's dictionaries whether it had any or not, DROP MAPPING
// IF EXISTS forgets them: both run again harmlessly. `from` is empty for a new configuration.
std::vector<Statement> text_search_mappings(const std::string& schema, const model::TextSearchConfiguration* from,
                                            const model::TextSearchConfiguration& to) {
  std::vector<Statement> statements;
  const std::string name = "ALTER TEXT SEARCH CONFIGURATION " + qualified(schema, to.name);
  for (const auto& [token, dictionaries] : to.mappings) {
    if (from) {
      auto it = from->mappings.find(token);
      if (it != from->mappings.end() && it->second == dictionaries) continue;
    }
    statements.push_back({name + " ALTER MAPPING FOR " + quote_identifier(token) + " WITH " + dictionary_list(dictionaries) + ";", std::nullopt});
  }
  if (from) {
    for (const auto& [token, _] : from->mappings) {
      if (!to.mappings.count(token)) statements.push_back({name + " DROP MAPPING IF EXISTS FOR " + quote_identifier(token) + ";", std::nullopt});
    }
  }
  return statements;
}

}  // namespace schemadelta::generator::postgres

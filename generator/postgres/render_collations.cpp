// The statements of collations and text search dictionaries and configurations. One family of
// the renderer (renderer.h), dispatched by change_sql.cpp.
#include "generator/postgres/renderer.h"

namespace schemadelta::generator::postgres::rendering {

namespace {

// A text search dictionary or configuration of this schema and name exists.
std::string text_search_exists(const ObjectId& id) {
  const bool dictionary = id.kind == ObjectKind::TextSearchDictionary;
  const std::string catalog = dictionary ? "pg_ts_dict" : "pg_ts_config";
  const std::string prefix = dictionary ? "dict" : "cfg";
  return "EXISTS (SELECT 1 FROM pg_catalog." + catalog + " o JOIN pg_catalog.pg_namespace n ON n.oid = o." + prefix +
         "namespace WHERE n.nspname = " + quote_literal(id.schema) + " AND o." + prefix + "name = " + quote_literal(id.name) + ")";
}

}  // namespace

void Renderer::render_collations() {
  const std::string& s = id_.schema;
  const bool dictionary = id_.kind == ObjectKind::TextSearchDictionary;
  switch (c_.type) {
    case ChangeType::CreateCollation: add(create_collation(s, after<model::Collation>())); break;
    case ChangeType::DropCollation: add(drop("COLLATION IF EXISTS " + qualified(s, id_.name))); break;
    case ChangeType::CreateTextSearch:
      if (dictionary) {
        add(guarded("NOT " + text_search_exists(id_), create_text_search_dictionary(s, after<model::TextSearchDictionary>())));
      } else {
        const auto& configuration = after<model::TextSearchConfiguration>();
        add(guarded("NOT " + text_search_exists(id_), create_text_search_configuration(s, configuration)));
        for (auto& statement : text_search_mappings(s, nullptr, configuration)) add(std::move(statement));
      }
      break;
    case ChangeType::DropTextSearch:
      add(drop(std::string("TEXT SEARCH ") + (dictionary ? "DICTIONARY" : "CONFIGURATION") + " IF EXISTS " + qualified(s, id_.name)));
      break;
    case ChangeType::AlterTextSearch:
      if (dictionary) {
        add(alter_text_search_dictionary(s, before<model::TextSearchDictionary>(), after<model::TextSearchDictionary>()));
      } else {
        for (auto& statement : text_search_mappings(s, &before<model::TextSearchConfiguration>(), after<model::TextSearchConfiguration>())) {
          add(std::move(statement));
        }
      }
      break;
    default: break;
  }
}

}  // namespace schemadelta::generator::postgres::rendering

#include "compare/indexed_catalog.h"

#include <future>

namespace schemadelta::compare {

namespace {

std::set<std::pair<std::string, std::string>> tables_with_deferred_checks(const model::Catalog& catalog) {
  std::set<std::pair<std::string, std::string>> tables;
  for (const auto& [schema_name, content] : catalog.schemas) {
    for (const auto& [table_name, table] : content.tables) {
      for (const auto& [name, constraint] : table.constraints) {
        if (!constraint.initially_deferred || constraint.kind != model::ConstraintKind::ForeignKey) continue;
        tables.emplace(schema_name, table_name);
        tables.emplace(constraint.foreign_key.referenced_table.schema, constraint.foreign_key.referenced_table.name);
      }
    }
    for (const auto& [key, trigger] : content.triggers) {
      if (trigger.initially_deferred) tables.emplace(schema_name, key.first);
    }
  }
  return tables;
}

}  // namespace

IndexedCatalog::IndexedCatalog(model::Catalog catalog_)
    : catalog(std::move(catalog_)), index(index_catalog(catalog)), dependents(dependents_of(catalog)),
      groups_(group_catalog(index)), deferred_checks(tables_with_deferred_checks(catalog)),
      ordering(ordering_views(catalog, index)) {}

std::pair<SharedCatalog, SharedCatalog> share_both(model::Catalog first, model::Catalog second) {
  auto indexing_second = std::async(std::launch::async, [&second] { return share(std::move(second)); });
  auto indexed_first = share(std::move(first));
  return {std::move(indexed_first), indexing_second.get()};
}

}  // namespace schemadelta::compare

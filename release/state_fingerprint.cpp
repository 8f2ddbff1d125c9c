#include "release/state_fingerprint.h"

#include <algorithm>

#include "release/sha256.h"
#include "serialize/catalog_json.h"

namespace schemadelta::release {

namespace {

const model::Table* find_table(const model::Catalog& catalog, const model::QualifiedName& name) {
  const auto* schema = catalog.find_schema(name.schema);
  if (!schema) return nullptr;
  auto table = schema->tables.find(name.name);
  return table == schema->tables.end() ? nullptr : &table->second;
}

bool inherits_anything(const model::Catalog& catalog) {
  for (const auto& [_, schema] : catalog.schemas) {
    for (const auto& [_, table] : schema.tables) {
      if (!table.inherits.empty()) return true;
    }
  }
  return false;
}

// An inheritance child as written lists only its own columns; pg_dump lists the ones it merged
// with its parents' too. check sees the same table: a child's column equal to a parent's (NOT NULL
// aside) is left out.
model::Catalog without_inherited_columns(const model::Catalog& catalog) {
  model::Catalog normalized = catalog;
  for (auto& [_, schema] : normalized.schemas) {
    for (auto& [_, table] : schema.tables) {
      std::erase_if(table.columns, [&](const model::Column& column) {
        return std::any_of(table.inherits.begin(), table.inherits.end(), [&](const model::QualifiedName& parent_name) {
          const auto* parent = find_table(catalog, parent_name);
          // NOT NULL aside: a child takes its parent's, and pg_dump does not repeat it on the child.
          return parent && std::any_of(parent->columns.begin(), parent->columns.end(), [&](model::Column inherited) {
                   inherited.not_null = column.not_null;
                   return inherited == column;
                 });
        });
      });
    }
  }
  return normalized;
}

// check compares columns by name, not position (a rollback re-adds a dropped column last): so
// does the fingerprint.
model::Catalog columns_by_name(model::Catalog catalog) {
  for (auto& [_, schema] : catalog.schemas) {
    for (auto& [_, table] : schema.tables) {
      std::sort(table.columns.begin(), table.columns.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    }
  }
  return catalog;
}

}  // namespace

std::string state_fingerprint(const model::Catalog& catalog) {
  auto json = serialize::to_json(columns_by_name(inherits_anything(catalog) ? without_inherited_columns(catalog) : catalog));
  json.erase("owners");
  json.erase("unmanaged");
  return sha256_hex(json.dump()).substr(0, 16);
}

}  // namespace schemadelta::release

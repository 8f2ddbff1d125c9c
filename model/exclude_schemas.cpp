#include "model/exclude_schemas.h"

#include <iterator>

namespace schemadelta::model {

namespace {

bool excluded(const ObjectId& id, const std::set<std::string>& names) {
  return names.count(id.kind == ObjectKind::Schema ? id.name : id.schema) > 0;
}

template <typename Map>
void erase_excluded(Map& map, const std::set<std::string>& names) {
  std::erase_if(map, [&](const auto& entry) { return excluded(entry.first, names); });
}

}  // namespace

void exclude_schemas(Catalog& catalog, const std::set<std::string>& names) {
  if (names.empty()) return;
  for (const auto& name : names) catalog.schemas.erase(name);
  std::erase_if(catalog.extensions, [&](const auto& entry) { return names.count(entry.second.schema) > 0; });
  erase_excluded(catalog.comments, names);
  erase_excluded(catalog.owners, names);
  erase_excluded(catalog.privileges, names);
  erase_excluded(catalog.locations, names);
  erase_excluded(catalog.dependencies, names);
  for (auto& [_, references] : catalog.dependencies) {
    std::erase_if(references, [&](const ObjectId& id) { return excluded(id, names); });
  }
}

}  // namespace schemadelta::model

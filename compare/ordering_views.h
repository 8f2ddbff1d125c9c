#pragma once
// What ordering needs of one catalog, whichever side of a comparison it is: computed once when
// the catalog is indexed, shared by the migration and its rollback.
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "compare/catalog_index.h"
#include "compare/dependency_order.h"

namespace schemadelta::compare {

// Names objects of different kinds cannot share within a schema: relations (tables, views,
// sequences, indexes, the indexes of keys, a composite type's relation) share one namespace;
// types share another with the row types of tables and views.
struct SharedNames {
  std::set<std::pair<std::string, std::string>> relations, types;
};

// The relation names a table holds through its keys' and its own indexes: dropped with it.
using OwnedRelationNames = std::map<std::pair<std::string, std::string>, std::vector<std::string>>;  // (schema, table) -> names

struct OrderingViews {
  SharedNames names;                        // names this catalog's objects hold
  OwnedRelationNames owned_relation_names;  // relation names each table holds through its indexes
  // Dependencies lifted to what a change is about: a column's or a constraint's to its table,
  // except between two columns of one table.
  Dependencies lifted_dependencies;
};

OrderingViews ordering_views(const model::Catalog& catalog, const CatalogIndex& index);

}  // namespace schemadelta::compare

#pragma once
// What ordering needs of one catalog, whichever side of a comparison it is: computed once when
// the catalog is indexed, shared by the migration and its rollback.
#include <functional>
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

// A catalog's dependencies lifted to what a change is about: a column's or a constraint's to its
// table, except between two columns of one table; a sequence does not wait for the table or
// column that owns it. Asked object by object, read from the catalog's own dependencies (a
// lifted copy of every dependency was the largest of these views).
class LiftedDependencies {
 public:
  explicit LiftedDependencies(const Dependencies& dependencies);
  // Calls depends_on with each object `id` waits for (some more than once).
  void operator()(const model::ObjectId& id, const std::function<void(const model::ObjectId&)>& depends_on) const;

 private:
  const Dependencies& dependencies_;
  // (schema, table) -> the dependencies' columns and constraints of that table (keys of dependencies_)
  std::map<std::pair<std::string, std::string>, std::vector<const model::ObjectId*>> parts_;
};

struct OrderingViews {
  SharedNames names;                        // names this catalog's objects hold
  OwnedRelationNames owned_relation_names;  // relation names each table holds through its indexes
  LiftedDependencies lifted_dependencies;
};

OrderingViews ordering_views(const model::Catalog& catalog, const CatalogIndex& index);

}  // namespace schemadelta::compare

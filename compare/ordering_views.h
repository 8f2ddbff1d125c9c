#pragma once
// What ordering needs of one catalog, whichever side of a comparison it is: computed once when
// the catalog is indexed, shared by the migration and its rollback.
#include <functional>
#include <set>
#include <unordered_map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compare/catalog_index.h"
#include "compare/dependency_order.h"

namespace schemadelta::compare {

// Names objects of different kinds cannot share within a schema: relations (tables, views,
// sequences, indexes, the indexes of keys, a composite type's relation) share one namespace;
// types share another with the row types of tables and views. Asked of the catalog's index
// (only for dropped objects: a set of every name cost more to build than all the questions).
class NameSpace {
 public:
  enum class Of { Relations, Types };
  NameSpace(const CatalogIndex& index, Of of) : index_(index), of_(of) {}
  // Whether an object of the catalog holds (schema, name) in this namespace: 1 or 0.
  std::size_t count(const std::pair<std::string_view, std::string_view>& name) const;

 private:
  const CatalogIndex& index_;
  Of of_;
};

struct SharedNames {
  NameSpace relations, types;
};

// The relation names a table holds through its keys' and its own indexes: dropped with it.
// (schema, table) -> names, in index order (keys' names, then indexes'); the strings are the index's.
struct NamePairHash {
  using is_transparent = void;
  template <typename Pair>
  std::size_t operator()(const Pair& name) const { return hash_id(IdView(model::ObjectKind::Schema, name.first, name.second)); }
};
struct NamePairEqual {
  using is_transparent = void;
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const { return std::string_view(a.first) == std::string_view(b.first) && std::string_view(a.second) == std::string_view(b.second); }
};
using OwnedRelationNames = std::unordered_map<std::pair<std::string_view, std::string_view>, std::vector<std::string_view>, NamePairHash, NamePairEqual>;

// A catalog's dependencies lifted to what a change is about: a column's or a constraint's to its
// table, except between two columns of one table; a sequence does not wait for the table or
// column that owns it. Asked object by object, read from the catalog's own dependencies (a
// lifted copy of every dependency was the largest of these views).
class LiftedDependencies {
 public:
  explicit LiftedDependencies(const Dependencies& dependencies);
  // Calls depends_on with each object `id` waits for (some more than once).
  void operator()(const model::ObjectId& id, const std::function<void(const model::ObjectId&)>& depends_on) const;
  // The same, a table's parts counted only where `counts(part)` (say, not its foreign keys).
  void operator()(const model::ObjectId& id, const std::function<void(const model::ObjectId&)>& depends_on,
                  const std::function<bool(const model::ObjectId&)>& counts) const;

 private:
  const Dependencies& dependencies_;
  // (schema, table) -> the dependencies' columns and constraints of that table (keys of dependencies_)
  NamedGroups<model::ObjectId> parts_;
};

struct OrderingViews {
  SharedNames names;                        // names this catalog's objects hold
  OwnedRelationNames owned_relation_names;  // relation names each table holds through its indexes
  LiftedDependencies lifted_dependencies;
};

OrderingViews ordering_views(const model::Catalog& catalog, const CatalogIndex& index);

}  // namespace schemadelta::compare

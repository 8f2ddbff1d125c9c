#pragma once
// A catalog together with the flat views the stages read it through, built once: matching,
// ordering, preservation and the generator share them instead of indexing the catalog again,
// and the migration and its rollback share the same two.
#include <map>
#include <memory>
#include <ranges>
#include <set>
#include <utility>

#include "compare/catalog_index.h"
#include "compare/ordering_views.h"

namespace schemadelta::compare {

class IndexedCatalog {
 public:
  explicit IndexedCatalog(model::Catalog catalog);
  IndexedCatalog(const IndexedCatalog&) = delete;
  IndexedCatalog& operator=(const IndexedCatalog&) = delete;

  const model::Catalog catalog;
  const CatalogIndex index;  // points into `catalog`
  const Dependents dependents;
 private:
  const CatalogGroups groups_;  // built in one walk over the index; read through the references below
 public:
  // Questions asked once per changed object, answered without walking the catalog.
  const NamedGroups<IndexEntry>& columns_by_type = groups_.columns_by_type;            // (type schema, type name) -> columns of it or arrays of it
  const NamedGroups<IndexEntry>& parts_by_table = groups_.parts_by_table;              // (schema, table) -> its columns, constraints, policies, indexes, triggers, rules
  const NamedGroups<IndexEntry>& partitions_by_parent = groups_.partitions_by_parent;  // (schema, partitioned table) -> its partitions
  const std::vector<const IndexEntry*>& inheritance_children = groups_.inheritance_children;  // tables with INHERITS, in id order
  // (schema, table) of the tables a deferred foreign key is on or references, or a deferred
  // trigger is on: writing their rows queues events that ALTER TABLE refuses until fired.
  const std::set<std::pair<std::string, std::string>> deferred_checks;
  const OrderingViews ordering;            // what ordering changes reads of this catalog

  // The ids under (schema, name) in one of the groups above (none: empty), as ObjectIds.
  static auto in(const NamedGroups<IndexEntry>& groups, std::string_view schema, std::string_view name) {
    return std::views::transform(groups(schema, name), [](const IndexEntry* entry) { return entry->id(); });
  }
};

using SharedCatalog = std::shared_ptr<const IndexedCatalog>;

inline SharedCatalog share(model::Catalog catalog) { return std::make_shared<const IndexedCatalog>(std::move(catalog)); }

// Both catalogs of a comparison, indexed at the same time.
std::pair<SharedCatalog, SharedCatalog> share_both(model::Catalog first, model::Catalog second);

}  // namespace schemadelta::compare

#pragma once
// Every object of a catalog under its ObjectId, with a pointer to its definition: the flat view
// that matching and dependency walks need.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <variant>

#include "model/catalog.h"

namespace schemadelta::compare {

using Definition = std::variant<const model::Schema*, const model::Extension*, const model::Type*, const model::Domain*,
                                const model::Sequence*, const model::Routine*, const model::Aggregate*,
                                const model::Operator*, const model::Table*, const model::Column*,
                                const model::Constraint*, const model::Index*, const model::View*,
                                const model::Trigger*, const model::Policy*, const model::Rule*,
                                const model::Collation*, const model::TextSearchDictionary*,
                                const model::TextSearchConfiguration*>;

using CatalogIndex = std::map<model::ObjectId, Definition>;

CatalogIndex index_catalog(const model::Catalog& catalog);

// Ids grouped under a (schema, name) pair, in index order within each group; they point to the
// keys of the index they were grouped from.
using NamedGroups = std::map<std::pair<std::string, std::string>, std::vector<const model::ObjectId*>>;

NamedGroups group_columns_by_type(const CatalogIndex& index);
NamedGroups group_parts_by_table(const CatalogIndex& index);
NamedGroups group_partitions_by_parent(const CatalogIndex& index);

// object -> objects whose definitions reference it, in id order: pointers to the keys of the
// catalog's dependencies (a copy of each id cost 170 bytes per dependency).
using Dependents = std::map<model::ObjectId, std::vector<const model::ObjectId*>>;
Dependents dependents_of(const model::Catalog& catalog);

// Names of the columns a table has through INHERITS (recursively).
std::set<std::string> columns_through_parents(const model::Table& table, const CatalogIndex& index);
// The definition of the column `name` a table has through INHERITS (the nearest parent's), or null.
const model::Column* column_through_parents(const model::Table& table, const CatalogIndex& index, const std::string& name, int depth = 0);
// Names of the CHECK constraints it has through INHERITS (those not NO INHERIT, recursively).
std::set<std::string> checks_through_parents(const model::Table& table, const CatalogIndex& index);

template <typename T>
const T* definition(const CatalogIndex& index, const model::ObjectId& id);

// A partitioned table PostgreSQL cannot change in place from `before` to `after`: its key changes,
// or the type of a column its key reads ("cannot alter column ... because it is part of the
// partition key"). It is rebuilt.
bool partitioned_table_rebuilt(const CatalogIndex& before, const CatalogIndex& after, const model::ObjectId& table);
// Whether a partition key's expressions name the column (an identifier token, quoted or not).
bool key_reads_column(const model::PartitionKey& key, const std::string& column);

// A partition's column that its parent's ALTER reaches: the partition stays attached to the same
// parent (not rebuilt), which has the column on both sides. Its type (and a NOT NULL the parent
// drops too) changes with the parent's; altered alone, PostgreSQL refuses ("cannot alter
// inherited column", "column is marked NOT NULL in parent table"). The parent's column.
std::optional<model::ObjectId> altered_through_partition_parent(const CatalogIndex& before, const CatalogIndex& after,
                                                                const model::ObjectId& column);

template <typename T>
const T* definition(const CatalogIndex& index, const model::ObjectId& id) {
  auto it = index.find(id);
  if (it == index.end()) return nullptr;
  auto* p = std::get_if<const T*>(&it->second);
  return p ? *p : nullptr;
}

}  // namespace schemadelta::compare

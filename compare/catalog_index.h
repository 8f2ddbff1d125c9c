#pragma once
// Every object of a catalog under its ObjectId, with a pointer to its definition: the flat view
// that matching and dependency walks need.
#include <cstdint>
#include <deque>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "model/catalog.h"

namespace schemadelta::compare {

using Definition = std::variant<const model::Schema*, const model::Extension*, const model::Type*, const model::Domain*,
                                const model::Sequence*, const model::Routine*, const model::Aggregate*,
                                const model::Operator*, const model::Table*, const model::Column*,
                                const model::Constraint*, const model::Index*, const model::View*,
                                const model::Trigger*, const model::Policy*, const model::Rule*,
                                const model::Collation*, const model::TextSearchDictionary*,
                                const model::TextSearchConfiguration*>;

// An object's identity as a view of strings it does not own: a lookup key that copies nothing.
// Built from an ObjectId, or from its parts ({ObjectKind::Table, schema, name}). Ordered as
// ObjectIds are.
struct IdView {
  model::ObjectKind kind = model::ObjectKind::Schema;
  std::string_view schema, name, parent, signature;
  IdView(const model::ObjectId& id) : kind(id.kind), schema(id.schema), name(id.name), parent(id.parent), signature(id.signature) {}
  IdView(model::ObjectKind kind, std::string_view schema, std::string_view name, std::string_view parent = {},
         std::string_view signature = {})
      : kind(kind), schema(schema), name(name), parent(parent), signature(signature) {}
  friend auto operator<=>(const IdView&, const IdView&) = default;
  friend bool operator==(const IdView&, const IdView&) = default;
};
std::size_t hash_id(const IdView& id);

// One object of the index: its id's parts point to the catalog's strings (the object's name, its
// schema's and table's keys; a routine's signature to the index's own copy), 56 bytes where an
// ObjectId of its own took 152 for every column of a table of 100,000.
class IndexEntry {
 public:
  IndexEntry(model::ObjectKind kind, const std::string& schema, const std::string& name, const std::string& parent,
             const std::string& signature, Definition definition)
      : definition(definition), schema_(&schema), name_(&name), parent_(&parent), signature_(&signature), kind_(kind) {}
  // An entry for an id that outlives it.
  IndexEntry(const model::ObjectId& id, Definition definition)
      : IndexEntry(id.kind, id.schema, id.name, id.parent, id.signature, definition) {}

  model::ObjectKind kind() const { return kind_; }
  const std::string& schema() const { return *schema_; }
  const std::string& name() const { return *name_; }
  const std::string& parent() const { return *parent_; }
  const std::string& signature() const { return *signature_; }
  IdView view() const { return {kind_, *schema_, *name_, *parent_, *signature_}; }
  model::ObjectId id() const { return {kind_, *schema_, *name_, *parent_, *signature_}; }

  Definition definition;

 private:
  const std::string *schema_, *name_, *parent_, *signature_;
  model::ObjectKind kind_;
};

// Every object of a catalog in id order (ObjectId's <=>, the order a std::map of them iterates
// in), built once: one vector, looked up through a hash table of positions (a std::map node per
// object, each a five-string key, cost the most of indexing and of every lookup).
class CatalogIndex {
 public:
  using value_type = IndexEntry;
  using const_iterator = std::vector<IndexEntry>::const_iterator;
  using iterator = const_iterator;

  CatalogIndex() = default;
  // Sorts the entries by id; of equal ids the last one given stays (as assigning to a map would).
  // The entries point into strings that outlive the index; `signatures` holds those of them it owns.
  explicit CatalogIndex(std::vector<IndexEntry> entries, std::deque<std::string> signatures = {});

  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  const_iterator find(const IdView& id) const;
  std::size_t count(const IdView& id) const { return find(id) != end(); }
  bool contains(const IdView& id) const { return find(id) != end(); }
  // The entries of one kind under (schema, name), whatever their parent and signature: a run of
  // the index (indexes and constraints of that name on any table).
  std::span<const IndexEntry> named(model::ObjectKind kind, std::string_view schema, std::string_view name) const;
  // The entries of one kind: a run of the index.
  std::span<const IndexEntry> of_kind(model::ObjectKind kind) const;

 private:
  std::deque<std::string> signatures_;  // what the entries of routines, aggregates and operators point to (a deque: never moved)
  std::vector<IndexEntry> entries_;
  // Open addressing: the high half of an entry's hash, then its position in entries_ + 1; 0 when empty.
  std::vector<std::uint64_t> slots_;
};

CatalogIndex index_catalog(const model::Catalog& catalog);

// Index entries (or ids) grouped under a (schema, name) pair, in the order they were added (index
// order for the groups below); the names and members point into the index or catalog they were
// grouped from.
template <typename Member>
class NamedGroups {
 public:
  using Ids = std::vector<const Member*>;
  void add(std::string_view schema, std::string_view name, const Member* member) { groups_[{schema, name}].push_back(member); }
  // The group under (schema, name); none: empty.
  const Ids& operator()(std::string_view schema, std::string_view name) const {
    static const Ids none;
    auto it = groups_.find({schema, name});
    return it == groups_.end() ? none : it->second;
  }

 private:
  struct Hash {
    std::size_t operator()(const std::pair<std::string_view, std::string_view>& key) const {
      return hash_id(IdView(model::ObjectKind::Schema, key.first, key.second));
    }
  };
  std::unordered_map<std::pair<std::string_view, std::string_view>, Ids, Hash> groups_;
};

// The groups an indexed catalog answers from, built in one walk over its index.
struct CatalogGroups {
  NamedGroups<IndexEntry> columns_by_type;       // (type schema, type name) -> columns of it or arrays of it
  NamedGroups<IndexEntry> parts_by_table;        // (schema, table) -> its columns, constraints, policies, indexes, triggers, rules
  NamedGroups<IndexEntry> partitions_by_parent;  // (schema, partitioned table) -> its partitions
  std::vector<const IndexEntry*> inheritance_children;  // the tables that inherit (INHERITS), in index order
};
CatalogGroups group_catalog(const CatalogIndex& index);

// object -> objects whose definitions reference it, in id order: the keys are the catalog's
// dependency targets, the lists point to its dependency sources (a copy of each id cost 170
// bytes per dependency). Looked up by ObjectId.
struct IdPointerHash {
  using is_transparent = void;
  std::size_t operator()(const model::ObjectId* id) const { return hash_id(*id); }
  std::size_t operator()(const model::ObjectId& id) const { return hash_id(id); }
};
struct IdPointerEqual {
  using is_transparent = void;
  static const model::ObjectId& ref(const model::ObjectId* id) { return *id; }
  static const model::ObjectId& ref(const model::ObjectId& id) { return id; }
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const { return ref(a) == ref(b); }
};
using Dependents = std::unordered_map<const model::ObjectId*, std::vector<const model::ObjectId*>, IdPointerHash, IdPointerEqual>;
Dependents dependents_of(const model::Catalog& catalog);

// Names of the columns a table has through INHERITS (recursively).
std::set<std::string> columns_through_parents(const model::Table& table, const CatalogIndex& index);
// The definition of the column `name` a table has through INHERITS (the nearest parent's), or null.
const model::Column* column_through_parents(const model::Table& table, const CatalogIndex& index, const std::string& name, int depth = 0);
// Names of the CHECK constraints it has through INHERITS (those not NO INHERIT, recursively).
std::set<std::string> checks_through_parents(const model::Table& table, const CatalogIndex& index);

template <typename T>
const T* definition(const CatalogIndex& index, const IdView& id);

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
const T* definition(const CatalogIndex& index, const IdView& id) {
  auto it = index.find(id);
  if (it == index.end()) return nullptr;
  auto* p = std::get_if<const T*>(&it->definition);
  return p ? *p : nullptr;
}

}  // namespace schemadelta::compare

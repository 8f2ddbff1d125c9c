#include "compare/catalog_index.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <tuple>

namespace schemadelta::compare {

using model::ObjectId;
using model::ObjectKind;

namespace {

std::uint64_t fold(std::uint64_t a, std::uint64_t b) {
  const auto product = static_cast<unsigned __int128>(a) * b;
  return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}

// Eight bytes a step, the length first, so "ab" + "c" and "a" + "bc" differ.
std::uint64_t hash_bytes(std::string_view text, std::uint64_t seed) {
  std::uint64_t h = fold(seed ^ text.size(), 0x9e3779b97f4a7c15ull);
  const char* p = text.data();
  std::size_t n = text.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    h = fold(h ^ word, 0xbf58476d1ce4e5b9ull);
  }
  if (n > 0) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, n);
    h = fold(h ^ word, 0x94d049bb133111ebull);
  }
  return h;
}

}  // namespace

std::size_t hash_id(const IdView& id) {
  std::uint64_t h = static_cast<std::uint64_t>(id.kind) + 1;
  for (const std::string_view part : {id.schema, id.name, id.parent, id.signature}) h = hash_bytes(part, h);
  return static_cast<std::size_t>(h);
}

namespace {

bool same_id(const IndexEntry& entry, const IdView& view) {
  return entry.kind() == view.kind && entry.name() == view.name && entry.schema() == view.schema && entry.parent() == view.parent &&
         entry.signature() == view.signature;
}

// Two entries in id order (as their ObjectIds compare); a part both point to (their schema's
// name, mostly) is not read.
std::strong_ordering id_order(const IndexEntry& a, const IndexEntry& b) {
  if (const auto order = a.kind() <=> b.kind(); order != 0) return order;
  for (const auto part : {&IndexEntry::schema, &IndexEntry::name, &IndexEntry::parent, &IndexEntry::signature}) {
    const std::string& x = (a.*part)();
    const std::string& y = (b.*part)();
    if (&x == &y) continue;
    if (const auto order = x <=> y; order != 0) return order;
  }
  return std::strong_ordering::equal;
}

// Puts the entries at first + i in the order given: entries[first + i] takes entries[order[i]],
// in place, one cycle at a time.
void apply_order(std::vector<IndexEntry>& entries, std::size_t first, const std::vector<std::uint32_t>& order) {
  std::vector<bool> placed(order.size(), false);
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (placed[i]) continue;
    IndexEntry held = std::move(entries[first + i]);
    std::size_t at = i;
    while (true) {
      placed[at] = true;
      const std::size_t from = order[at] - first;
      if (from == i) {
        entries[first + at] = std::move(held);
        break;
      }
      entries[first + at] = std::move(entries[first + from]);
      at = from;
    }
  }
}

// Puts [first, last) of the entries in id order; ties (the same id twice) keep the order given.
void sort_run(std::vector<IndexEntry>& entries, std::size_t first, std::size_t last) {
  auto less = [&](std::uint32_t a, std::uint32_t b) {
    const auto order = id_order(entries[a], entries[b]);
    return order != 0 ? order < 0 : a < b;
  };
  bool sorted = true;
  for (std::size_t i = first + 1; i < last && sorted; ++i) sorted = id_order(entries[i - 1], entries[i]) < 0;
  if (sorted) return;
  std::vector<std::uint32_t> order(last - first);
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(first + i);
  std::sort(order.begin(), order.end(), less);
  apply_order(entries, first, order);
}

// A part of a table, as index_catalog orders a schema's parts of one kind: by name, then table
// (tables are ranked in name order), then as given (an equal pair keeps its order: the last
// stays). Sorted on this compact key instead of comparing the entries' strings.
struct PartKey {
  std::uint64_t head = 0, next = 0;  // the name's first 16 bytes, big-endian: compared as integers
  std::uint32_t table_rank = 0, given = 0;
  const std::string* name = nullptr;

  PartKey(const std::string& name_, std::uint32_t rank, std::size_t position)
      : table_rank(rank), given(static_cast<std::uint32_t>(position)), name(&name_) {
    unsigned char bytes[16] = {};
    std::memcpy(bytes, name_.data(), std::min<std::size_t>(16, name_.size()));
    for (int i = 0; i < 8; ++i) head = head << 8 | bytes[i];
    for (int i = 8; i < 16; ++i) next = next << 8 | bytes[i];
  }
  friend bool operator<(const PartKey& a, const PartKey& b) {
    if (a.head != b.head) return a.head < b.head;
    if (a.next != b.next) return a.next < b.next;
    if (a.name->size() > 16 || b.name->size() > 16 || a.name->size() != b.name->size()) {
      if (const int order = a.name->compare(*b.name); order != 0) return order < 0;
    }
    if (a.table_rank != b.table_rank) return a.table_rank < b.table_rank;
    return a.given < b.given;
  }
};

}  // namespace

CatalogIndex::CatalogIndex(std::vector<IndexEntry> entries, std::deque<std::string> signatures)
    : signatures_(std::move(signatures)), entries_(std::move(entries)) {
  // Sorted run by run of one kind (the builder gives each kind's entries together, most already
  // in order), then any kind out of place sorts the whole.
  std::size_t first = 0;
  bool kinds_in_order = true;
  for (std::size_t i = 1; i <= entries_.size(); ++i) {
    if (i < entries_.size() && entries_[i].kind() == entries_[first].kind()) continue;
    if (i < entries_.size() && entries_[i].kind() < entries_[first].kind()) kinds_in_order = false;
    sort_run(entries_, first, i);
    first = i;
  }
  if (!kinds_in_order) sort_run(entries_, 0, entries_.size());
  // Of equal ids the last stays.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (i + 1 < entries_.size() && id_order(entries_[i], entries_[i + 1]) == 0) continue;
    if (kept != i) entries_[kept] = std::move(entries_[i]);
    ++kept;
  }
  entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(kept), entries_.end());
  std::size_t slots = 16;
  while (slots < 2 * entries_.size()) slots *= 2;
  slots_.assign(slots, 0);
  const std::size_t mask = slots - 1;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const std::uint64_t hash = hash_id(entries_[i].view());
    std::size_t at = hash & mask;
    while (slots_[at] != 0) at = (at + 1) & mask;
    slots_[at] = (hash >> 32 << 32) | (i + 1);
  }
}

CatalogIndex::const_iterator CatalogIndex::find(const IdView& id) const {
  if (slots_.empty()) return end();
  const std::size_t mask = slots_.size() - 1;
  const std::uint64_t hash = hash_id(id);
  for (std::size_t at = hash & mask; slots_[at] != 0; at = (at + 1) & mask) {
    if ((slots_[at] >> 32) != (hash >> 32)) continue;  // another id's hash: no need to read its entry
    const auto position = static_cast<std::uint32_t>(slots_[at]) - 1;
    if (same_id(entries_[position], id)) return begin() + position;
  }
  return end();
}

std::span<const IndexEntry> CatalogIndex::named(ObjectKind kind, std::string_view schema, std::string_view name) const {
  auto key = [](const IndexEntry& entry) { return std::tuple(entry.kind(), std::string_view(entry.schema()), std::string_view(entry.name())); };
  const auto wanted = std::tuple(kind, schema, name);
  auto first = std::partition_point(entries_.begin(), entries_.end(), [&](const IndexEntry& e) { return key(e) < wanted; });
  auto last = std::partition_point(first, entries_.end(), [&](const IndexEntry& e) { return key(e) == wanted; });
  return {first, last};
}

std::span<const IndexEntry> CatalogIndex::of_kind(ObjectKind kind) const {
  auto first = std::partition_point(entries_.begin(), entries_.end(), [&](const IndexEntry& e) { return e.kind() < kind; });
  auto last = std::partition_point(first, entries_.end(), [&](const IndexEntry& e) { return e.kind() == kind; });
  return {first, last};
}

CatalogIndex index_catalog(const model::Catalog& catalog) {
  std::vector<IndexEntry> entries;
  std::deque<std::string> signatures;
  // Kind by kind, in ObjectKind's order (each kind's entries together; most come out in id order).
  auto each_schema = [&catalog](const auto& visit) {
    for (const auto& [s, schema] : catalog.schemas) visit(s, schema);
  };
  static const std::string none;
  auto add = [&entries](ObjectKind kind, const std::string& schema, const std::string& name, const std::string& parent,
                        const std::string& signature, Definition definition) {
    entries.emplace_back(kind, schema, name, parent, signature, definition);
  };
  std::size_t count = catalog.schemas.size() + catalog.extensions.size();
  each_schema([&](const std::string&, const model::Schema& schema) {
    count += schema.types.size() + schema.domains.size() + schema.sequences.size() + schema.routines.size() +
             schema.aggregates.size() + schema.operators.size() + schema.tables.size() + schema.views.size() +
             schema.materialized_views.size() + schema.indexes.size() + schema.triggers.size() + schema.rules.size() +
             schema.collations.size() + schema.text_search_dictionaries.size() + schema.text_search_configurations.size();
    for (const auto& [_, table] : schema.tables) count += table.columns.size() + table.constraints.size() + table.policies.size();
  });
  entries.reserve(count);
  // Objects a schema keeps under their names, parts a table keeps, objects named with their table.
  auto by_name = [&](ObjectKind kind, const auto member) {
    each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [name, object] : schema.*member) add(kind, s, name, none, none, &object);
    });
  };
  // A schema's parts of tables are ordered by (name, table): added table by table, then sorted
  // on a compact key (32 bytes a part, for the time of the sort; reserved at the schema's count,
  // as both catalogs are indexed at once).
  std::vector<PartKey> keys;
  std::vector<std::uint32_t> order;
  auto of_tables = [&](ObjectKind kind, const auto& visit_parts) {
    each_schema([&](const std::string& s, const model::Schema& schema) {
      const std::size_t first = entries.size();
      std::size_t count = 0;
      for (const auto& [_, table] : schema.tables) visit_parts(table, [&count](const std::string&, Definition) { ++count; });
      keys.clear();
      keys.reserve(count);
      std::uint32_t rank = 0;
      for (const auto& [table_name, table] : schema.tables) {
        visit_parts(table, [&](const std::string& name, Definition part) {
          keys.emplace_back(name, rank, keys.size());
          add(kind, s, name, table_name, none, part);
        });
        ++rank;
      }
      if (std::is_sorted(keys.begin(), keys.end())) return;
      std::sort(keys.begin(), keys.end());
      order.resize(keys.size());
      for (std::size_t i = 0; i < keys.size(); ++i) order[i] = static_cast<std::uint32_t>(first + keys[i].given);
      apply_order(entries, first, order);
    });
  };
  auto on_tables = [&](ObjectKind kind, const auto member) {
    each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [_, object] : schema.*member) add(kind, s, object.name, object.table, none, &object);
    });
  };
  auto with_signatures = [&](ObjectKind kind, const auto member, const auto& wanted) {
    each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [_, object] : schema.*member) {
        if (wanted(object)) add(kind, s, object.name, none, signatures.emplace_back(object.signature()), &object);
      }
    });
  };
  each_schema([&](const std::string& s, const model::Schema& schema) { add(ObjectKind::Schema, none, s, none, none, &schema); });
  for (const auto& [name, extension] : catalog.extensions) add(ObjectKind::Extension, none, name, none, none, &extension);
  by_name(ObjectKind::Type, &model::Schema::types);
  by_name(ObjectKind::Domain, &model::Schema::domains);
  by_name(ObjectKind::Sequence, &model::Schema::sequences);
  with_signatures(ObjectKind::Function, &model::Schema::routines, [](const model::Routine& r) { return !r.is_procedure; });
  with_signatures(ObjectKind::Procedure, &model::Schema::routines, [](const model::Routine& r) { return r.is_procedure; });
  with_signatures(ObjectKind::Aggregate, &model::Schema::aggregates, [](const auto&) { return true; });
  with_signatures(ObjectKind::Operator, &model::Schema::operators, [](const auto&) { return true; });
  by_name(ObjectKind::Table, &model::Schema::tables);
  of_tables(ObjectKind::Column, [](const model::Table& table, const auto& add_part) {
    for (const auto& column : table.columns) add_part(column.name, &column);
  });
  of_tables(ObjectKind::Constraint, [](const model::Table& table, const auto& add_part) {
    for (const auto& [name, constraint] : table.constraints) add_part(name, &constraint);
  });
  each_schema([&](const std::string& s, const model::Schema& schema) {
    for (const auto& [name, index] : schema.indexes) add(ObjectKind::Index, s, name, index.table, none, &index);
  });
  by_name(ObjectKind::View, &model::Schema::views);
  by_name(ObjectKind::MaterializedView, &model::Schema::materialized_views);
  on_tables(ObjectKind::Trigger, &model::Schema::triggers);
  of_tables(ObjectKind::Policy, [](const model::Table& table, const auto& add_part) {
    for (const auto& [name, policy] : table.policies) add_part(name, &policy);
  });
  on_tables(ObjectKind::Rule, &model::Schema::rules);
  by_name(ObjectKind::Collation, &model::Schema::collations);
  by_name(ObjectKind::TextSearchDictionary, &model::Schema::text_search_dictionaries);
  by_name(ObjectKind::TextSearchConfiguration, &model::Schema::text_search_configurations);
  return CatalogIndex(std::move(entries), std::move(signatures));
}

CatalogGroups group_catalog(const CatalogIndex& index) {
  CatalogGroups groups;
  for (const auto& entry : index) {
    if (!entry.parent().empty()) groups.parts_by_table.add(entry.schema(), entry.parent(), &entry);
    if (entry.kind() == ObjectKind::Column) {
      const auto* column = std::get<const model::Column*>(entry.definition);
      groups.columns_by_type.add(column->type.schema.str(), column->type.name, &entry);
    } else if (entry.kind() == ObjectKind::Table) {
      const auto* table = std::get<const model::Table*>(entry.definition);
      if (table->partition_of) groups.partitions_by_parent.add(table->partition_of->schema, table->partition_of->name, &entry);
      if (!table->inherits.empty()) groups.inheritance_children.push_back(&entry);
    }
  }
  return groups;
}

Dependents dependents_of(const model::Catalog& catalog) {
  Dependents reverse;
  // The dependencies are walked in id order: each list comes out sorted, without repeats.
  for (const auto& [from, targets] : catalog.dependencies) {
    for (const auto& target : targets) reverse[&target].push_back(&from);
  }
  return reverse;
}

namespace {

// The names of a part every parent has (recursively): columns, or the CHECKs children inherit.
template <typename Names>
std::set<std::string> through_parents(const model::Table& table, const CatalogIndex& index, Names names_of, int depth) {
  std::set<std::string> names;
  if (depth > 100) return names;  // a cycle in bad input
  for (const auto& parent : table.inherits) {
    const auto* p = definition<model::Table>(index, {model::ObjectKind::Table, parent.schema, parent.name, "", ""});
    if (!p) continue;
    names_of(*p, names);
    names.merge(through_parents(*p, index, names_of, depth + 1));
  }
  return names;
}

}  // namespace

std::set<std::string> columns_through_parents(const model::Table& table, const CatalogIndex& index) {
  return through_parents(table, index, [](const model::Table& parent, std::set<std::string>& names) {
    for (const auto& column : parent.columns) names.insert(column.name);
  }, 0);
}

const model::Column* column_through_parents(const model::Table& table, const CatalogIndex& index, const std::string& name, int depth) {
  if (depth > 100) return nullptr;
  for (const auto& parent : table.inherits) {
    const auto* p = definition<model::Table>(index, {model::ObjectKind::Table, parent.schema, parent.name, "", ""});
    if (!p) continue;
    if (const auto* column = p->find_column(name)) return column;
    if (const auto* column = column_through_parents(*p, index, name, depth + 1)) return column;
  }
  return nullptr;
}

std::set<std::string> checks_through_parents(const model::Table& table, const CatalogIndex& index) {
  return through_parents(table, index, [](const model::Table& parent, std::set<std::string>& names) {
    for (const auto& [name, constraint] : parent.constraints) {
      if (constraint.kind == model::ConstraintKind::Check && !constraint.no_inherit) names.insert(name);
    }
  }, 0);
}

bool key_reads_column(const model::PartitionKey& key, const std::string& column) {
  auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || (c & 0x80); };
  for (const auto& element : key.elements) {
    const std::string& text = element.canonical;
    for (size_t i = 0; i < text.size();) {
      std::string token;
      if (text[i] == '"') {
        for (++i; i < text.size(); ++i) {
          if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') token += text[++i];
          else if (text[i] == '"') break;
          else token += text[i];
        }
        ++i;
      } else if (is_word(text[i])) {
        while (i < text.size() && is_word(text[i])) token += text[i++];
      } else {
        ++i;
        continue;
      }
      if (token == column) return true;
    }
  }
  return false;
}

bool partitioned_table_rebuilt(const CatalogIndex& before, const CatalogIndex& after, const model::ObjectId& table) {
  const auto* a = definition<model::Table>(before, table);
  const auto* b = definition<model::Table>(after, table);
  if (!a || !b || !a->partition_by) return false;
  if (a->partition_by != b->partition_by) return true;
  for (const auto& column : b->columns) {
    const auto* old = definition<model::Column>(before, {ObjectKind::Column, table.schema, column.name, table.name});
    if (old && (old->type != column.type || old->details->collation != column.details->collation) && key_reads_column(*b->partition_by, column.name)) {
      return true;
    }
  }
  return false;
}

std::optional<model::ObjectId> altered_through_partition_parent(const CatalogIndex& before, const CatalogIndex& after,
                                                                const model::ObjectId& column) {
  const ObjectId table_id{ObjectKind::Table, column.schema, column.parent, "", ""};
  const auto* a = definition<model::Table>(before, table_id);
  const auto* b = definition<model::Table>(after, table_id);
  if (!a || !b || !a->partition_of || a->partition_of != b->partition_of || a->partition_bound != b->partition_bound) return std::nullopt;
  const ObjectId parent_column{ObjectKind::Column, b->partition_of->schema, column.name, b->partition_of->name, ""};
  if (!before.count(parent_column) || !after.count(parent_column) ||
      partitioned_table_rebuilt(before, after, ObjectId{ObjectKind::Table, parent_column.schema, parent_column.parent, "", ""})) {
    return std::nullopt;
  }
  return parent_column;
}

}  // namespace schemadelta::compare

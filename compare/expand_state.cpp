#include "compare/expand_state.h"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>
#include <type_traits>

#include "compare/catalog_index.h"
#include "compare/hazards.h"

namespace schemadelta::compare {

using model::ObjectId;
using model::ObjectKind;

std::string release_phase_name(ReleasePhase phase) { return phase == ReleasePhase::Expand ? "expand" : "contract"; }

bool fits_in_place(const model::TypeRef& from, const model::TypeRef& to) {
  if (from == to) return true;
  const bool character = from.name == "character varying" || from.name == "character" || from.name == "text";
  // widens() lets anything become text (every value has a text form); an application reading
  // numbers or dates would then read strings.
  if (to.is_builtin() && to.name == "text" && (!from.is_builtin() || !character)) return false;
  return widens(from, to);
}

std::vector<Rename> renames_in_expand(const std::vector<Rename>& renames) {
  std::vector<Rename> in_place;
  for (const auto& r : renames) {
    if (r.kind == ObjectKind::Constraint || r.kind == ObjectKind::Index) in_place.push_back(r);
  }
  return in_place;
}

namespace {

const char* const kChangedDefinition =
    "its definition changes: the old version keeps SOURCE's until contract replaces it (give the new one its own name to have both)";

template <typename Map>
void erase_if_absent(Map& map, const CatalogIndex& index) {
  for (auto it = map.begin(); it != map.end();) it = index.count(it->first) ? std::next(it) : map.erase(it);
}

template <typename Map, typename Key>
auto* find(Map& map, const Key& key) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

class Expander {
 public:
  Expander(const model::Catalog& source, const model::Catalog& target, const std::vector<Rename>& renames)
      : source_(source), target_(target), renames_(renames) {
    for (const auto& r : renames) {
      if (r.kind == ObjectKind::Column) {
        column_renames_.push_back(r);
      } else if (r.kind != ObjectKind::Constraint && r.kind != ObjectKind::Index) {
        state_.errors.push_back("--expand-contract cannot rename a " + model::kind_name(r.kind) + " (" + r.schema + "." + r.old_name +
                                "): the old and the new application version would each miss it; rename it in a release of its own");
      }
    }
  }

  ExpandState run() {
    std::vector<std::string> missing;
    state_.catalog = apply_renames(source_, renames_in_expand(renames_), missing);
    state_.catalog.unmanaged.clear();
    for (const auto& [name, extension] : target_.extensions) state_.catalog.extensions[name] = extension;
    for (const auto& [name, schema] : target_.schemas) {
      auto found = state_.catalog.schemas.find(name);
      if (found == state_.catalog.schemas.end()) {
        state_.catalog.schemas.emplace(name, schema);
      } else {
        merge_relations(found->second, schema);
      }
    }
    partitions_follow_parents();
    // Constraints, indexes and triggers last: what they reference is in place by then.
    for (const auto& [name, schema] : target_.schemas) {
      auto& expanded = state_.catalog.schemas.at(name);
      const auto names = names_taken(expanded);  // TARGET's own names never clash: once per schema is enough
      for (const auto& [table_name, table] : schema.tables) {
        if (auto* into = find(expanded.tables, table_name)) merge_table_objects(name, *into, table, names);
      }
      merge_dependents(name, expanded, schema);
    }
    drop_what_needs_contract();
    merge_metadata();
    return std::move(state_);
  }

 private:
  const model::Catalog& source_;
  const model::Catalog& target_;
  const std::vector<Rename>& renames_;
  std::vector<Rename> column_renames_;
  std::set<ObjectId> columns_kept_in_old_type_;
  std::set<ObjectId> added_;  // what TARGET adds that EXPAND holds: dropped again if it needs what waits for contract
  ExpandState state_;

  // (schema, table, column) of each column a foreign key of SOURCE or TARGET references, gathered
  // at the first question instead of walking every constraint of both catalogs per column.
  mutable std::optional<std::set<std::tuple<std::string, std::string, std::string>>> referenced_columns_;
  const std::set<std::tuple<std::string, std::string, std::string>>& referenced_columns() const {
    if (referenced_columns_) return *referenced_columns_;
    auto& columns = referenced_columns_.emplace();
    for (const auto* catalog : {&source_, &target_}) {
      for (const auto& [_, s] : catalog->schemas) {
        for (const auto& [__, table] : s.tables) {
          for (const auto& [___, constraint] : table.constraints) {
            if (constraint.kind != model::ConstraintKind::ForeignKey) continue;
            const auto& fk = constraint.foreign_key;
            for (const auto& referenced : fk.referenced_columns) columns.emplace(fk.referenced_table.schema, fk.referenced_table.name, referenced);
          }
        }
      }
    }
    return columns;
  }

  void defer(ObjectId id, std::string why) { state_.decisions.push_back({std::move(id), ReleasePhase::Contract, std::move(why)}); }
  void early(ObjectId id, std::string why) { state_.decisions.push_back({std::move(id), ReleasePhase::Expand, std::move(why)}); }

  static ObjectId id_of(ObjectKind kind, const std::string& schema, const std::string& name, const std::string& parent = "") {
    ObjectId id;
    id.kind = kind;
    id.schema = schema;
    id.name = name;
    id.parent = parent;
    return id;
  }

  // The names a table takes in its schema's namespace of relations: its own, its keys' indexes',
  // its identity sequences'.
  static std::vector<std::string> relation_names(const model::Table& table) {
    std::vector<std::string> names{table.name};
    for (const auto& [constraint_name, constraint] : table.constraints) {
      if (constraint.kind != model::ConstraintKind::Check && constraint.kind != model::ConstraintKind::ForeignKey) {
        names.push_back(constraint_name);
      }
    }
    for (const auto& column : table.columns) {
      if (!column.details->identity->sequence_name.empty()) names.push_back(column.details->identity->sequence_name);
    }
    return names;
  }

  static std::optional<std::string> first_taken(const std::vector<std::string>& wanted, const std::set<std::string>& names) {
    for (const auto& name : wanted) {
      if (names.count(name)) return name;
    }
    return std::nullopt;
  }

  // Relations and types share one namespace per schema (a table's row type is a type).
  static std::set<std::string> names_taken(const model::Schema& schema) {
    std::set<std::string> names;
    for (const auto& [name, table] : schema.tables) {
      for (auto& taken : relation_names(table)) names.insert(std::move(taken));
    }
    for (const auto* map : {&schema.views, &schema.materialized_views}) {
      for (const auto& [name, _] : *map) names.insert(name);
    }
    for (const auto& [name, _] : schema.sequences) names.insert(name);
    for (const auto& [name, _] : schema.indexes) names.insert(name);
    for (const auto& [name, _] : schema.types) names.insert(name);
    for (const auto& [name, _] : schema.domains) names.insert(name);
    return names;
  }

  // Adds TARGET's objects the expanded schema lacks; keeps SOURCE's definition of a changed one.
  template <typename Object>
  static ObjectId object_id(ObjectKind kind, const std::string& schema, const Object& object, const std::string& parent) {
    auto id = id_of(kind, schema, object.name, parent);
    if constexpr (requires { object.signature(); }) id.signature = object.signature();
    if constexpr (std::is_same_v<Object, model::Routine>) {
      if (object.is_procedure) id.kind = ObjectKind::Procedure;
    }
    return id;
  }

  template <typename Map>
  void union_by_name(const std::string& schema, Map& into, const Map& from, ObjectKind kind, std::set<std::string>* names,
                     const std::string& parent = "") {
    for (const auto& [key, object] : from) {
      auto* existing = find(into, key);
      const auto id = object_id(kind, schema, object, parent);
      if (existing) {
        if (!(*existing == object)) defer(id, kChangedDefinition);
        continue;
      }
      if (names && names->count(object.name)) {
        defer(id, "takes a name SOURCE still uses for another object: it can be created only once contract has removed that");
        continue;
      }
      into.emplace(key, object);
      if (names) names->insert(object.name);
      added_.insert(id);
    }
  }

  void merge_relations(model::Schema& into, const model::Schema& from) {
    auto names = names_taken(into);
    const std::string& schema = from.name.empty() ? into.name : from.name;
    for (const auto& [name, table] : from.tables) {
      if (auto* existing = find(into.tables, name)) {
        merge_columns(schema, *existing, table);
      } else if (const auto clash = first_taken(relation_names(table), names)) {
        defer(id_of(ObjectKind::Table, schema, name), "it or its key takes the name " + *clash +
                                                          ", which SOURCE still uses for another object: created once contract has removed that");
      } else {
        into.tables.emplace(name, table);
        for (const auto& taken : relation_names(table)) names.insert(taken);
        added_.insert(id_of(ObjectKind::Table, schema, name));
      }
    }
    union_by_name(schema, into.sequences, from.sequences, ObjectKind::Sequence, &names);
    for (const auto& [name, type] : from.types) {
      auto* kept = find(into.types, name);
      if (!kept) {
        if (names.count(name)) {
          defer(id_of(ObjectKind::Type, schema, name), "takes a name SOURCE still uses for another object: created once contract has removed that");
        } else {
          into.types.emplace(name, type);
          names.insert(name);
          added_.insert(id_of(ObjectKind::Type, schema, name));
        }
      } else if (kept->kind == model::TypeKind::Enum && type.kind == model::TypeKind::Enum && *kept != type &&
                 is_subsequence(kept->enum_labels, type.enum_labels)) {
        kept->enum_labels = type.enum_labels;  // new values only: both versions read every old one
      } else if (*kept != type) {
        defer(id_of(ObjectKind::Type, schema, name), kChangedDefinition);
      }
    }
    for (const auto& [name, domain] : from.domains) {
      if (auto* kept = find(into.domains, name)) loosen_domain(*kept, domain);
    }
    union_by_name(schema, into.domains, from.domains, ObjectKind::Domain, &names);
    union_by_name(schema, into.routines, from.routines, ObjectKind::Function, nullptr);
    union_by_name(schema, into.aggregates, from.aggregates, ObjectKind::Aggregate, nullptr);
    union_by_name(schema, into.operators, from.operators, ObjectKind::Operator, nullptr);
    union_by_name(schema, into.collations, from.collations, ObjectKind::Collation, nullptr);
    union_by_name(schema, into.text_search_dictionaries, from.text_search_dictionaries, ObjectKind::TextSearchDictionary, nullptr);
    union_by_name(schema, into.text_search_configurations, from.text_search_configurations, ObjectKind::TextSearchConfiguration, nullptr);
    union_by_name(schema, into.views, from.views, ObjectKind::View, &names);
    union_by_name(schema, into.materialized_views, from.materialized_views, ObjectKind::MaterializedView, &names);
  }

  // A domain that loosens (drops NOT NULL or a CHECK) does so in expand: both versions write
  // what the old one allows, and the new version's columns of it may need the room (a column
  // added empty). What tightens it, and any other change, waits for contract.
  static void loosen_domain(model::Domain& kept, const model::Domain& wanted) {
    if (kept == wanted || kept.base_type != wanted.base_type || kept.collation != wanted.collation) return;
    model::Domain loosened = kept;
    loosened.not_null = kept.not_null && wanted.not_null;
    std::erase_if(loosened.constraints, [&](const auto& entry) {
      auto same = wanted.constraints.find(entry.first);
      return same == wanted.constraints.end() || !(same->second == entry.second);
    });
    kept = loosened;  // the rest, if any, is deferred as a changed definition by union_by_name
  }

  static bool is_subsequence(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
    size_t at = 0;
    for (const auto& label : whole) {
      if (at < part.size() && part[at] == label) ++at;
    }
    return at == part.size();
  }

  const Rename* renamed_from(const std::string& schema, const std::string& table, const std::string& column) const {
    for (const auto& r : column_renames_) {
      if (r.schema == schema && r.table == table && r.old_name == column) return &r;
    }
    return nullptr;
  }

  bool renamed_to(const std::string& schema, const std::string& table, const std::string& column) const {
    return std::any_of(column_renames_.begin(), column_renames_.end(),
                       [&](const Rename& r) { return r.schema == schema && r.table == table && r.new_name == column; });
  }

  // A partition has its parent's columns, no more and no fewer: one EXPAND adds to a parent (a
  // renamed column's new form, a column TARGET adds) is added, with its default, to the
  // partitions that list theirs.
  // A NOT NULL that expand drops from a parent's column is dropped from the partitions' too (DROP
  // NOT NULL on a partitioned table reaches every partition).
  void partitions_follow_parents() {
    for (auto& [schema_name, schema] : state_.catalog.schemas) {
      for (auto& [table_name, table] : schema.tables) {
        if (!table.partition_of || table.columns.empty()) continue;
        const auto* parent_schema = state_.catalog.find_schema(table.partition_of->schema);
        const auto* parent = parent_schema ? find(parent_schema->tables, table.partition_of->name) : nullptr;
        if (!parent) continue;
        const auto* source_schema = source_.find_schema(table.partition_of->schema);
        const auto* source_parent = source_schema ? find(source_schema->tables, table.partition_of->name) : nullptr;
        for (auto& column : table.columns) {
          const auto* now = parent->find_column(column.name);
          const auto* was = source_parent ? source_parent->find_column(column.name) : nullptr;
          if (now && was && was->not_null && !now->not_null) column.not_null = false;
        }
        // ADD COLUMN on the parent gives the partitions its default too.
        for (const auto& column : parent->columns) {
          if (!table.find_column(column.name)) table.columns.push_back(column);
        }
      }
    }
  }

  static bool needs_value(const model::Column& column) {
    return column.not_null && !column.default_value && column.details->identity->kind == model::IdentityKind::None && !column.details->generated;
  }

  void merge_columns(const std::string& schema, model::Table& into, const model::Table& from) {
    std::vector<model::Column> added;
    for (auto& column : into.columns) {
      const ObjectId id = id_of(ObjectKind::Column, schema, column.name, into.name);
      if (const auto* rename = renamed_from(schema, into.name, column.name)) {
        const auto* renamed = from.find_column(rename->new_name);
        if (!renamed) continue;  // compare reports the rename of an absent column
        start_sync(schema, into.name, column, *renamed);
        added.push_back(state_.syncs.back().new_column);
        continue;
      }
      const auto* wanted = from.find_column(column.name);
      // A child's column may come from its parents in TARGET (a partition lists none of its own).
      if (!wanted && (!from.inherits.empty() || from.partition_of)) continue;
      if (!wanted) {
        // Dropped in contract; the new version inserts without it meanwhile.
        if (needs_value(column)) {
          column.not_null = false;
          early(id, "TARGET drops the column: its NOT NULL goes in expand, so the new version can insert rows without it");
        }
        continue;
      }
      if (const auto shadow = shadow_for(schema, into, from, column, *wanted); shadow) {
        start_sync(schema, into.name, column, *wanted);
        state_.syncs.back().new_column.name = *shadow;
        state_.swaps.push_back({schema, into.name, column.name, *shadow});
        added.push_back(state_.syncs.back().new_column);
        state_.decisions.push_back({id_of(ObjectKind::Column, schema, *shadow, into.name), ReleasePhase::Expand,
                                    "the new form of " + column.name + " (" + model::to_string(wanted->type) +
                                        ", which old values do not fit in place): expand adds it beside the old one, a trigger keeps "
                                        "both equal and existing rows are backfilled; contract drops the old column and gives this "
                                        "one its name"});
        std::erase_if(state_.decisions, [&](const PhaseDecision& d) {
          return d.id == id_of(ObjectKind::Column, schema, wanted->name, into.name) && d.why.starts_with("renamed from");
        });
        continue;
      }
      merge_column(id, column, *wanted);
    }
    for (const auto& column : from.columns) {
      if (into.find_column(column.name) || renamed_to(schema, into.name, column.name)) continue;
      if (into.partition_of) {
        // A partition has its parent's columns only ("cannot add column to a partition"): those
        // its EXPAND parent gains follow it; one its parent lacks comes with a move in contract.
        defer(id_of(ObjectKind::Column, schema, column.name, into.name), "a partition's columns are its parent's: it gets this one in contract");
        continue;
      }
      auto fresh = column;
      if (needs_value(fresh)) {
        fresh.not_null = false;
        defer(id_of(ObjectKind::Column, schema, column.name, into.name),
              "NOT NULL without a default: the old version inserts rows without the column, so contract sets NOT NULL");
      }
      added.push_back(std::move(fresh));
    }
    for (auto& column : added) {
      added_.insert(id_of(ObjectKind::Column, schema, column.name, into.name));
      into.columns.push_back(std::move(column));
    }
    auto attributes = [](model::Table table) {
      table.columns.clear();
      table.constraints.clear();
      table.policies.clear();
      return table;
    };
    if (!(attributes(into) == attributes(from))) {
      defer(id_of(ObjectKind::Table, schema, into.name), "table attributes (storage, partitioning, inheritance, row security) change in contract");
    }
  }

  // The shadow's name for a column whose type changes incompatibly, when the column can be
  // swapped: a plain column (no identity, generation or partitioning around it) that nothing in
  // TARGET reads by expression (views, routines, checks, policies, triggers, index expressions:
  // those would name the column while contract renames it), and a name that fits and is free.
  std::optional<std::string> shadow_for(const std::string& schema, const model::Table& into, const model::Table& from,
                                        const model::Column& column, const model::Column& wanted) const {
    if (column.type == wanted.type || fits_in_place(column.type, wanted.type)) return std::nullopt;
    if (column.details->generated || wanted.details->generated || column.details->identity->kind != model::IdentityKind::None ||
        wanted.details->identity->kind != model::IdentityKind::None) {
      return std::nullopt;
    }
    if (into.partition_by || into.partition_of || !into.inherits.empty() || from.partition_by || from.partition_of || !from.inherits.empty()) {
      return std::nullopt;
    }
    // Types without an equality operator cannot be kept in step (IS DISTINCT FROM needs one).
    static const std::set<std::string> without_equality{"json", "xml", "point", "line", "lseg", "box", "path", "polygon", "circle"};
    if (without_equality.count(column.type.name) || without_equality.count(wanted.type.name)) return std::nullopt;
    // The backfill updates every row: a table with triggers of its own would see them fire.
    const auto* source_schema = source_.find_schema(schema);
    if (source_schema) {
      for (const auto& [key, _] : source_schema->triggers) {
        if (key.first == into.name) return std::nullopt;
      }
    }
    // A key's column: the key would have to move to the shadow and back (not done yet).
    auto in_key = [&](const model::Table& table) {
      for (const auto& [_, constraint] : table.constraints) {
        if (std::find(constraint.columns.begin(), constraint.columns.end(), column.name) != constraint.columns.end()) return true;
      }
      return false;
    };
    if (in_key(into) || in_key(from)) return std::nullopt;
    if (referenced_columns().count({schema, into.name, column.name})) return std::nullopt;
    const std::string shadow = "schemadelta_new_" + column.name;
    if (shadow.size() > 63 || into.find_column(shadow) || from.find_column(shadow)) return std::nullopt;
    const auto column_id = id_of(ObjectKind::Column, schema, column.name, into.name);
    const auto table_id = id_of(ObjectKind::Table, schema, into.name);
    for (const auto& [dependent, needs] : target_.dependencies) {
      if (!needs.count(column_id)) continue;
      if (dependent == table_id || dependent == column_id) continue;
      const bool keyed = dependent.kind == ObjectKind::Constraint || dependent.kind == ObjectKind::Index;
      if (!keyed) return std::nullopt;
    }
    // Keys and indexes follow a renamed column only when they list it plainly.
    const auto* target_schema = target_.find_schema(schema);
    for (const auto& [_, index] : target_schema->indexes) {
      if (index.table != into.name) continue;
      for (const auto& element : index.elements) {
        if (element.expression.canonical != column.name && element.expression.canonical.find(column.name) != std::string::npos) {
          return std::nullopt;
        }
      }
      if (index.where && index.where->canonical.find(column.name) != std::string::npos) return std::nullopt;
    }
    for (const auto& [_, constraint] : from.constraints) {
      if (constraint.check && constraint.check->canonical.find(column.name) != std::string::npos) return std::nullopt;
      if (constraint.kind == model::ConstraintKind::Exclude) return std::nullopt;
    }
    return shadow;
  }

  // A column that the partition key of its table, or of a table its table is a partition of,
  // reads (in EXPAND as in SOURCE): a partition has its parents' columns with their types.
  bool read_by_partition_key(const ObjectId& column) const {
    model::QualifiedName at{column.schema, column.parent};
    for (int depth = 0; depth < 100; ++depth) {
      const auto* schema = state_.catalog.find_schema(at.schema);
      if (!schema) return false;
      auto table = schema->tables.find(at.name);
      if (table == schema->tables.end()) return false;
      if (table->second.partition_by && key_reads_column(*table->second.partition_by, column.name)) return true;
      if (!table->second.partition_of) return false;
      at = *table->second.partition_of;
    }
    return false;
  }

  void merge_column(const ObjectId& id, model::Column& column, const model::Column& wanted) {
    bool type_kept = false;
    if (column.type != wanted.type || column.details->collation != wanted.details->collation) {
      if (read_by_partition_key(id)) {
        // No ALTER changes it: the table is rebuilt (dropped and created), which only contract may do.
        type_kept = true;
        columns_kept_in_old_type_.insert(id);
        defer(id, "changes type from " + model::to_string(column.type) + " to " + model::to_string(wanted.type) +
                      " and its table's partition key reads it: no ALTER can change it, so contract rebuilds the table");
      } else if (fits_in_place(column.type, wanted.type)) {
        column.type = wanted.type;
        if (column.details->collation != wanted.details->collation) column.details.edit().collation = wanted.details->collation;
      } else {
        type_kept = true;
        columns_kept_in_old_type_.insert(id);
        defer(id, "changes type from " + model::to_string(column.type) + " to " + model::to_string(wanted.type) +
                      ", which old values do not fit: one column cannot have two types, so contract converts it in place (to keep "
                      "both versions running, give the new form its own name and pass --rename)");
      }
    }
    if (column.not_null && !wanted.not_null) column.not_null = false;
    if (!column.not_null && wanted.not_null) {
      defer(id, "becomes NOT NULL: the old version may still write NULL, so contract sets it (after a validated CHECK: a short lock)");
    }
    if (column.default_value != wanted.default_value) {
      if (wanted.default_value && !type_kept) {
        column.default_value = wanted.default_value;
      } else {
        defer(id, "its default goes in contract: the old version may rely on it");
      }
    }
    auto rest = [](model::Column c) {
      c.type = {};
      if (auto* held = c.details.held()) held->collation.reset();
      c.not_null = false;
      c.default_value.reset();
      return c;
    };
    if (!(rest(column) == rest(wanted))) defer(id, "its identity, generation or storage changes in contract");
  }

  void start_sync(const std::string& schema, const std::string& table, model::Column& old_column, const model::Column& renamed) {
    ColumnSync sync;
    sync.schema = schema;
    sync.table = table;
    if (renamed.details->generated || renamed.details->identity->kind != model::IdentityKind::None || old_column.details->generated ||
        old_column.details->identity->kind != model::IdentityKind::None) {
      state_.errors.push_back("--expand-contract cannot keep " + schema + "." + table + "." + old_column.name + " and " + renamed.name +
                              " in step: a generated or identity column is written by the server, not by the applications");
    }
    // Both forms are written by both versions: NOT NULL holds only when both sides promise values.
    if (!renamed.not_null) old_column.not_null = false;
    sync.old_column = old_column;
    sync.new_column = renamed;
    sync.new_column.not_null = false;        // backfilled after expand commits; contract sets NOT NULL
    sync.new_column.default_value.reset();   // the trigger fills it from the old form; contract sets the default
    state_.syncs.push_back(sync);
    early(id_of(ObjectKind::Column, schema, renamed.name, table),
          "renamed from " + old_column.name + ": expand adds it beside the old form, a trigger keeps both equal in both directions and "
          "existing rows are backfilled in batches; contract drops the trigger and the old form");
  }

  // The columns of its table a constraint reads: its key columns, and those its CHECK expression
  // names (TARGET's dependencies).
  std::vector<std::string> columns_read(const std::string& schema, const std::string& table, const std::string& name,
                                        const model::Constraint& constraint) const {
    std::vector<std::string> columns = constraint.columns;
    auto uses = target_.dependencies.find(id_of(ObjectKind::Constraint, schema, name, table));
    if (uses == target_.dependencies.end()) return columns;
    for (const auto& used : uses->second) {
      if (used.kind == ObjectKind::Column && used.schema == schema && used.parent == table) columns.push_back(used.name);
    }
    return columns;
  }

  bool uses_kept_type(const std::string& schema, const std::string& table, const std::vector<std::string>& columns) const {
    return std::any_of(columns.begin(), columns.end(), [&](const std::string& column) {
      return columns_kept_in_old_type_.count(id_of(ObjectKind::Column, schema, column, table)) > 0;
    });
  }

  bool table_exists(const model::QualifiedName& name) const {
    const auto* schema = state_.catalog.find_schema(name.schema);
    return schema && schema->tables.count(name.name);
  }

  // `names`: the schema's relation names, taken once per schema (not once per table).
  void merge_table_objects(const std::string& schema, model::Table& into, const model::Table& from, const std::set<std::string>& names) {
    std::set<std::string> keys;
    for (const auto& [name, constraint] : into.constraints) {
      if (constraint.kind == model::ConstraintKind::PrimaryKey) keys.insert(name);
    }
    for (const auto& [name, constraint] : from.constraints) {
      const ObjectId id = id_of(ObjectKind::Constraint, schema, name, into.name);
      auto* existing = find(into.constraints, name);
      if (existing) {
        if (!(*existing == constraint)) defer(id, kChangedDefinition);
        continue;
      }
      const bool indexed = constraint.kind != model::ConstraintKind::Check && constraint.kind != model::ConstraintKind::ForeignKey;
      if (constraint.kind == model::ConstraintKind::PrimaryKey && !keys.empty()) {
        defer(id, "the table keeps SOURCE's primary key until contract replaces it");
      } else if (indexed && names.count(name)) {
        defer(id, "takes a name SOURCE still uses for another object: created once contract has removed that");
      } else if (uses_kept_type(schema, into.name, columns_read(schema, from.name, name, constraint))) {
        defer(id, "reads a column whose type changes in contract");
      } else if (constraint.kind == model::ConstraintKind::ForeignKey && !table_exists(constraint.foreign_key.referenced_table)) {
        defer(id, "references a table created in contract");
      } else {
        into.constraints.emplace(name, constraint);
        added_.insert(id);
      }
    }
    // Checks and foreign keys TARGET no longer has go in expand: the new version may write what they forbid.
    for (auto it = into.constraints.begin(); it != into.constraints.end();) {
      const auto& [name, constraint] = *it;
      const bool relaxable = constraint.kind == model::ConstraintKind::Check || constraint.kind == model::ConstraintKind::ForeignKey;
      if (relaxable && !from.constraints.count(name)) {
        early(id_of(ObjectKind::Constraint, schema, name, into.name), "TARGET drops it: dropped in expand, so the new version may write what it forbade");
        it = into.constraints.erase(it);
      } else {
        ++it;
      }
    }
    union_by_name(schema, into.policies, from.policies, ObjectKind::Policy, nullptr, into.name);
  }

  // A partitioned table's index that TARGET gives another name only: the old one goes in expand.
  // Two equal partitioned indexes would each have a clone in every partition, and a snapshot
  // cannot tell which clone belongs to which (PostgreSQL pairs them in creation order).
  void swap_equal_partitioned_index(const std::string& schema, model::Schema& into, const model::Schema& from, const model::Index& index) {
    const auto* table = find(into.tables, index.table);
    if (!table || !table->partition_by) return;
    for (auto it = into.indexes.begin(); it != into.indexes.end(); ++it) {
      auto same = it->second;
      same.name = index.name;
      if (from.indexes.count(it->first) || !(same == index)) continue;
      early(id_of(ObjectKind::Index, schema, it->first, index.table),
            "TARGET has it as " + index.name + ": on a partitioned table the old name goes in expand (equal partitioned indexes cannot be told apart)");
      const std::string old_name = it->first;
      into.indexes.erase(it);
      for (auto& [_, clone] : into.indexes) {
        if (clone.attached_to && clone.attached_to->schema == schema && clone.attached_to->name == old_name) clone.attached_to->name = index.name;
      }
      return;
    }
  }

  void merge_dependents(const std::string& schema, model::Schema& into, const model::Schema& from) {
    auto names = names_taken(into);
    for (const auto& [name, index] : from.indexes) {
      const ObjectId id = id_of(ObjectKind::Index, schema, name, index.table);
      if (auto* existing = find(into.indexes, name)) {
        if (!(*existing == index)) defer(id, kChangedDefinition);
      } else if (!into.tables.count(index.table) && !into.materialized_views.count(index.table)) {
        defer(id, "its table is created in contract");
      } else if (names.count(name)) {
        defer(id, "takes a name SOURCE still uses for another object: created once contract has removed that");
      } else if (const auto* parent = index.attached_to ? find(into.indexes, index.attached_to->name) : nullptr;
                 parent && index.attached_to->schema == schema && from.indexes.count(parent->name) && !(*parent == from.indexes.at(parent->name))) {
        defer(id, "a partition's index of a partitioned index whose definition changes in contract");
      } else {
        swap_equal_partitioned_index(schema, into, from, index);
        into.indexes.emplace(name, index);
        names.insert(name);
        added_.insert(id);
      }
    }
    for (const auto& [key, trigger] : from.triggers) {
      if (auto* existing = find(into.triggers, key)) {
        if (!(*existing == trigger)) defer(id_of(ObjectKind::Trigger, schema, trigger.name, trigger.table), kChangedDefinition);
      } else if (!into.tables.count(trigger.table) && !into.views.count(trigger.table)) {
        defer(id_of(ObjectKind::Trigger, schema, trigger.name, trigger.table), "its table is created in contract");
      } else {
        into.triggers.emplace(key, trigger);
        added_.insert(id_of(ObjectKind::Trigger, schema, trigger.name, trigger.table));
      }
    }
    for (const auto& [key, rule] : from.rules) {
      if (auto* existing = find(into.rules, key)) {
        if (!(*existing == rule)) defer(id_of(ObjectKind::Rule, schema, key.second, key.first), kChangedDefinition);
      } else if (into.tables.count(key.first) || into.views.count(key.first)) {
        into.rules.emplace(key, rule);
      }
    }
  }

  // What TARGET adds that needs an object EXPAND lacks (it waits for contract) waits too, as does
  // a new partition of a table that is partitioned only from contract on; until nothing changes.
  void drop_what_needs_contract() {
    const auto target_index = index_catalog(target_);
    for (bool dropped = true; dropped;) {
      dropped = false;
      const auto index = index_catalog(state_.catalog);
      for (auto it = added_.begin(); it != added_.end();) {
        const auto why = missing_need(*it, index, target_index);
        if (!why) {
          ++it;
          continue;
        }
        erase_object(*it);
        defer(*it, *why);
        it = added_.erase(it);
        dropped = true;
        break;  // the index is stale now
      }
    }
  }

  std::optional<std::string> missing_need(const ObjectId& id, const CatalogIndex& index, const CatalogIndex& target_index) const {
    if (id.kind == ObjectKind::Table) {
      const auto* table = definition<model::Table>(index, id);
      if (table && table->partition_of) {
        const auto* parent = definition<model::Table>(index, id_of(ObjectKind::Table, table->partition_of->schema, table->partition_of->name));
        if (!parent || !parent->partition_by) return "a partition of a table partitioned only from contract on";
        if (const auto index = parent_index_not_in_target(*table->partition_of)) {
          return "a new partition gets an index of each of its parent's, and the parent keeps SOURCE's " + *index +
                 " until contract: the partition is created then";
        }
        if (const auto leaving = partition_leaving_in_contract(*table->partition_of, target_index)) {
          return "its parent keeps its partition " + *leaving + " until contract drops it, and the two may claim the same rows "
                 "(the same bound, or DEFAULT twice): the partition is created then";
        }
      }
      for (const auto& parent_name : table ? table->inherits : std::vector<model::QualifiedName>{}) {
        if (!index.count(id_of(ObjectKind::Table, parent_name.schema, parent_name.name))) return "inherits from a table contract creates";
      }
    }
    // A partition's copy of its parent's index has no dependencies of its own in the model (the
    // parser derives it after they are found): its table is its need.
    if (id.kind == ObjectKind::Index && !id.parent.empty() && !index.count(id_of(ObjectKind::Table, id.schema, id.parent)) &&
        !index.count(id_of(ObjectKind::MaterializedView, id.schema, id.parent))) {
      return "its table is created in contract";
    }
    auto needs = target_.dependencies.find(id);
    if (needs == target_.dependencies.end()) return std::nullopt;
    for (const auto& need : needs->second) {
      if (target_index.count(need) && !index.count(need)) return "needs " + model::describe(need) + ", which contract creates";
    }
    return std::nullopt;
  }

  // A partition of `parent` EXPAND keeps that TARGET drops (or moves: renamed, another schema).
  std::optional<std::string> partition_leaving_in_contract(const model::QualifiedName& parent, const CatalogIndex& target_index) const {
    for (const auto& [schema_name, schema] : state_.catalog.schemas) {
      for (const auto& [name, table] : schema.tables) {
        if (table.partition_of != parent || target_index.count(id_of(ObjectKind::Table, schema_name, name))) continue;
        return schema_name + "." + name;
      }
    }
    return std::nullopt;
  }

  // A partitioned index (or key) EXPAND's table has that TARGET's lacks or has otherwise: a
  // partition created meanwhile would get a copy of it that TARGET does not expect.
  std::optional<std::string> parent_index_not_in_target(const model::QualifiedName& parent) const {
    const auto* expanded = state_.catalog.find_schema(parent.schema);
    const auto* wanted = target_.find_schema(parent.schema);
    if (!expanded || !wanted) return std::nullopt;
    for (const auto& [name, index] : expanded->indexes) {
      if (index.table != parent.name) continue;
      auto other = wanted->indexes.find(name);
      if (other == wanted->indexes.end() || !(other->second == index)) return "index " + name;
    }
    const auto& table = expanded->tables.at(parent.name);
    auto target_table = wanted->tables.find(parent.name);
    for (const auto& [name, constraint] : table.constraints) {
      if (constraint.kind == model::ConstraintKind::Check || constraint.kind == model::ConstraintKind::ForeignKey) continue;
      if (target_table == wanted->tables.end() || !target_table->second.constraints.count(name) ||
          !(target_table->second.constraints.at(name) == constraint)) {
        return "key " + name;
      }
    }
    return std::nullopt;
  }

  void erase_object(const ObjectId& id) {
    auto* schema = find(state_.catalog.schemas, id.schema);
    if (!schema) return;
    auto erase_table_part = [&](auto member) {
      if (auto* table = find(schema->tables, id.parent)) member(*table);
    };
    switch (id.kind) {
      case ObjectKind::Table: schema->tables.erase(id.name); break;
      case ObjectKind::View: schema->views.erase(id.name); break;
      case ObjectKind::MaterializedView: schema->materialized_views.erase(id.name); break;
      case ObjectKind::Sequence: schema->sequences.erase(id.name); break;
      case ObjectKind::Index: schema->indexes.erase(id.name); break;
      case ObjectKind::Type: schema->types.erase(id.name); break;
      case ObjectKind::Domain: schema->domains.erase(id.name); break;
      case ObjectKind::Function: case ObjectKind::Procedure:
        std::erase_if(schema->routines, [&](const auto& entry) { return entry.second.name == id.name && entry.second.signature() == id.signature; });
        break;
      case ObjectKind::Aggregate:
        std::erase_if(schema->aggregates, [&](const auto& entry) { return entry.second.name == id.name && entry.second.signature() == id.signature; });
        break;
      case ObjectKind::Operator:
        std::erase_if(schema->operators, [&](const auto& entry) { return entry.second.name == id.name && entry.second.signature() == id.signature; });
        break;
      case ObjectKind::Trigger: schema->triggers.erase({id.parent, id.name}); break;
      case ObjectKind::Rule: schema->rules.erase({id.parent, id.name}); break;
      case ObjectKind::Collation: schema->collations.erase(id.name); break;
      case ObjectKind::TextSearchDictionary: schema->text_search_dictionaries.erase(id.name); break;
      case ObjectKind::TextSearchConfiguration: schema->text_search_configurations.erase(id.name); break;
      case ObjectKind::Column:
        erase_table_part([&](model::Table& t) { std::erase_if(t.columns, [&](const model::Column& c) { return c.name == id.name; }); });
        break;
      case ObjectKind::Constraint: erase_table_part([&](model::Table& t) { t.constraints.erase(id.name); }); break;
      case ObjectKind::Policy: erase_table_part([&](model::Table& t) { t.policies.erase(id.name); }); break;
      default: break;
    }
  }

  // Comments and owners as TARGET says for what EXPAND holds; grants of both versions together.
  void merge_metadata() {
    auto& catalog = state_.catalog;
    for (const auto& [id, comment] : target_.comments) catalog.comments[id] = comment;
    for (const auto& [id, owner] : target_.owners) catalog.owners.emplace(id, owner);
    for (const auto& [id, grants] : target_.privileges) {
      auto& kept = catalog.privileges[id];
      kept.insert(grants.begin(), grants.end());
    }
    const auto index = index_catalog(catalog);
    erase_if_absent(catalog.comments, index);
    erase_if_absent(catalog.owners, index);
    erase_if_absent(catalog.privileges, index);
    // What each object references, as either side read it: the DDL of EXPAND is written in that order.
    for (const auto& [id, references] : target_.dependencies) catalog.dependencies[id].insert(references.begin(), references.end());
    erase_if_absent(catalog.dependencies, index);
    catalog.locations.clear();
  }
};

}  // namespace

ExpandState expand_state(const model::Catalog& source, const model::Catalog& target, const std::vector<Rename>& renames) {
  return Expander(source, target, renames).run();
}

}  // namespace schemadelta::compare

#include "compare/order_changes.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "compare/catalog_index.h"
#include "compare/dependency_order.h"

namespace schemadelta::compare {

using model::ObjectId;
using model::ObjectKind;

namespace {


bool identity_removed(const CatalogIndex& before, const CatalogIndex& after, const ObjectId& column) {
  const auto* from = definition<model::Column>(before, column);
  const auto* to = definition<model::Column>(after, column);
  return from && to && from->details->identity->kind != model::IdentityKind::None && to->details->identity->kind == model::IdentityKind::None;
}

bool is_foreign_key(const CatalogIndex& index, const ObjectId& id) {
  const auto* c = definition<model::Constraint>(index, id);
  return c && c->kind == model::ConstraintKind::ForeignKey;
}

// Whether an object the script drops holds a name the target gives to an object (another one, or
// itself created anew): then the drop runs before anything is created, or CREATE ... IF NOT EXISTS
// would find the old object and the new one would never be made.
bool frees_a_taken_name(const ObjectId& dropped, const CatalogIndex& before, const SharedNames& after, const OwnedRelationNames& owned) {
  const std::pair<std::string, std::string> name{dropped.schema, dropped.name};
  switch (dropped.kind) {
    case ObjectKind::Table: {
      // Its keys' indexes go with it: a new table may take their names (a table renamed
      // without --rename keeps its constraint names).
      if (auto it = owned.find(name); it != owned.end()) {
        for (const auto& index : it->second) {
          if (after.relations.count({dropped.schema, index})) return true;
        }
      }
      return after.relations.count(name) || after.types.count(name);
    }
    case ObjectKind::View: case ObjectKind::MaterializedView:
      return after.relations.count(name) || after.types.count(name);
    case ObjectKind::Sequence: return after.relations.count(name) > 0;
    case ObjectKind::Domain: return after.types.count(name) > 0;
    case ObjectKind::Type: {
      const auto* t = definition<model::Type>(before, dropped);
      return after.types.count(name) || (t && t->kind == model::TypeKind::Composite && after.relations.count(name));
    }
    default: return false;
  }
}

bool inherits_from_parents(const CatalogIndex& before, const ObjectId& table) {
  const auto* t = definition<model::Table>(before, table);
  return t && !t->inherits.empty();
}

// Whether a table's inheritance change can run before the other tables' columns change: it joins
// no parent, and every column it keeps of those it inherited has TARGET's type already (the
// parent's ALTER TYPE would otherwise be what gives the kept column its new type).
bool leaves_parents_early(const CatalogIndex& before, const CatalogIndex& after, const ObjectId& table) {
  const auto* a = definition<model::Table>(before, table);
  const auto* b = definition<model::Table>(after, table);
  if (!a || !b) return false;
  auto had = [](const model::Table& t, const model::QualifiedName& parent) {
    return std::find(t.inherits.begin(), t.inherits.end(), parent) != t.inherits.end();
  };
  if (!std::all_of(b->inherits.begin(), b->inherits.end(), [&](const auto& parent) { return had(*a, parent); })) return false;
  return std::all_of(b->columns.begin(), b->columns.end(), [&](const model::Column& kept) {
    const auto* inherited = column_through_parents(*a, before, kept.name);
    const bool declared = std::any_of(a->columns.begin(), a->columns.end(), [&](const auto& c) { return c.name == kept.name; });
    return declared || !inherited || (inherited->type == kept.type && inherited->details->collation == kept.details->collation);
  });
}

// A partition that goes (and is held) while its parent drops a column, or drops it to add it
// again (a new generated expression): held first, with the foreign keys, or its held rows would
// lack the column the parent's DROP COLUMN took from it too.
void partitions_leave_before_columns(std::vector<Change>& changes, const CatalogIndex& before) {
  std::set<std::pair<std::string, std::string>> losing_columns;  // (schema, table)
  for (const auto& c : changes) {
    if (c.type == ChangeType::DropColumn) losing_columns.insert({c.id.schema, c.id.parent});
  }
  if (losing_columns.empty()) return;
  for (auto& c : changes) {
    if (c.type != ChangeType::DropTable || c.phase == Phase::DropForeignKeys) continue;
    // Its parent, or a parent of that (a partition of a partition).
    const auto* table = definition<model::Table>(before, c.id);
    for (int depth = 0; table && table->partition_of && depth < 64; ++depth) {
      const auto& parent = *table->partition_of;
      if (losing_columns.count({parent.schema, parent.name})) {
        c.phase = Phase::DropForeignKeys;
        break;
      }
      table = definition<model::Table>(before, ObjectId{ObjectKind::Table, parent.schema, parent.name, "", ""});
    }
  }
}

Phase phase_of(const Change& c, const CatalogIndex& before, const CatalogIndex& after, bool recreated_routine,
               const SharedNames& after_names, const OwnedRelationNames& owned, bool uses_a_view) {
  switch (c.type) {
    case ChangeType::AddEnumValue: return Phase::EnumValues;
    case ChangeType::Rename: return Phase::Renames;
    case ChangeType::DropTrigger: case ChangeType::DropPolicy: case ChangeType::DropRule: return Phase::DropDependents;
    case ChangeType::DropView: return Phase::DropViews;
    case ChangeType::DropConstraint:
      // A foreign key the script creates is dropped first too, so that a re-run can drop the key it needs.
      return is_foreign_key(before, c.id) || (!before.count(c.id) && is_foreign_key(after, c.id)) ? Phase::DropForeignKeys
                                                                                                : Phase::DropConstraints;
    case ChangeType::DropColumnDefault: return c.timing == Timing::Reset ? Phase::DropDefaults : Phase::AlterColumns;
    // Early: the column may change its type, take a default or an identity next.
    case ChangeType::DropColumnExpression: return Phase::DropDefaults;
    case ChangeType::AlterCompositeType: return Phase::AlterDomains;
    case ChangeType::RebuildType: return c.timing == Timing::AfterDrops ? Phase::DropTypes : Phase::RebuildTypes;
    case ChangeType::DropIndex: return Phase::DropIndexes;
    case ChangeType::DropRoutine: case ChangeType::DropAggregate: case ChangeType::DropOperator:
      // A routine that uses a view (RETURNS SETOF v) goes with the views, in their order.
      if (uses_a_view) return Phase::DropViews;
      return recreated_routine ? Phase::DropRecreatedRoutines : Phase::DropRoutines;
    case ChangeType::CreateSchema: case ChangeType::CreateExtension: case ChangeType::AlterExtension: return Phase::CreateNamespaces;
    case ChangeType::CreateRoutine: return c.timing == Timing::AfterColumns ? Phase::Views : Phase::CreateObjects;
    case ChangeType::CreateSequence: return c.timing == Timing::AfterIdentity ? Phase::LateSequences : Phase::CreateObjects;
    case ChangeType::CreateType: case ChangeType::CreateDomain: case ChangeType::ReplaceRoutine: case ChangeType::CreateAggregate:
    case ChangeType::CreateTable: return c.timing == Timing::AfterColumns ? Phase::AddRebuiltColumns : Phase::CreateObjects;
    case ChangeType::CreateOperator: case ChangeType::AlterSequence:
      return Phase::CreateObjects;
    case ChangeType::AlterDomain: return Phase::AlterDomains;
    case ChangeType::AddColumn: return c.timing == Timing::Rebuild ? Phase::AddRebuiltColumns : Phase::AlterColumns;
    case ChangeType::SetColumnDefault: return c.timing == Timing::AfterIdentity ? Phase::LateDefaults : Phase::AlterColumns;
    case ChangeType::AlterColumnType:
    case ChangeType::SetNotNull: case ChangeType::AlterColumnAttributes:
      return Phase::AlterColumns;
    // An identity that goes, and the NOT NULL it leaves, go with the other column changes: a
    // table joining the column's table as a child must find them gone. A new or changed identity
    // waits for the dropped sequences (it may take a serial's sequence name).
    case ChangeType::AlterColumnIdentity: return identity_removed(before, after, c.id) ? Phase::AlterColumns : Phase::Identity;
    case ChangeType::DropNotNull:
      return c.timing == Timing::AfterIdentity && !identity_removed(before, after, c.id) ? Phase::Identity : Phase::AlterColumns;
    case ChangeType::DropColumn:
      return c.timing == Timing::Rebuild || c.timing == Timing::BeforeDomains ? Phase::DropDefaults : Phase::DropColumns;
    case ChangeType::SetSequenceOwner:
      if (c.timing == Timing::Released) return Phase::DropDependents;
      return c.timing == Timing::AfterIdentity ? Phase::LateDefaults : Phase::SequenceOwners;
    case ChangeType::AttachPartition: return Phase::Partitions;
    // Early: a detached partition's columns are altered alone, its keys dropped alone, and a new
    // partition may take its bound.
    case ChangeType::DetachPartition: return Phase::DropConstraints;
    case ChangeType::AddConstraint: case ChangeType::ValidateConstraint:
      return is_foreign_key(after, c.id) ? Phase::ForeignKeys : Phase::Keys;
    case ChangeType::CreateIndex: return c.id.parent.empty() || !definition<model::View>(after, ObjectId{ObjectKind::MaterializedView, c.id.schema, c.id.parent, "", ""})
                                             ? Phase::Indexes : Phase::MatviewIndexes;
    case ChangeType::AttachIndex: return Phase::AttachIndexes;
    case ChangeType::CreateView: return Phase::Views;
    // Inheritance adds and drops columns: as partitions are attached, after the parents' columns
    // are added and dropped, before keys, indexes and views use the child's.
    // A table that only leaves parents does so early, as a partition is detached: the parents'
    // column changes then no longer reach it (an ALTER TYPE on the parent would convert the
    // child's rows and re-check the child's own CHECKs on the new type too).
    case ChangeType::AlterTable:
      if (c.attribute == TableAttribute::Inheritance) return leaves_parents_early(before, after, c.id) ? Phase::DropConstraints : Phase::Partitions;
      return c.attribute == TableAttribute::Persistence ? Phase::AlterColumns : Phase::TableObjects;
    case ChangeType::CreateTrigger: case ChangeType::AlterTriggerState: case ChangeType::CreatePolicy: case ChangeType::CreateRule:
      return Phase::TableObjects;
    case ChangeType::DropTable:
      // An inheritance child goes (and is held) before its parents' columns change: a column a
      // parent drops, or drops to add again (a new generated expression), would leave the child
      // too, and its held rows without it. So it goes with the foreign keys, before any column.
      // (A partition likewise, when its parent drops a column: partitions_leave_before_columns.)
      if (inherits_from_parents(before, c.id)) return Phase::DropForeignKeys;
      return frees_a_taken_name(c.id, before, after_names, owned) ? Phase::DropClashingRelations : Phase::DropTables;
    case ChangeType::DropSequence:
      return frees_a_taken_name(c.id, before, after_names, owned) ? Phase::DropClashingRelations : Phase::DropSequences;
    case ChangeType::DropType: case ChangeType::DropDomain:
      return frees_a_taken_name(c.id, before, after_names, owned) ? Phase::DropClashingRelations : Phase::DropTypes;
    case ChangeType::CreateCollation: case ChangeType::CreateTextSearch: case ChangeType::AlterTextSearch:
      return Phase::CreateObjects;
    case ChangeType::DropCollation: case ChangeType::DropTextSearch:
      // Dropped to be created again (a changed definition): before the create.
      return after.count(c.id) ? Phase::DropRecreatedRoutines : Phase::DropTypes;
    case ChangeType::DropExtension: return Phase::DropExtensions;
    case ChangeType::DropSchema: return Phase::DropSchemas;
    case ChangeType::SetComment: case ChangeType::SetPrivileges: case ChangeType::SetOwner: return Phase::Metadata;
  }
  return Phase::Metadata;
}

bool is_drop(ChangeType type) {
  switch (type) {
    case ChangeType::DropSchema: case ChangeType::DropExtension: case ChangeType::DropType: case ChangeType::DropDomain:
    case ChangeType::DropSequence: case ChangeType::DropRoutine: case ChangeType::DropAggregate:
    case ChangeType::DropOperator: case ChangeType::DropTable: case ChangeType::DropColumn:
    case ChangeType::DropConstraint: case ChangeType::DropIndex: case ChangeType::DropView:
    case ChangeType::DropTrigger: case ChangeType::DropPolicy: case ChangeType::DropRule:
    case ChangeType::DropCollation: case ChangeType::DropTextSearch:
      return true;
    default:
      return false;
  }
}


// Changes that read another object and so wait for its creation (what they make, others wait for in turn).
bool reads_what_it_uses(ChangeType type) {
  switch (type) {
    case ChangeType::SetColumnDefault: case ChangeType::SetSequenceOwner: case ChangeType::AddColumn: case ChangeType::CreateTable:
    case ChangeType::CreateView: case ChangeType::CreateRoutine: case ChangeType::ReplaceRoutine: case ChangeType::CreateAggregate:
    case ChangeType::AddConstraint: case ChangeType::ValidateConstraint: case ChangeType::CreateIndex: case ChangeType::AttachIndex:
    case ChangeType::AttachPartition: case ChangeType::CreateTrigger: case ChangeType::AlterTriggerState: case ChangeType::CreatePolicy:
    case ChangeType::CreateRule:
      return true;
    default:
      return false;
  }
}

bool makes_an_object(ChangeType type) {
  return reads_what_it_uses(type) && type != ChangeType::SetColumnDefault && type != ChangeType::SetSequenceOwner &&
         type != ChangeType::ValidateConstraint && type != ChangeType::AlterTriggerState && type != ChangeType::AttachPartition &&
         type != ChangeType::AttachIndex && type != ChangeType::ReplaceRoutine;
}

// A sequence may be created in a later phase than the changes that use it (after an identity's
// removal frees its name): whatever needs it (a default, a column or table with that default, a
// view or routine, an OWNED BY) and, in turn, whatever needs those, moves to the phase of the
// creation, where the dependency graph puts it after the creation.
void wait_for_sequences(std::vector<Change>& changes, const CatalogIndex& after, const LiftedDependencies& graph) {
  std::map<ObjectId, Phase> made;  // object -> the phase it is created in, for the ones changes may wait for
  for (const auto& c : changes) {
    if (c.type == ChangeType::CreateSequence) made[c.id] = std::max(made[c.id], c.phase);
  }
  if (made.empty()) return;  // no sequence is created: nothing can wait for one
  // Calls `f` with each object change `c` reads. OWNED BY needs the owning column, which the graph
  // leaves out (the sequence does not wait for it).
  auto for_each_use = [&](const Change& c, auto&& f) {
    graph(c.id, f);
    const auto* sequence = c.type == ChangeType::SetSequenceOwner ? definition<model::Sequence>(after, c.id) : nullptr;
    if (sequence && sequence->owned_by) {
      f(ObjectId{ObjectKind::Table, sequence->owned_by->schema, sequence->owned_by->table, "", ""});
      f(ObjectId{ObjectKind::Column, sequence->owned_by->schema, sequence->owned_by->column, sequence->owned_by->table, ""});
    }
  };
  for (bool moved = true; moved;) {
    moved = false;
    for (auto& c : changes) {
      if (!reads_what_it_uses(c.type)) continue;
      Phase latest = c.phase;
      for_each_use(c, [&](const ObjectId& used) {
        if (auto it = made.find(used); it != made.end()) latest = std::max(latest, it->second);
      });
      if (latest == c.phase) continue;
      c.phase = latest;
      moved = true;
      if (!makes_an_object(c.type)) continue;
      made[c.id] = std::max(made[c.id], c.phase);
      if (c.type == ChangeType::AddColumn) {
        const ObjectId table{ObjectKind::Table, c.id.schema, c.id.parent, "", ""};
        made[table] = std::max(made[table], c.phase);
      }
    }
  }
}

}  // namespace

std::vector<Change> order_changes(std::vector<Change> changes, const IndexedCatalog& source, const IndexedCatalog& target,
                                  std::vector<std::string>& errors) {
  const auto& before = source.index;
  const auto& after = target.index;
  std::set<ObjectId> recreated_routines;
  for (const auto& c : changes) {
    // A routine the script creates and also drops (to let a re-run through): the drop goes first.
    if (c.type == ChangeType::CreateRoutine) recreated_routines.insert(c.id);
    if ((c.type == ChangeType::CreateAggregate || c.type == ChangeType::CreateOperator) && before.count(c.id)) {
      recreated_routines.insert(c.id);
    }
  }
  const SharedNames& after_names = target.ordering.names;
  const OwnedRelationNames& owned = source.ordering.owned_relation_names;
  auto uses_a_view = [&](const ObjectId& id) {
    for (const auto* catalog : {&source.catalog, &target.catalog}) {
      auto it = catalog->dependencies.find(id);
      if (it == catalog->dependencies.end()) continue;
      for (const auto& used : it->second) {
        if (used.kind == ObjectKind::View || used.kind == ObjectKind::MaterializedView) return true;
      }
    }
    return false;
  };
  for (auto& c : changes) {
    c.phase = phase_of(c, before, after, recreated_routines.count(c.id) > 0, after_names, owned, uses_a_view(c.id));
  }
  partitions_leave_before_columns(changes, before);

  const LiftedDependencies& target_graph = target.ordering.lifted_dependencies;
  const LiftedDependencies& source_graph = source.ordering.lifted_dependencies;
  wait_for_sequences(changes, after, target_graph);
  // Drops follow the source's dependencies; an object the script creates anyway and drops first
  // (for a re-run) is known only to the target's.
  const DependencyVisitor drop_graph = [&](const ObjectId& id, const std::function<void(const ObjectId&)>& depends_on) {
    source_graph(id, depends_on);
    if (!before.count(id)) target_graph(id, depends_on);
  };
  const DependencyVisitor create_graph = std::cref(target_graph);

  std::map<Phase, std::vector<size_t>> by_phase;
  for (size_t i = 0; i < changes.size(); ++i) by_phase[changes[i].phase].push_back(i);

  std::vector<Change> ordered;
  for (auto& [phase, members] : by_phase) {
    std::vector<ObjectId> ids;
    for (size_t i : members) ids.push_back(changes[i].id);
    const bool drops = is_drop(changes[members.front()].type);
    auto result = dependency_order(ids, drops ? drop_graph : create_graph);
    for (const auto& cycle : result.cycles) {
      // Tables on a foreign-key cycle are fine in any phase: keys are added after every table
      // exists and dropped before any table goes (a table dropped early to free its name too).
      bool all_tables = std::all_of(cycle.begin(), cycle.end(), [](const ObjectId& id) { return id.kind == ObjectKind::Table; });
      if (all_tables) continue;
      std::string text = "dependency cycle that cannot be broken:";
      for (const auto& id : cycle) text += " " + model::describe(id) + ";";
      errors.push_back(text);
    }
    std::vector<ObjectId> order = result.order;
    // Tables on a foreign-key cycle still follow their other edges (a new child after its new
    // parent, whose key references the child): the cycle's members, in their places, are ordered
    // again without the foreign keys' edges.
    for (const auto& cycle : result.cycles) {
      if (!std::all_of(cycle.begin(), cycle.end(), [](const ObjectId& id) { return id.kind == ObjectKind::Table; })) continue;
      const DependencyVisitor without_foreign_keys = [&](const ObjectId& id, const std::function<void(const ObjectId&)>& depends_on) {
        const auto counts = [&](const ObjectId& part) { return !is_foreign_key(before, part) && !is_foreign_key(after, part); };
        if (!drops || !before.count(id)) target_graph(id, depends_on, counts);
        if (drops) source_graph(id, depends_on, counts);
      };
      const auto inner = dependency_order(cycle, without_foreign_keys).order;
      const std::set<ObjectId> members_of_cycle(cycle.begin(), cycle.end());
      size_t next = 0;
      for (auto& id : order) {
        if (members_of_cycle.count(id) && next < inner.size()) id = inner[next++];
      }
    }
    if (drops) std::reverse(order.begin(), order.end());
    std::map<ObjectId, size_t> position;
    for (size_t i = 0; i < order.size(); ++i) position.emplace(order[i], i);
    std::stable_sort(members.begin(), members.end(), [&](size_t a, size_t b) {
      return position.at(changes[a].id) < position.at(changes[b].id);
    });
    for (size_t i : members) ordered.push_back(changes[i]);
  }
  return ordered;
}

}  // namespace schemadelta::compare

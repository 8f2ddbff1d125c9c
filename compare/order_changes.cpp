#include "compare/order_changes.h"

#include <algorithm>
#include <map>

#include "compare/catalog_index.h"
#include "compare/dependency_order.h"

namespace schemadelta::compare {

using model::ObjectId;
using model::ObjectKind;

namespace {

enum Phase : int {
  kEnumValues = 10,    // ALTER TYPE ... ADD VALUE: the generator runs these before the transaction
  kRenames = 15,  // tables before their columns (ObjectKind order)
  kDropDependents = 20,  // triggers, policies
  kDropViews = 21,
  kDropForeignKeys = 22,
  kDropDefaults = 23,
  kDropConstraints = 24,
  kDropIndexes = 25,
  kDropRecreatedRoutines = 26,
  kDropClashingRelations = 27,  // a table whose name a new view takes, and the like
  kCreateNamespaces = 30,
  kCreateObjects = 35,  // types, domains, sequences, routines, tables: one dependency order
  kAlterDomains = 36,
  kRebuildTypes = 33,  // before routines and tables are created with the type
  kAlterColumns = 40,
  kAddRebuiltColumns = 41,
  kDropColumns = 42,
  kPartitions = 43,
  kKeys = 45,
  kIndexes = 46,
  kAttachIndexes = 47,
  kForeignKeys = 48,
  kViews = 50,
  kMatviewIndexes = 51,
  kTableObjects = 55,  // triggers, policies, table attributes
  kDropTables = 60,
  kDropSequences = 61,
  kIdentity = 62,  // after dropped sequences: an identity may take a serial's sequence name
  kLateSequences = 63,  // ... and a serial's sequence may take the name of a removed identity's
  kLateDefaults = 64,
  kDropRoutines = 65,
  kDropTypes = 66,
  kDropExtensions = 67,
  kDropSchemas = 68,
  kMetadata = 70,  // comments, privileges, owners
};

bool is_foreign_key(const CatalogIndex& index, const ObjectId& id) {
  const auto* c = definition<model::Constraint>(index, id);
  return c && c->kind == model::ConstraintKind::ForeignKey;
}

int phase_of(const Change& c, const CatalogIndex& before, const CatalogIndex& after, bool recreated_routine) {
  switch (c.type) {
    case ChangeType::AddEnumValue: return kEnumValues;
    case ChangeType::Rename: return kRenames;
    case ChangeType::DropTrigger: case ChangeType::DropPolicy: return kDropDependents;
    case ChangeType::DropView: return kDropViews;
    case ChangeType::DropConstraint: return is_foreign_key(before, c.id) ? kDropForeignKeys : kDropConstraints;
    case ChangeType::DropColumnDefault: return c.detail == "reset" ? kDropDefaults : kAlterColumns;
    case ChangeType::AlterCompositeType: return kAlterDomains;
    case ChangeType::RebuildType: return kRebuildTypes;
    case ChangeType::DropIndex: return kDropIndexes;
    case ChangeType::DropRoutine: case ChangeType::DropAggregate: case ChangeType::DropOperator:
      return recreated_routine ? kDropRecreatedRoutines : kDropRoutines;
    case ChangeType::CreateSchema: case ChangeType::CreateExtension: return kCreateNamespaces;
    case ChangeType::CreateRoutine: return c.detail == "after columns" ? kViews : kCreateObjects;
    case ChangeType::CreateSequence: return c.detail == "after identity" ? kLateSequences : kCreateObjects;
    case ChangeType::CreateType: case ChangeType::CreateDomain: case ChangeType::ReplaceRoutine: case ChangeType::CreateAggregate:
    case ChangeType::CreateOperator: case ChangeType::CreateTable: case ChangeType::AlterSequence:
      return kCreateObjects;
    case ChangeType::AlterDomain: return kAlterDomains;
    case ChangeType::AddColumn: return c.detail == "rebuild" ? kAddRebuiltColumns : kAlterColumns;
    case ChangeType::SetColumnDefault: return c.detail == "after identity" ? kLateDefaults : kAlterColumns;
    case ChangeType::AlterColumnType:
    case ChangeType::SetNotNull: case ChangeType::AlterColumnAttributes:
      return kAlterColumns;
    case ChangeType::AlterColumnIdentity: return kIdentity;
    case ChangeType::DropNotNull: return c.detail == "after identity" ? kIdentity : kAlterColumns;
    case ChangeType::DropColumn: return c.detail == "rebuild" ? kDropDefaults : kDropColumns;
    case ChangeType::SetSequenceOwner: return c.detail == "after identity" ? kLateDefaults : kPartitions;
    case ChangeType::AttachPartition: case ChangeType::DetachPartition:
      return kPartitions;
    case ChangeType::AddConstraint: case ChangeType::ValidateConstraint:
      return is_foreign_key(after, c.id) ? kForeignKeys : kKeys;
    case ChangeType::CreateIndex: return c.id.parent.empty() || !definition<model::View>(after, ObjectId{ObjectKind::MaterializedView, c.id.schema, c.id.parent, "", ""})
                                             ? kIndexes : kMatviewIndexes;
    case ChangeType::AttachIndex: return kAttachIndexes;
    case ChangeType::CreateView: return kViews;
    case ChangeType::AlterTable: return c.detail == "persistence" ? kAlterColumns : kTableObjects;
    case ChangeType::CreateTrigger: case ChangeType::AlterTriggerState: case ChangeType::CreatePolicy:
      return kTableObjects;
    case ChangeType::DropTable: {
      for (auto kind : {ObjectKind::View, ObjectKind::MaterializedView, ObjectKind::Sequence}) {
        if (after.count(ObjectId{kind, c.id.schema, c.id.name, "", ""})) return kDropClashingRelations;
      }
      return kDropTables;
    }
    case ChangeType::DropSequence: return kDropSequences;
    case ChangeType::DropType: case ChangeType::DropDomain: return kDropTypes;
    case ChangeType::DropExtension: return kDropExtensions;
    case ChangeType::DropSchema: return kDropSchemas;
    case ChangeType::SetComment: case ChangeType::SetPrivileges: case ChangeType::SetOwner: return kMetadata;
  }
  return kMetadata;
}

bool is_drop(ChangeType type) {
  switch (type) {
    case ChangeType::DropSchema: case ChangeType::DropExtension: case ChangeType::DropType: case ChangeType::DropDomain:
    case ChangeType::DropSequence: case ChangeType::DropRoutine: case ChangeType::DropAggregate:
    case ChangeType::DropOperator: case ChangeType::DropTable: case ChangeType::DropColumn:
    case ChangeType::DropConstraint: case ChangeType::DropIndex: case ChangeType::DropView:
    case ChangeType::DropTrigger: case ChangeType::DropPolicy:
      return true;
    default:
      return false;
  }
}

// The graph objects of a phase are ordered on: parts of a table count as the table (CREATE
// TABLE writes its columns and CHECKs), and sequences owned by a column do not wait for it.
Dependencies lifted_dependencies(const model::Catalog& catalog) {
  Dependencies lifted;
  for (const auto& [from, targets] : catalog.dependencies) {
    ObjectId owner = from;
    if (from.kind == ObjectKind::Column || (from.kind == ObjectKind::Constraint)) {
      owner = ObjectId{ObjectKind::Table, from.schema, from.parent, "", ""};
    }
    for (const auto& target : targets) {
      if (from.kind == ObjectKind::Sequence && (target.kind == ObjectKind::Table || target.kind == ObjectKind::Column)) continue;
      ObjectId to = target;
      if (target.kind == ObjectKind::Column) to = ObjectId{ObjectKind::Table, target.schema, target.parent, "", ""};
      if (to != owner) lifted[owner].insert(to);
      if (from != owner && to != from) lifted[from].insert(to);
      // A column read by another column of the same table (a generated column): the edge between
      // the two columns orders their own drops and adds.
      if (from != owner && target.kind == ObjectKind::Column && target != from) lifted[from].insert(target);
    }
  }
  return lifted;
}


}  // namespace

std::vector<Change> order_changes(std::vector<Change> changes, const IndexedCatalog& source, const IndexedCatalog& target,
                                  std::vector<std::string>& errors) {
  const auto& before = source.index;
  const auto& after = target.index;
  std::set<ObjectId> recreated_routines;
  for (const auto& c : changes) {
    if (c.type == ChangeType::CreateRoutine && before.count(c.id)) recreated_routines.insert(c.id);
    if ((c.type == ChangeType::CreateAggregate || c.type == ChangeType::CreateOperator) && before.count(c.id)) {
      recreated_routines.insert(c.id);
    }
  }
  for (auto& c : changes) c.phase = phase_of(c, before, after, recreated_routines.count(c.id) > 0);

  const Dependencies target_graph = lifted_dependencies(target.catalog);
  const Dependencies source_graph = lifted_dependencies(source.catalog);

  std::map<int, std::vector<size_t>> by_phase;
  for (size_t i = 0; i < changes.size(); ++i) by_phase[changes[i].phase].push_back(i);

  std::vector<Change> ordered;
  for (auto& [phase, members] : by_phase) {
    std::vector<ObjectId> ids;
    for (size_t i : members) ids.push_back(changes[i].id);
    const bool drops = is_drop(changes[members.front()].type);
    auto result = dependency_order(ids, drops ? source_graph : target_graph);
    for (const auto& cycle : result.cycles) {
      // Tables on a foreign-key cycle are fine: keys are added after every table exists.
      bool all_tables = std::all_of(cycle.begin(), cycle.end(), [](const ObjectId& id) { return id.kind == ObjectKind::Table; });
      if (all_tables && (phase == kCreateObjects || phase == kDropTables)) continue;
      std::string text = "dependency cycle that cannot be broken:";
      for (const auto& id : cycle) text += " " + model::describe(id) + ";";
      errors.push_back(text);
    }
    std::vector<ObjectId> order = result.order;
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

#pragma once
// The compare stage's output: typed, ordered changes between two catalogs. The change set
// carries both catalogs, so the generator finds every before/after definition through it.
#include <memory>
#include <string>
#include <vector>

#include "compare/indexed_catalog.h"
#include "compare/renames.h"
#include "model/catalog.h"

namespace schemadelta::compare {

enum class ChangeType {
  CreateSchema, DropSchema, CreateExtension, DropExtension,
  CreateType, DropType, AddEnumValue, AlterCompositeType, RebuildType,
  CreateDomain, DropDomain, AlterDomain,
  CreateSequence, DropSequence, AlterSequence, SetSequenceOwner,
  CreateRoutine, ReplaceRoutine, DropRoutine,
  CreateAggregate, DropAggregate, CreateOperator, DropOperator,
  CreateTable, DropTable, AlterTable,
  AddColumn, DropColumn, AlterColumnType, SetColumnDefault, DropColumnDefault, SetNotNull, DropNotNull,
  AlterColumnIdentity, AlterColumnAttributes,
  AddConstraint, DropConstraint, ValidateConstraint,
  CreateIndex, DropIndex, AttachIndex,
  AttachPartition, DetachPartition,
  CreateView, DropView,
  CreateTrigger, DropTrigger, AlterTriggerState,
  CreatePolicy, DropPolicy,
  SetComment, SetPrivileges, SetOwner,
  Rename  // detail: the old name; id: the object under its new name
};

std::string change_type_name(ChangeType type);

struct Change {
  ChangeType type;
  model::ObjectId id;    // the object changed (for columns: kind Column, parent = table)
  std::string reason;    // why it is in the script, for --explain
  std::string detail;    // AddEnumValue: the label; AlterTable: which attribute
  int phase = 0;         // set by ordering
};

struct ChangeSet {
  // source is `from` with the renames applied (the state after the script's first steps).
  SharedCatalog indexed_source, indexed_target;
  std::shared_ptr<const model::Catalog> source, target;  // the catalogs of the two above
  const CatalogIndex& before() const { return indexed_source->index; }
  const CatalogIndex& after() const { return indexed_target->index; }
  std::vector<Change> changes;       // in execution order
  std::vector<std::string> errors;   // unbreakable dependency cycles, unknown renames
  std::vector<std::string> warnings; // e.g. column order differences under strict_column_order
  struct Timings {
    double match_seconds = 0, order_seconds = 0;  // wall time of matching and of ordering
  } timings;
  bool empty() const { return changes.empty(); }
};

struct CompareOptions {
  bool owners = false;               // compare and change owners
  bool strict_column_order = false;  // report columns whose position differs
  std::vector<Rename> renames;       // applied to `from` before matching
};

ChangeSet compare(const model::Catalog& from, const model::Catalog& to, const CompareOptions& options = {});
// The same on catalogs already indexed (shared, not copied, when there are no renames).
ChangeSet compare(const SharedCatalog& from, const SharedCatalog& to, const CompareOptions& options = {});

}  // namespace schemadelta::compare

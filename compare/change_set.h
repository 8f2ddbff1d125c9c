#pragma once
// The compare stage's output: typed, ordered changes between two catalogs. The change set
// carries both catalogs, so the generator finds every before/after definition through it.
// The types only: compare() itself is declared in compare/compare.h (the generator renders
// change sets and never computes one).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "compare/assessment.h"
#include "compare/indexed_catalog.h"
#include "compare/phase.h"
#include "compare/renames.h"
#include "model/catalog.h"

namespace schemadelta::compare {

enum class ChangeType {
  CreateSchema, DropSchema, CreateExtension, DropExtension, AlterExtension,
  CreateType, DropType, AddEnumValue, AlterCompositeType, RebuildType,
  CreateDomain, DropDomain, AlterDomain,
  CreateSequence, DropSequence, AlterSequence, SetSequenceOwner,
  CreateRoutine, ReplaceRoutine, DropRoutine,
  CreateAggregate, DropAggregate, CreateOperator, DropOperator,
  CreateTable, DropTable, AlterTable,
  AddColumn, DropColumn, AlterColumnType, SetColumnDefault, DropColumnDefault, DropColumnExpression, SetNotNull, DropNotNull,
  AlterColumnIdentity, AlterColumnAttributes,
  AddConstraint, DropConstraint, ValidateConstraint,
  CreateIndex, DropIndex, AttachIndex,
  AttachPartition, DetachPartition,
  CreateView, DropView,
  CreateTrigger, DropTrigger, AlterTriggerState,
  CreatePolicy, DropPolicy, CreateRule, DropRule,
  CreateCollation, DropCollation, CreateTextSearch, DropTextSearch, AlterTextSearch,  // dictionaries and configurations
  SetComment, SetPrivileges, SetOwner,
  Rename  // value: the old name; id: the object under its new name
};

// Why a change runs where it does beyond its type: steers its phase and how it is written.
enum class Timing : std::uint8_t {
  Normal,
  AfterIdentity,  // a sequence, default or owner waiting for identity columns to free or take a name
  Rebuild,        // a column dropped and added again (its generated expression, or a type it reads, changed)
  Reset,          // a default dropped before, and set after, a routine it calls is created again
  AfterColumns,   // a routine created after the columns and views it reads; a child table after the columns its parents gain
  BeforeType,     // a default dropped before its column's type changes
  Fresh,          // privileges of an object created again: they start from the defaults
  AfterDrops,     // a rebuilt type's old copy, dropped after the tables and columns that still use it go
  Released,       // a kept sequence let go by the table it belonged to, before that table is dropped
  BeforeDomains,  // a column dropped before ALTER DOMAIN checks the columns of its domain
};

// Which attribute an AlterTable change sets.
enum class TableAttribute : std::uint8_t {
  None, RowLevelSecurity, ForcedRowLevelSecurity, ReplicaIdentity, ClusterIndex, StorageOptions, Persistence, Inheritance,
  IndexStatistics,
};

std::string change_type_name(ChangeType type);

struct Change {
  ChangeType type;
  model::ObjectId id;    // the object changed (for columns: kind Column, parent = table)
  std::string reason;    // why it is in the script, for --explain
  Timing timing = Timing::Normal;
  TableAttribute attribute = TableAttribute::None;  // AlterTable: which attribute
  std::string value;     // AddEnumValue: the label; Rename: the old name
  Phase phase = Phase::Metadata;  // set by ordering
  Assessment assessment;          // set once by compare
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

}  // namespace schemadelta::compare

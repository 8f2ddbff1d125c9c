#pragma once
// What a script keeps instead of throwing away: a dropped table is moved into the holding schema,
// a dropped column's values and a narrowed column's original values are copied there keyed by a
// key of the table, a dropped sequence's position is recorded. The script that goes the other
// way (the rollback of a migration) restores from the same holdings. Decided from the model;
// the generator renders it.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compare/change_set.h"

namespace schemadelta::compare {

enum class HoldingKind {
  Table,     // the whole table, moved
  Column,    // a dropped column's values, keyed
  Values,    // a narrowed column's original values, keyed
  Sequence,  // a dropped sequence's last value
};

struct KeyColumn {
  std::string held;      // its name in the holding table (the holding script's naming)
  std::string restored;  // its name in the table when the other script restores (renames undone)
};

struct Holding {
  HoldingKind kind = HoldingKind::Table;
  model::ObjectId held;      // the object as the holding script names it (a change's id)
  model::ObjectId restored;  // the same object as the restoring script names it
  std::string name;          // table name in the holding schema; for a sequence, the record's name
  std::vector<KeyColumn> key;
  // A Sequence holding of a kept sequence: the added column whose default takes values from it
  // (ADD COLUMN fills every row, moving the sequence on); its position is recorded around that.
  std::optional<model::ObjectId> moved_by;
  // A held table's columns whose name in the holding table is not the restored one: a column
  // rename of the table or of a parent (a partition's, a child's columns follow it) runs before
  // the hold. Restored name -> held name.
  std::map<std::string, std::string> renamed_columns;
};

struct PreservationPlan {
  std::string archive_schema = "schemadelta_archive";
  std::string id;       // names the pair of snapshots: holding names and records carry it
  std::string release;  // recorded with every holding, for `archive list|purge`
  std::vector<Holding> holdings;
  // Destructive changes that cannot be preserved (no key), as messages, and the objects they drop:
  // with --allow-data-loss they go for good (hazard NotHeld), the rollback brings them back empty.
  std::vector<std::string> problems;
  std::vector<model::ObjectId> not_held;

  const Holding* held(HoldingKind kind, const model::ObjectId& id) const;
  bool holds_nothing_of(const model::ObjectId& id) const;
  const Holding* restored(HoldingKind kind, const model::ObjectId& id) const;
  bool empty() const { return holdings.empty(); }
};

// The holdings of the script `changes` renders. `id` names this pair of snapshots (holding
// names carry it, so holdings of different releases never collide); `renames` are the ones the
// change set was compared with (to name objects as the opposite script sees them).
PreservationPlan plan_preservation(const ChangeSet& changes, const std::string& archive_schema, const std::string& id,
                                   const std::string& release, const std::vector<Rename>& renames);

// Eight hex digits naming the script from snapshot `from` to snapshot `to` (their fingerprints).
std::string migration_id(const std::string& from_fingerprint, const std::string& to_fingerprint);

// A name for a holding, at most 63 bytes: "schema.table[.column][:suffix]@id", shortened with a
// hash when longer.
std::string holding_name(const std::string& readable, const std::string& id);

// A column that the script `opposite` holds, and so always restores in the script of `plan`, is
// added without its default's values (restore_column sets the default after them): the sequence
// it would move stays put, and `plan` records no position for it.
void drop_moves_of_restored(PreservationPlan& plan, const PreservationPlan& opposite);

// Why `column` (of `catalog`) can have no empty value, so that a rollback cannot add it back
// empty to a table with rows ("" when it can; its own default is not counted): its type is a NOT
// NULL domain without a default, or (`from_parent`) it is a parent's NOT NULL column, which INHERIT
// needs NOT NULL in the child.
std::string needs_a_value(const model::Column& column, const CatalogIndex& catalog, bool from_parent);

// Marks what `plan` cannot keep (hazard NotHeld): on the changes of `changes` that drop or narrow
// it, and on the changes of `way_back` that add a dropped column back, empty.
void note_not_held(const PreservationPlan& plan, ChangeSet& changes, ChangeSet* way_back);

}  // namespace schemadelta::compare

#pragma once
// The compare stage's entry point: the changes that turn one catalog into another. Called by
// the pipeline (both directions of a migration), drift checks and the proofs; never by the
// generator, which renders the change sets it is given.
#include <vector>

#include "compare/change_set.h"
#include "compare/renames.h"
#include "model/catalog.h"

namespace schemadelta::compare {

struct CompareOptions {
  bool owners = false;               // compare and change owners
  bool strict_column_order = false;  // report columns whose position differs
  std::vector<Rename> renames;       // applied to `from` before matching
  // New indexes on existing tables are built CONCURRENTLY after the transaction: their
  // assessment says writes go on (the script's --concurrently).
  bool concurrent_indexes = false;
  // SET NOT NULL on an existing column follows a CHECK (c IS NOT NULL) validated before the
  // transaction: its assessment says writes go on (expand/contract's contract phase).
  bool not_null_by_check = false;
  // A new CHECK or foreign key on an existing plain table is added NOT VALID in the transaction
  // and validated after it (expand/contract's expand phase): its assessment says writes go on.
  bool validate_after_commit = false;
};

ChangeSet compare(const model::Catalog& from, const model::Catalog& to, const CompareOptions& options = {});
// The same on catalogs already indexed (shared, not copied, when there are no renames).
ChangeSet compare(const SharedCatalog& from, const SharedCatalog& to, const CompareOptions& options = {});

}  // namespace schemadelta::compare

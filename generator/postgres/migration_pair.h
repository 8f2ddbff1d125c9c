#pragma once
// The migration and its rollback from two catalogs, as `diff` writes them and the tests prove
// them: both change sets, the holdings each script keeps, and each script restoring what the
// other one kept.
#include <string>

#include "compare/preservation.h"
#include "generator/postgres/migration.h"

namespace schemadelta::generator::postgres {

struct PairOptions {
  compare::CompareOptions compare;   // renames are given source -> target
  MigrationOptions migration;        // title and names are set per script
  bool preserve = true;              // false: --no-preserve, destructive changes destroy
  std::string archive_schema = "schemadelta_archive";
  std::string release;               // empty: the migration id
};

struct MigrationPair {
  compare::ChangeSet forward, backward;
  compare::PreservationPlan forward_plan, backward_plan;
  Script migration, rollback;
  std::vector<std::string> errors;           // the comparison failed: no scripts
  std::vector<std::string> rollback_errors;  // the way back failed: no rollback (nor restores in the migration)
  double generate_seconds = 0;               // wall time of the plans and scripts (the comparisons time themselves)
};

MigrationPair write_migration_pair(const model::Catalog& source, const model::Catalog& target, const PairOptions& options);
// The same on catalogs the caller hands over (moved into compare::share): no copies of them.
MigrationPair write_migration_pair(compare::SharedCatalog source, compare::SharedCatalog target, const PairOptions& options);

}  // namespace schemadelta::generator::postgres

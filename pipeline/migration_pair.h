#pragma once
// The pipeline from a snapshot pair to the scripts `diff` writes and `verify` proves: compare
// both directions, plan what each script holds, apply the refusal policy's findings, and hand
// the plans to the generator to render. The one place that runs compare and the generator in
// sequence; the commands only parse options and print.
#include <string>
#include <vector>

#include "compare/compare.h"
#include "compare/preservation.h"
#include "generator/postgres/migration.h"

namespace schemadelta::pipeline {

using generator::postgres::Script;

struct PairOptions {
  compare::CompareOptions compare;               // renames are given source -> target
  generator::postgres::MigrationOptions migration;  // title and names are set per script
  bool preserve = true;              // false: --no-preserve, destructive changes destroy
  std::string archive_schema = "schemadelta_archive";
  std::string release;               // empty: the migration id
};

// What the refusal policy reads: the migration's destructive changes and what it cannot keep.
struct DataLoss {
  std::vector<std::string> destructive;  // "drop column public.t.c: drops the column and its values"
  std::vector<std::string> not_kept;     // the forward plan's problems: lost for good even with holdings
  bool any() const { return !destructive.empty() || !not_kept.empty(); }
};

struct MigrationPair {
  compare::ChangeSet forward, backward;
  compare::PreservationPlan forward_plan, backward_plan;
  Script migration, rollback;
  DataLoss data_loss;                        // of the migration (forward)
  std::vector<std::string> errors;           // the comparison failed: no scripts
  std::vector<std::string> rollback_errors;  // the way back failed: no rollback (nor restores in the migration)
  double generate_seconds = 0;               // wall time of the plans and scripts (the comparisons time themselves)
  // Without --allow-data-loss the migration is not written when it loses data.
  bool refused(bool allow_data_loss) const { return data_loss.any() && !allow_data_loss; }
};

MigrationPair write_migration_pair(const model::Catalog& source, const model::Catalog& target, const PairOptions& options);
// The same on catalogs the caller hands over (moved into compare::share): no copies of them.
MigrationPair write_migration_pair(model::Catalog&& source, model::Catalog&& target, const PairOptions& options);
MigrationPair write_migration_pair(compare::SharedCatalog source, compare::SharedCatalog target, const PairOptions& options);

}  // namespace schemadelta::pipeline

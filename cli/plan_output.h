#pragma once
// `diff --format json`: the plan with each change's SQL and every warning the run gave (the
// inputs' diagnostics, what the scripts cannot keep), not only the comparison's own.
#include <string>

#include "pipeline/migration_pair.h"
#include "serialize/plan_json.h"
#include "snapshot/load_snapshot.h"

namespace schemadelta::cli {

// Each change's SQL and what the scripts cannot keep, for a plan of `pair`'s migration.
serialize::PlanDetails plan_details(const pipeline::MigrationPair& pair, bool preserve);

std::string plan_json_text(const pipeline::MigrationPair& pair, const snapshot::Snapshot& source, const snapshot::Snapshot& target,
                           const std::string& source_name, const std::string& target_name, bool preserve);

}  // namespace schemadelta::cli

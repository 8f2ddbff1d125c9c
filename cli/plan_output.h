#pragma once
// `diff --format json`: the plan with each change's SQL and every warning the run gave (the
// inputs' diagnostics, what the scripts cannot keep), not only the comparison's own.
#include <string>

#include "pipeline/migration_pair.h"
#include "snapshot/load_snapshot.h"

namespace schemadelta::cli {

std::string plan_json_text(const pipeline::MigrationPair& pair, const snapshot::Snapshot& source, const snapshot::Snapshot& target,
                           const std::string& source_name, const std::string& target_name, bool preserve);

}  // namespace schemadelta::cli

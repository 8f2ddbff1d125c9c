#pragma once
// `diff --expand-contract -o DIR`: the two phases' scripts, their rollbacks and plan.json.
#include <string>

#include "pipeline/expand_contract.h"

namespace schemadelta::cli {

inline constexpr const char* kExpandScript = "1-expand.sql";
inline constexpr const char* kExpandRollback = "1-expand.rollback.sql";
inline constexpr const char* kContractScript = "2-contract.sql";
inline constexpr const char* kContractRollback = "2-contract.rollback.sql";
inline constexpr const char* kPhasePlan = "plan.json";

// The folder's file names, for the check that no output is an input.
std::vector<std::string> phase_file_paths(const std::string& folder);

// Creates the folder if missing and writes the five files; false (said on stderr) on failure.
bool write_phase_files(const std::string& folder, const pipeline::Phases& phases, const std::string& source_name,
                       const std::string& target_name, bool preserve);

}  // namespace schemadelta::cli

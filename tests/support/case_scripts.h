#pragma once
// The cases of tests/cases/<name>/ and the scripts `diff` writes for them: one definition for
// the server proof (migration_cases_test) and the golden files (golden_scripts_test).
#include <string>
#include <vector>

#include "compare/renames.h"
#include "pipeline/migration_pair.h"

namespace schemadelta::testing {

// Every case folder (one holding source.sql), sorted; SCHEMADELTA_CASES names another root.
std::vector<std::string> case_folders();

// A case's declared renames (renames.txt, in the --rename-file format).
std::vector<compare::Rename> case_renames(const std::string& folder);

struct CaseScripts {
  pipeline::MigrationPair pair;
  bool rows_kept = true;  // false: a change cannot keep its values (no key): lost for good (hazard NotHeld)
  bool parse_errors = false;
  std::string problems;   // parse problems (errors and warnings) of the case's files
};

// The scripts as `diff --allow-data-loss` writes them (with --no-preserve when nothing else can).
CaseScripts case_scripts(const std::string& source_text, const std::string& target_text, const std::vector<compare::Rename>& renames);

}  // namespace schemadelta::testing

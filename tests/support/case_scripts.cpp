#include "tests/support/case_scripts.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "tests/support/test_server.h"

namespace schemadelta::testing {

namespace fs = std::filesystem;

std::vector<std::string> case_folders() {
  std::vector<std::string> folders;
  const char* only = std::getenv("SCHEMADELTA_CASES");
  fs::path root = only ? fs::path(only) : fs::path(SCHEMADELTA_SOURCE_DIR) / "tests/cases";
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.is_directory() && fs::exists(entry.path() / "source.sql")) folders.push_back(entry.path().string());
  }
  std::sort(folders.begin(), folders.end());
  return folders;
}

std::vector<compare::Rename> case_renames(const std::string& folder) {
  std::vector<compare::Rename> renames;
  const fs::path file = fs::path(folder) / "renames.txt";
  if (!fs::exists(file)) return renames;
  std::istringstream in(read_file(file.string()));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::string error;
    if (auto rename = compare::parse_rename(line, error)) renames.push_back(*rename);
    else throw std::runtime_error(file.string() + ": " + error);
  }
  return renames;
}

CaseScripts case_scripts(const std::string& source_text, const std::string& target_text, const std::vector<compare::Rename>& renames) {
  CaseScripts scripts;
  auto source = parse_clean("source.sql", source_text, scripts.problems);
  auto target = parse_clean("target.sql", target_text, scripts.problems);
  scripts.parse_errors = source.has_errors() || target.has_errors();
  pipeline::PairOptions options;
  options.compare.renames = renames;
  scripts.pair = pipeline::write_migration_pair(source.catalog, target.catalog, options);
  // A change that cannot keep its values (no key) loses them for good under --allow-data-loss;
  // everything else is still kept, but the rows cannot come back as they were.
  scripts.rows_kept = scripts.pair.forward_plan.problems.empty();
  return scripts;
}

}  // namespace schemadelta::testing

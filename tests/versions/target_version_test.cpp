// --target-version: what each version cannot express is found in the catalog (no server needed).
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "generator/postgres/target_version.h"
#include "tests/support/case_scripts.h"
#include "tests/support/test_server.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;
using generator::postgres::target_version_problems;

model::Catalog case_target(const std::string& name) {
  const auto path = std::string(SCHEMADELTA_SOURCE_DIR) + "/tests/cases/" + name + "/target.sql";
  parser::Source source;
  source.files.push_back({path, read_file(path)});
  auto result = parser::parse(source);
  // What the model does not manage (a case's collations, publications, ...) is kept and reported.
  std::string problems;
  for (const auto& d : result.diagnostics) {
    const bool kept = d.message.find("unmanaged statement") != std::string::npos || d.message.find("PostgreSQL truncates it to") != std::string::npos;
    if (d.severity != parser::Severity::Note && !kept) problems += parser::format(d) + "\n";
  }
  EXPECT_EQ(problems, "");
  return result.catalog;
}

// Every case that declares a newer server needs exactly that version: the one before it is
// refused, it and the later ones are not. Three cases' newer syntax is only how their file says
// it (SET EXPRESSION, a named NOT NULL: what they make, older servers express) or is in what the
// model does not manage (publications' column lists: kept, not written).
TEST(TargetVersion, EachNewerSyntaxCaseNeedsItsDeclaredVersion) {
  const std::set<std::string> file_syntax_only{"pg17_set_expression", "pg18_not_null_table_constraint",
                                               "pg15_publication_column_lists_and_schemas"};
  int checked = 0;
  for (const auto& folder : case_folders()) {
    const int needed = case_min_server_version(folder);
    if (needed == 0) continue;
    const std::string name = fs::path(folder).filename().string();
    const auto catalog = case_target(name);
    EXPECT_EQ(target_version_problems(catalog, needed - 1).empty(), file_syntax_only.count(name) == 1)
        << folder << " on PostgreSQL " << needed - 1;
    for (int version = needed; version <= generator::postgres::k_newest_target_version; ++version)
      EXPECT_EQ(target_version_problems(catalog, version), std::vector<std::string>{}) << folder << " on " << version;
    ++checked;
  }
  EXPECT_GE(checked, 10);
}

TEST(TargetVersion, ProblemsNameTheObjectAndTheVersion) {
  const auto problems = target_version_problems(case_target("pg18_temporal_keys"), 17);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0], "constraint bookings_room_fk on public.bookings: PERIOD foreign keys (PostgreSQL 18 and later)");
  EXPECT_EQ(problems[1], "constraint rooms_pkey on public.rooms: WITHOUT OVERLAPS keys (PostgreSQL 18 and later)");
}

// The cases without a declared version are PostgreSQL 14's syntax.
TEST(TargetVersion, CasesWithoutAVersionFitPostgres14) {
  for (const auto& folder : case_folders()) {
    if (case_min_server_version(folder) != 0) continue;
    const auto catalog = case_target(fs::path(folder).filename().string());
    EXPECT_EQ(target_version_problems(catalog, 14), std::vector<std::string>{}) << folder;
  }
}

}  // namespace
}  // namespace schemadelta::testing

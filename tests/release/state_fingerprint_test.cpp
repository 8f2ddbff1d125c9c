// The state fingerprint in script headers is what apply compares with a live database: a
// hand-written schema and the same schema loaded into PostgreSQL and read back by pg_dump must
// have the same one whenever `check` sees no drift between them. Every case's target.sql.
#include <gtest/gtest.h>

#include <filesystem>

#include "compare/drift.h"
#include "release/state_fingerprint.h"
#include "snapshot/load_snapshot.h"
#include "tests/release/release_support.h"
#include "tests/support/case_scripts.h"

namespace schemadelta::testing::release_tests {
namespace {

TEST(StateFingerprint, FileAndLiveDatabaseAgreeWhenCheckSeesNoDrift) {
  int compared = 0, equal = 0, drifting = 0, skipped = 0;
  for (const auto& folder : case_folders()) {
    if (!case_skip_reason(folder).empty()) {
      ++skipped;
      continue;
    }
    const std::string text = read_file((fs::path(folder) / "target.sql").string());
    std::string problems;
    const auto file = parse_clean(folder, text, problems);
    if (!problems.empty()) {
      ++skipped;
      continue;
    }
    create_roles_for(file.catalog);
    const auto database = fresh_database("state");
    if (!test_server().run_sql(database, text).ok) {
      ++skipped;  // a case that needs rows or objects to load it cannot say anything here
      continue;
    }
    snapshot::SnapshotOptions options;
    options.internal_schemas = {"schemadelta_archive"};
    const auto live = snapshot::load_snapshot({test_server().connection_uri(database)}, options);
    test_server().drop_database(database);
    ASSERT_TRUE(live) << folder;
    ++compared;
    if (compare::detect_drift(file.catalog, live->catalog).has_drift()) {
      ++drifting;  // check itself sees a difference (the known drift classes): apply says "not at"
      continue;
    }
    const bool same = release::state_fingerprint(file.catalog) == release::state_fingerprint(live->catalog);
    equal += same;
    EXPECT_TRUE(same) << fs::path(folder).filename() << ": check sees no drift, but the state fingerprints differ";
  }
  std::cout << "state fingerprints: " << compared << " cases loaded, " << equal << " equal, " << drifting << " with drift check reports, "
            << skipped << " skipped\n";
  EXPECT_GE(equal * 10, compared * 9) << "nine in ten hand-written targets read back with the same fingerprint";
}

}  // namespace
}  // namespace schemadelta::testing::release_tests

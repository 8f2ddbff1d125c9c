// Each case keeps the migration and rollback `diff` writes for it (expected_up.sql,
// expected_down.sql), compared byte for byte: every change of output shows in review. The server
// proof of the same scripts is migration_cases_test. `make golden` writes them anew.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "tests/support/case_scripts.h"
#include "tests/support/test_server.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

bool updating() { return std::getenv("SCHEMADELTA_UPDATE_GOLDEN") != nullptr; }

void expect_file(const fs::path& path, const std::string& text) {
  if (updating()) {
    std::ofstream(path, std::ios::binary) << text;
    return;
  }
  ASSERT_TRUE(fs::exists(path)) << path << " is missing: run `make golden`";
  EXPECT_TRUE(read_file(path.string()) == text) << path << " differs from what diff writes now: review, then run `make golden`";
}

class GoldenScripts : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenScripts, ScriptsAreTheReviewedOnes) {
  const fs::path folder = GetParam();
  const auto scripts = case_scripts(read_file((folder / "source.sql").string()), read_file((folder / "target.sql").string()),
                                    case_renames(folder.string()));
  ASSERT_FALSE(scripts.parse_errors) << scripts.problems;
  expect_file(folder / "expected_up.sql", scripts.pair.migration.text);
  expect_file(folder / "expected_down.sql", scripts.pair.rollback.text);
  // A noop_ case shows two spellings of one schema: its migration has no statement. The known
  // exceptions are spellings the embedded normalization does not yet make equal (issue 12, A17);
  // each must stay non-empty until fixed, so that fixing one takes it off this list.
  static const std::set<std::string> known_spellings_apart{};
  const std::string name = folder.filename().string();
  if (name.starts_with("noop_")) {
    EXPECT_EQ(scripts.pair.migration.empty, !known_spellings_apart.count(name)) << scripts.pair.migration.text;
  }
}

std::string case_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = fs::path(info.param).filename().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenScripts, ::testing::ValuesIn(case_folders()), case_name);

}  // namespace
}  // namespace schemadelta::testing

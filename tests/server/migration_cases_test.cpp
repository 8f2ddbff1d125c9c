// Every case in tests/cases/<name>/{source,target}.sql, proven on PostgreSQL 15 with rows in
// every table: the migration applies, the result equals the target loaded alone, a second run
// succeeds and changes nothing, diffing the result against the target finds nothing left to do,
// and the rollback brings back the source schema and every row.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "compare/change_set.h"
#include "pipeline/migration_pair.h"
#include "generator/postgres/quoting.h"
#include "tests/support/case_scripts.h"
#include "tests/support/test_server.h"
#include "verify/prove_scripts.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

std::string case_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = fs::path(info.param).filename().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

// What a case expects when its tables hold rows: the migration refuses with this message
// (its pre-flight checks, or PostgreSQL itself), and the database is left as it was.
std::string expected_data_failure(const std::string& folder) {
  if (folder.empty() || !fs::exists(fs::path(folder) / "data_failure.txt")) return "";
  std::string text = read_file((fs::path(folder) / "data_failure.txt").string());
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

struct Case {
  std::string name, source_text, target_text;
  std::vector<compare::Rename> renames;
  std::string data_failure;  // expected refusal of the filled tables; empty: the rows go through
};

// The scripts `diff` writes for the case, proven by the same code as `schemadelta verify`: rows
// in every table, migration twice, rollback twice, schemas and rows compared on the server.
void prove_migration(const Case& c) {
  const auto scripts = case_scripts(c.source_text, c.target_text, c.renames);
  ASSERT_FALSE(scripts.parse_errors) << scripts.problems;
  const auto& pair = scripts.pair;
  ASSERT_TRUE(pair.errors.empty()) << pair.errors.front();
  ASSERT_TRUE(pair.rollback_errors.empty()) << pair.rollback_errors.front();

  const auto input = verify::proof_input(c.name, c.source_text, c.target_text, pair);
  verify::ProofOptions proof_options;
  proof_options.compare_rows = scripts.rows_kept;
  proof_options.expected_data_failure = c.data_failure;
  auto proof = verify::prove_scripts(test_server(), input, proof_options);
  EXPECT_TRUE(proof.passed()) << proof.failures() << "--- migration:\n" << pair.migration.text << "--- rollback:\n" << pair.rollback.text;
}

class MigrationCase : public ::testing::TestWithParam<std::string> {};

TEST_P(MigrationCase, MigrationIsCorrectIdempotentAndConverges) {
  const fs::path folder = GetParam();
  if (auto reason = case_skip_reason(folder.string()); !reason.empty()) GTEST_SKIP() << reason;
  prove_migration({folder.filename().string(), read_file((folder / "source.sql").string()),
                   read_file((folder / "target.sql").string()), case_renames(folder.string()), expected_data_failure(folder.string())});
}

INSTANTIATE_TEST_SUITE_P(Cases, MigrationCase, ::testing::ValuesIn(case_folders()), case_name);

}  // namespace
}  // namespace schemadelta::testing

namespace schemadelta::testing {
namespace {

std::vector<std::string> real_pairs() {
  std::vector<std::string> pairs;
  std::istringstream in(read_file(std::string(SCHEMADELTA_SOURCE_DIR) + "/tests/real_schemas/pairs.txt"));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') pairs.push_back(line);
  }
  return pairs;
}

std::string pair_name(const ::testing::TestParamInfo<std::string>& info) {
  std::istringstream in(info.param);
  std::string source, target;
  in >> source >> target;
  std::string name = source + "_" + target;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

class RealMigration : public ::testing::TestWithParam<std::string> {};

TEST_P(RealMigration, MigrationIsCorrectIdempotentAndConverges) {
  std::istringstream in(GetParam());
  std::string source, target, data_failure;
  in >> source >> target;
  std::getline(in >> std::ws, data_failure);  // the rest of the line: what the rows must make the migration refuse
  const std::string root = std::string(SCHEMADELTA_SOURCE_DIR) + "/tests/real_schemas/";
  prove_migration({fs::path(target).filename().string(), read_file(root + source + ".sql"), read_file(root + target + ".sql"), {},
                   data_failure});
}

INSTANTIATE_TEST_SUITE_P(RealSchemas, RealMigration, ::testing::ValuesIn(real_pairs()), pair_name);

}  // namespace
}  // namespace schemadelta::testing

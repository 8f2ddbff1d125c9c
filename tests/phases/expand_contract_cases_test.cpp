// Every case in tests/cases and every real pair, released in two phases: `diff --expand-contract`
// writes them and the proof `verify --expand-contract` runs checks them on PostgreSQL with rows.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "compare/compare.h"
#include "pipeline/expand_contract.h"
#include "tests/support/case_scripts.h"
#include "tests/support/test_server.h"
#include "verify/prove_phases.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

std::string test_name(std::string name) {
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

// What --expand-contract refuses on purpose (said to the user, exit 2): not a failure.
bool refused_on_purpose(const std::vector<std::string>& errors) {
  return !errors.empty() && std::all_of(errors.begin(), errors.end(), [](const std::string& e) {
    return e.starts_with("--expand-contract cannot");
  });
}

// The statements a script runs: its comment lines (the header names the phase and the models'
// fingerprints) aside.
std::string statements_of(const std::string& script) {
  std::string statements;
  std::istringstream in(script);
  for (std::string line; std::getline(in, line);) {
    if (!line.starts_with("--")) statements += line + "\n";
  }
  return statements;
}

bool writes_nothing(const pipeline::MigrationPair& phase) { return phase.forward.empty() && phase.backward.empty(); }

bool runs_the_same(const pipeline::MigrationPair& phase, const pipeline::MigrationPair& one_step) {
  return statements_of(phase.migration.text) == statements_of(one_step.migration.text) &&
         statements_of(phase.rollback.text) == statements_of(one_step.rollback.text);
}

// When one phase changes nothing and the other runs the statements of the one-step migration
// (most cases: an addition is all expand, a removal all contract), proving that phase on the
// server would repeat MigrationCase's proof of the same scripts with the same rows. What is the
// phases' own is checked here instead, without a server: EXPAND, the schema between them, is
// SOURCE (nothing to expand) or TARGET (nothing to contract), and keeps what SOURCE's version
// needs. Returns why the proof is not needed, or "" when it is.
std::string proven_as_one_step(const pipeline::Phases& phases, const CaseScripts& one_step, const model::Catalog& source,
                               const model::Catalog& target, bool compare_rows) {
  if (!phases.state.syncs.empty() || (compare_rows && !one_step.rows_kept)) return "";
  const bool only_expand = writes_nothing(phases.contract) && runs_the_same(phases.expand, one_step.pair);
  const bool only_contract = writes_nothing(phases.expand) && runs_the_same(phases.contract, one_step.pair);
  if (!only_expand && !only_contract) return "";
  std::string problems;
  const auto expand = parse_clean("EXPAND", phases.expand_sql, problems);
  if (expand.has_errors()) return "";
  const auto& phase_end = only_expand ? target : source;
  if (!compare::compare(expand.catalog, phase_end).changes.empty()) return "";
  if (!verify::source_objects_missing(source, phases.expand_catalog).empty()) return "";
  return only_expand ? "contract changes nothing; expand runs the one-step migration's statements, proven by MigrationCase"
                     : "expand changes nothing; contract runs the one-step migration's statements, proven by MigrationCase";
}

void prove_phases(const std::string& name, const std::string& source_text, const std::string& target_text,
                  const std::vector<compare::Rename>& renames, bool data_failure) {
  std::string problems;
  auto source = parse_clean("source.sql", source_text, problems);
  auto target = parse_clean("target.sql", target_text, problems);
  ASSERT_FALSE(source.has_errors() || target.has_errors()) << problems;
  pipeline::PairOptions options;
  options.compare.renames = renames;
  const auto phases = pipeline::write_expand_contract(source.catalog, target.catalog, options);
  if (refused_on_purpose(phases.errors)) GTEST_SKIP() << phases.errors.front();
  ASSERT_TRUE(phases.errors.empty()) << phases.errors.front();
  for (const auto* pair : {&phases.expand, &phases.contract}) {
    ASSERT_TRUE(pair->rollback_errors.empty()) << pair->rollback_errors.front();
  }
  const bool compare_rows = phases.expand.forward_plan.problems.empty() && phases.contract.forward_plan.problems.empty();
  if (auto reason = proven_as_one_step(phases, case_scripts(source_text, target_text, renames), source.catalog, target.catalog,
                                       compare_rows);
      !reason.empty()) {
    ::testing::Test::RecordProperty("proven_by", reason);
    return;
  }
  verify::ProofOptions proof_options;
  // Rows that make the one-step migration refuse (data_failure.txt) make a phase refuse too:
  // those cases are proven on empty tables here, the refusal itself by migration_cases.
  proof_options.with_rows = !data_failure;
  proof_options.compare_rows = compare_rows;
  auto proof = verify::prove_phases(test_server(), {name, source_text, target_text, &source.catalog, &phases}, proof_options);
  EXPECT_TRUE(proof.passed()) << proof.failures() << "--- EXPAND:\n" << phases.expand_sql << "--- expand:\n"
                              << phases.expand.migration.text << "--- contract:\n"
                              << phases.contract.migration.text;
}

class ExpandContractCase : public ::testing::TestWithParam<std::string> {};

TEST_P(ExpandContractCase, BothPhasesApplyRollBackAndKeepWhatTheOldVersionNeeds) {
  const fs::path folder = GetParam();
  if (auto reason = case_skip_reason(folder.string()); !reason.empty()) GTEST_SKIP() << reason;
  prove_phases(folder.filename().string(), read_file((folder / "source.sql").string()), read_file((folder / "target.sql").string()),
               case_renames(folder.string()), fs::exists(folder / "data_failure.txt"));
}

std::string case_name(const ::testing::TestParamInfo<std::string>& info) { return test_name(fs::path(info.param).filename().string()); }

INSTANTIATE_TEST_SUITE_P(Cases, ExpandContractCase, ::testing::ValuesIn(case_folders()), case_name);

std::vector<std::string> real_pairs() {
  std::vector<std::string> pairs;
  std::istringstream in(read_file(std::string(SCHEMADELTA_SOURCE_DIR) + "/tests/real_schemas/pairs.txt"));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') pairs.push_back(line);
  }
  return pairs;
}

class ExpandContractReal : public ::testing::TestWithParam<std::string> {};

TEST_P(ExpandContractReal, BothPhasesApplyRollBackAndKeepWhatTheOldVersionNeeds) {
  std::istringstream in(GetParam());
  std::string source, target, data_failure;
  in >> source >> target;
  std::getline(in >> std::ws, data_failure);
  const std::string root = std::string(SCHEMADELTA_SOURCE_DIR) + "/tests/real_schemas/";
  prove_phases(fs::path(target).filename().string(), read_file(root + source + ".sql"), read_file(root + target + ".sql"), {},
               !data_failure.empty());
}

std::string pair_name(const ::testing::TestParamInfo<std::string>& info) {
  std::istringstream in(info.param);
  std::string source, target;
  in >> source >> target;
  return test_name(source + "_" + target);
}

INSTANTIATE_TEST_SUITE_P(RealSchemas, ExpandContractReal, ::testing::ValuesIn(real_pairs()), pair_name);

}  // namespace
}  // namespace schemadelta::testing

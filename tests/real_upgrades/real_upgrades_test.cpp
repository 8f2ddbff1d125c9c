// Real application upgrades (tests/real_upgrades/README.md): for each application fetched by
// scripts/fetch-real-upgrades.sh, its versions are rebuilt on a throwaway PostgreSQL 15 and every
// consecutive pair, plus a few long jumps, goes through `diff` and the proof every case in
// tests/cases/ gets (migration, second run, convergence, rollback, rows). The target of a pair
// is the schema the application's own upgrade script made, so "the result equals TARGET" says
// our migration reaches what the application reaches.
//
// Pairs that fail today are listed in known_failures.txt with the first line of their failure:
// they must keep failing that way, so a fixed defect (or a new way of failing) shows up here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/real_upgrades/upgrade_chain.h"
#include "tests/support/case_scripts.h"
#include "tests/support/test_server.h"
#include "verify/prove_scripts.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

struct Pair {
  const SchemaVersion* from;
  const SchemaVersion* to;
  std::string name() const { return from->label + " -> " + to->label; }
};

const SchemaVersion kEmpty{"empty", ""};

// Consecutive versions, the first to the last, and the newest from and to an empty schema.
std::vector<Pair> pairs_of(const UpgradeChain& chain) {
  std::vector<Pair> pairs;
  const auto& v = chain.versions;
  for (std::size_t i = 1; i < v.size(); ++i) pairs.push_back({&v[i - 1], &v[i]});
  if (v.size() > 2) pairs.push_back({&v.front(), &v.back()});
  pairs.push_back({&kEmpty, &v.back()});
  pairs.push_back({&v.back(), &kEmpty});
  return pairs;
}

// A failure's first line without what changes from run to run or with unrelated edits: psql's
// "psql:<stdin>:LINE:" prefix.
std::string first_line(const std::string& text) {
  std::istringstream in(text);
  std::string line, first;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (first.empty()) first = line;
    if (line.find("ERROR:") != std::string::npos) {
      first = line;
      break;
    }
  }
  if (first.rfind("psql:", 0) == 0) {
    const auto error = first.find("ERROR:");
    if (error != std::string::npos) first = first.substr(error);
  }
  return first;
}

// "" when the pair's scripts are proven; else the failed step and the first line of its detail.
std::string prove_pair(const std::string& app, const Pair& p, std::string& details) {
  const auto scripts = case_scripts(p.from->dump, p.to->dump, {});
  if (scripts.parse_errors) {
    details = scripts.problems;
    return "parse error: " + first_line(scripts.problems);
  }
  const auto& pair = scripts.pair;
  if (!pair.errors.empty()) return details = "diff refuses: " + first_line(pair.errors.front());
  if (!pair.rollback_errors.empty()) return details = "rollback refused: " + first_line(pair.rollback_errors.front());
  verify::ProofOptions options;
  options.compare_rows = scripts.rows_kept;
  const auto proof = verify::prove_scripts(test_server(), verify::proof_input(app, p.from->dump, p.to->dump, pair), options);
  if (proof.passed()) return "";
  details = proof.failures() + "--- migration:\n" + pair.migration.text + "--- rollback:\n" + pair.rollback.text;
  for (const auto& step : proof.steps) {
    if (!step.passed) return step.name + ": " + first_line(step.detail);
  }
  return "failed";
}

class RealUpgrade : public ::testing::TestWithParam<std::string> {};

TEST_P(RealUpgrade, EveryPairIsProvenOrAKnownFailure) {
  const auto app = read_application(GetParam());
  const auto chain = build_chain(app);
  const auto known = known_failures();
  std::cout << app.name << ": " << chain.versions.size() << " versions (";
  for (const auto& v : chain.versions) std::cout << (&v == &chain.versions.front() ? "" : ", ") << v.label;
  std::cout << "); rebuilt back to " << chain.versions.front().label << ", stopped: " << chain.stopped_because.substr(0, 1500) << "\n";
  int proven = 0, failing = 0;
  for (const auto& p : pairs_of(chain)) {
    const std::string key = app.name + " " + p.name();
    std::string details;
    const std::string failure = prove_pair(app.name, p, details);
    const auto listed = known.find(key);
    if (failure.empty()) {
      ++proven;
      EXPECT_EQ(listed, known.end()) << key << " is proven now: remove it from known_failures.txt";
    } else {
      ++failing;
      if (listed == known.end()) {
        ADD_FAILURE() << key << " fails (not in known_failures.txt):\n" << key << " | " << failure << "\n" << details;
      } else {
        EXPECT_EQ(listed->second, failure) << key << " fails differently now: update known_failures.txt\n" << details;
      }
    }
    std::cout << "  " << key << ": " << (failure.empty() ? "proven" : "FAILS " + failure) << "\n";
  }
  std::cout << app.name << ": " << proven << " pairs proven, " << failing << " failing\n";
}

std::string app_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

INSTANTIATE_TEST_SUITE_P(Applications, RealUpgrade, ::testing::ValuesIn(application_names()), app_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(RealUpgrade);

// Without the fetched applications nothing above runs: that is a failure, not a pass.
TEST(RealUpgrades, TheApplicationsAreFetched) {
  EXPECT_FALSE(real_upgrades_cache().empty()) << "SCHEMADELTA_REAL_UPGRADES is not set";
  EXPECT_GE(application_names().size(), 7u) << "run scripts/fetch-real-upgrades.sh " << real_upgrades_cache();
}

// Every known failure names a pair this suite still makes (a renamed version leaves none behind).
TEST(RealUpgrades, KnownFailuresNameApplicationsThatExist) {
  const auto names = application_names();
  for (const auto& [key, failure] : known_failures()) {
    if (key.rfind("extension ", 0) == 0) continue;  // contrib_extensions_test.cpp checks those
    const std::string app = key.substr(0, key.find(' '));
    EXPECT_NE(std::find(names.begin(), names.end(), app), names.end()) << key << ": no such application";
  }
}

}  // namespace
}  // namespace schemadelta::testing

// A change's assessment says what the script does with the options it is written with: an index
// built CONCURRENTLY does not make writes wait, and a constraint added NOT VALID reads no row.
#include <gtest/gtest.h>

#include <algorithm>

#include "compare/compare.h"
#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

using compare::ChangeType;
using compare::Hazard;

const compare::Change& only(const compare::ChangeSet& set, ChangeType type) {
  auto it = std::find_if(set.changes.begin(), set.changes.end(), [&](const auto& c) { return c.type == type; });
  EXPECT_NE(it, set.changes.end()) << "no " << compare::change_type_name(type);
  return *it;
}

bool has(const compare::Assessment& a, Hazard hazard) { return std::count(a.hazards.begin(), a.hazards.end(), hazard) > 0; }

compare::ChangeSet diff(const std::string& source, const std::string& target, bool concurrent_indexes) {
  auto from = parse_text(source), to = parse_text(target);
  EXPECT_FALSE(from.has_errors() || to.has_errors()) << messages(from) << messages(to);
  compare::CompareOptions options;
  options.concurrent_indexes = concurrent_indexes;
  return compare::compare(from.catalog, to.catalog, options);
}

TEST(HazardOptions, AnIndexBuiltConcurrentlyLetsWritesGoOn) {
  const std::string source = "CREATE TABLE t (id int PRIMARY KEY, code text);";
  const std::string target = source + "CREATE INDEX t_code ON t (code); CREATE UNIQUE INDEX t_code_u ON t (lower(code));";
  for (bool concurrently : {false, true}) {
    const auto set = diff(source, target, concurrently);
    for (const auto& change : set.changes) {
      if (change.type != ChangeType::CreateIndex) continue;
      EXPECT_EQ(has(change.assessment, Hazard::BlocksWrites), !concurrently) << change.id.name << " concurrently=" << concurrently;
      if (change.id.name == "t_code") {
        EXPECT_EQ(change.assessment.explanation.find("use --concurrently") != std::string::npos, !concurrently) << change.assessment.explanation;
      }
      // Duplicates still stop a unique index, however it is built.
      EXPECT_EQ(has(change.assessment, Hazard::MayFailOnExistingRows), change.id.name == "t_code_u");
    }
  }
}

TEST(HazardOptions, ANotValidConstraintReadsNoRow) {
  const std::string source = "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, p_id int, n int);";
  const auto not_valid = diff(source, source + "ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p (id) NOT VALID;", false);
  EXPECT_FALSE(has(only(not_valid, ChangeType::AddConstraint).assessment, Hazard::MayFailOnExistingRows));
  const auto checked = diff(source, source + "ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p (id);", false);
  EXPECT_TRUE(has(only(checked, ChangeType::AddConstraint).assessment, Hazard::MayFailOnExistingRows));
  const auto check_not_valid = diff(source, source + "ALTER TABLE c ADD CONSTRAINT c_n CHECK (n > 0) NOT VALID;", false);
  EXPECT_FALSE(has(only(check_not_valid, ChangeType::AddConstraint).assessment, Hazard::MayFailOnExistingRows));
}

}  // namespace
}  // namespace schemadelta::testing

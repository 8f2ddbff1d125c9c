// diff --flyway and --liquibase: the files' names and content by the tools' documented rules
// (Flyway: V<version>__<description>.sql and U... for its undo, script configuration files;
// Liquibase formatted SQL: the first line, "--changeset author:id attributes", "--rollback" lines).
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "release/tool_files.h"
#include "tests/release/release_support.h"

namespace schemadelta::testing::release_tests {
namespace {

// Each test's own pair of files, and what diff wrote for it last.
struct Written : DiffedPair {
  std::string migration, rollback;
  verify::ProcessResult diff(std::vector<std::string> extra) {
    auto run = DiffedPair::diff(std::move(extra));
    migration = DiffedPair::migration();
    rollback = DiffedPair::rollback();
    return run;
  }
};

TEST(Flyway, NamesAndContent) {
  Written w;
  const fs::path dir = w.space.root / "flyway";
  auto run = w.diff({"--flyway", dir.string(), "--version", "1.2", "--description", "add orders and prices"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto versioned = dir / "V1.2__add_orders_and_prices.sql", undo = dir / "U1.2__add_orders_and_prices.sql";
  ASSERT_TRUE(fs::exists(versioned));
  ASSERT_TRUE(fs::exists(undo));
  // Flyway's pattern: prefix, version, "__", description, suffix.
  static const std::regex flyway_name(R"([VU][0-9]+([._][0-9]+)*__[A-Za-z0-9_.-]+\.sql)");
  EXPECT_TRUE(std::regex_match(versioned.filename().string(), flyway_name));
  EXPECT_TRUE(std::regex_match(undo.filename().string(), flyway_name));
  const auto v = read_file(versioned.string()), u = read_file(undo.string());
  EXPECT_TRUE(v.ends_with(w.migration)) << "the versioned migration is diff's migration after its header";
  EXPECT_TRUE(u.ends_with(w.rollback)) << "the undo is diff's rollback after its header";
  EXPECT_NE(v.find("-- Expects the schemas: public"), std::string::npos) << v.substr(0, 300);
  // The scripts hold their own transaction: Flyway must not open one around them.
  EXPECT_EQ(read_file(versioned.string() + ".conf"), "executeInTransaction=false\n");
  EXPECT_EQ(read_file(undo.string() + ".conf"), "executeInTransaction=false\n");
  // A version is written once.
  auto again = w.diff({"--flyway", dir.string(), "--version", "1.2", "--description", "add orders and prices"});
  EXPECT_EQ(again.exit_code, 2);
}

TEST(Flyway, RefusesNamesFlywayCannotRead) {
  EXPECT_EQ(release::flyway_file_name('V', "2_1", "x y"), "V2_1__x_y.sql");
  EXPECT_EQ(release::flyway_file_name('V', "1.a", "x"), "");
  EXPECT_EQ(release::flyway_file_name('V', "1", "../../etc/passwd"), "");
  EXPECT_EQ(release::flyway_file_name('V', "1", ""), "");
  Written w;
  auto run = w.diff({"--flyway", w.space.path("f"), "--version", "1", "--description", "a/b"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_FALSE(fs::exists(w.space.root / "f"));
  auto missing = w.diff({"--flyway", w.space.path("f"), "--version", "1"});
  EXPECT_EQ(missing.exit_code, 2) << "--description is needed";
}

TEST(Liquibase, FormattedSqlGrammar) {
  Written w;
  const auto file = w.space.path("changelog.sql");
  auto run = w.diff({"--liquibase", file, "--author", "release.team", "--id", "v1-2"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::istringstream in(read_file(file));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_GT(lines.size(), 4u);
  EXPECT_EQ(lines[0], "--liquibase formatted sql");
  // One changeset: "--changeset author:id" and attributes as name:value.
  static const std::regex changeset(R"(--changeset ([^\s:]+):(\S+)((\s+[A-Za-z]+:\S+)*))");
  int changesets = 0;
  std::string body, rollback;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::smatch match;
    if (std::regex_match(lines[i], match, changeset)) {
      ++changesets;
      EXPECT_EQ(match[1], "release.team");
      EXPECT_EQ(match[2], "v1-2");
      EXPECT_NE(match[3].str().find("splitStatements:false"), std::string::npos);
      EXPECT_NE(match[3].str().find("runInTransaction:false"), std::string::npos);
    } else if (lines[i].starts_with("--rollback ")) {
      rollback += lines[i].substr(11) + "\n";
    } else if (lines[i] == "--rollback") {
      rollback += "\n";
    } else if (!lines[i].starts_with("--comment:")) {
      EXPECT_TRUE(rollback.empty()) << "the rollback lines come last: " << lines[i];
      if (changesets) body += lines[i] + "\n";
    }
  }
  EXPECT_EQ(changesets, 1);
  EXPECT_EQ(body, w.migration);
  // Each rollback line is the rollback's line; "--rollback " with an empty line keeps a space.
  std::string expected_rollback;
  std::istringstream back(w.rollback);
  for (std::string line; std::getline(back, line);) expected_rollback += line + "\n";
  std::string trimmed;
  std::istringstream got(rollback);
  for (std::string line; std::getline(got, line);) trimmed += line + "\n";
  EXPECT_EQ(trimmed, expected_rollback);
  auto bad = w.diff({"--liquibase", w.space.path("c2.sql"), "--author", "a b", "--id", "1"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_FALSE(fs::exists(w.space.root / "c2.sql"));
}

}  // namespace
}  // namespace schemadelta::testing::release_tests

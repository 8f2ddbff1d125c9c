// The commands against a live PostgreSQL (issue 16): `snapshot` is deterministic (pg_dump 15.14+
// brackets a dump in \restrict KEY / \unrestrict KEY with a random key), and `verify` says when
// each step starts and ends, with its time, and the total.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "tests/support/test_server.h"
#include "verify/process.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

struct Workspace {
  fs::path root;
  Workspace() {
    std::string dir = (fs::temp_directory_path() / "schemadelta-cli16-XXXXXX").string();
    root = ::mkdtemp(dir.data());
  }
  ~Workspace() { fs::remove_all(root); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(root / name) << text;
    return (root / name).string();
  }
};

verify::ProcessResult schemadelta(std::vector<std::string> args) {
  args.insert(args.begin(), SCHEMADELTA_BINARY);
  return verify::run_process(args, {});
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> result;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) result.push_back(line);
  return result;
}

TEST(Snapshot, TwoSnapshotsOfOneDatabaseAreTheSameBytes) {
  Workspace work;
  const auto database = fresh_database("restrict");
  ASSERT_TRUE(test_server().run_sql(database, "CREATE TABLE t (id int PRIMARY KEY, note text); CREATE INDEX t_note ON t (note);").ok);
  // The server's own pg_dump writes the random keys: the test means something.
  const auto raw = test_server().dump_schema(database);
  const bool dump_restricts = raw.find("\n\\restrict ") != std::string::npos || raw.starts_with("\\restrict ");
  const auto uri = test_server().connection_uri(database);
  const auto first = work.root / "first.sql", second = work.root / "second.sql";
  auto one = schemadelta({"snapshot", uri, "-o", first.string()});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  auto two = schemadelta({"snapshot", uri, "-o", second.string()});
  ASSERT_EQ(two.exit_code, 0) << two.err;
  const auto a = read_file(first.string()), b = read_file(second.string());
  EXPECT_EQ(a, b) << "two snapshots of one database differ";
  EXPECT_NE(a.find("CREATE TABLE public.t"), std::string::npos) << a;
  for (const auto& line : lines(a)) {
    EXPECT_FALSE(line.starts_with("\\restrict") || line.starts_with("\\unrestrict")) << line;
  }
  if (!dump_restricts) GTEST_SKIP() << "this pg_dump writes no \\restrict lines (before 15.14)";
  // A dump with its keys reads as the same schema as the snapshot without them.
  const auto dumped = work.write("dumped.sql", raw);
  auto same = schemadelta({"check", first.string(), dumped});
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
  test_server().drop_database(database);
}

TEST(Verify, EachStepSaysWhenItStartsAndEndsWithItsTime) {
  Workspace work;
  const auto source = work.write("source.sql", "CREATE TABLE t (id int PRIMARY KEY, c int);\n");
  const auto target = work.write("target.sql", "CREATE TABLE t (id int PRIMARY KEY, c int, d text);\n");
  auto run = schemadelta({"verify", source, target});
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
  const std::regex started(R"(^schemadelta verify: (.+) \.\.\.$)"), ended(R"(^schemadelta verify: (.+): done in [0-9]+\.[0-9] s$)"),
      total(R"(^schemadelta verify: finished in [0-9]+\.[0-9] s \(([0-9]+) steps\)$)");
  std::vector<std::string> open, steps;
  int total_lines = 0, reported_steps = -1;
  for (const auto& line : lines(run.err)) {
    std::smatch match;
    if (std::regex_match(line, match, started)) {
      EXPECT_TRUE(open.empty()) << "step '" << match[1] << "' started before '" << (open.empty() ? "" : open.back()) << "' ended";
      open.push_back(match[1]);
      steps.push_back(match[1]);
    } else if (std::regex_match(line, match, ended)) {
      ASSERT_FALSE(open.empty()) << "ended without a start: " << line;
      EXPECT_EQ(open.back(), match[1]);
      open.pop_back();
    } else if (std::regex_match(line, match, total)) {
      ++total_lines;
      reported_steps = std::stoi(match[1]);
      EXPECT_TRUE(open.empty()) << "the total came before the end of " << open.back();
    }
  }
  EXPECT_TRUE(open.empty()) << "steps without an end:\n" << run.err;
  EXPECT_EQ(total_lines, 1) << run.err;
  EXPECT_EQ(reported_steps, static_cast<int>(steps.size())) << run.err;
  ASSERT_GE(steps.size(), 4u) << run.err;
  EXPECT_EQ(steps.front(), "starting a throwaway PostgreSQL 15");
  EXPECT_EQ(steps.back(), "stopping the server");
  EXPECT_TRUE(lines(run.err).back().starts_with("schemadelta verify: finished in")) << "the total is the last line:\n" << run.err;
  // --quiet: no progress at all.
  auto quiet = schemadelta({"verify", source, target, "--quiet"});
  EXPECT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_EQ(quiet.err, "");
}

TEST(Verify, WhatIsLeftToMigrateSaysTheKindOnce) {
  Workspace work;
  const auto source = work.write("source.sql", "CREATE TABLE t (id int PRIMARY KEY, c int);\n");
  const auto target = work.write("target.sql", "CREATE TABLE t (id int PRIMARY KEY, c int, d text);\n");
  const auto noop = work.write("noop.sql", "SELECT 1;\n");
  auto run = schemadelta({"verify", source, target, "--migration", noop, "--quiet"});
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_NE(run.out.find("FAIL  nothing is left to migrate\n      add column public.t.d\n"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("column column"), std::string::npos) << run.out;
}

TEST(Check, NormalizedThroughAServerStillPointsIntoExpected) {
  Workspace work;
  // EXPECTED is compared as a throwaway server's dump of it: places are still its own lines.
  const auto expected = work.write("expected.sql", "-- kept by hand\n\n\nCREATE TABLE orders (id int PRIMARY KEY, total numeric(12,2));\n"
                                                   "CREATE CAST (text AS int) WITH INOUT;\n");
  const auto actual = work.write("actual.sql", "CREATE TABLE orders (id int PRIMARY KEY, total numeric(10,2));\n");
  auto run = schemadelta({"check", expected, actual, "--normalize-with-server"});
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_NE(run.out.find("different  table public.orders  (" + expected + ":4)"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("unsupported CREATE CAST at " + expected + ":5:1"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("server dump"), std::string::npos) << run.out;
  auto sarif = schemadelta({"check", expected, actual, "--normalize-with-server", "--format", "sarif"});
  EXPECT_EQ(sarif.out.find("server dump"), std::string::npos) << sarif.out;
  EXPECT_NE(sarif.out.find("\"startLine\": 4"), std::string::npos) << sarif.out;
  // EXPECTED's warnings are said once, though it is read twice.
  std::size_t casts = 0;
  for (auto at = run.err.find("CREATE CAST"); at != std::string::npos; at = run.err.find("CREATE CAST", at + 1)) ++casts;
  EXPECT_LE(casts, 2u) << run.err;  // the warning line and its quoted source line
}

}  // namespace
}  // namespace schemadelta::testing

// The command line against live databases on PostgreSQL 15: snapshots from a URI, `check` and
// its report formats, ignore rules, `verify` passing and failing, and no server left behind
// when `verify` is killed.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <thread>
#include <vector>

#include "snapshot/load_snapshot.h"
#include "tests/support/test_server.h"
#include "verify/process.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

const char* kSchema = R"(
CREATE TABLE customers (id integer PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers(id), total numeric(12,2));
CREATE INDEX orders_customer ON orders (customer_id);
)";

struct Workspace {
  fs::path root;
  Workspace() {
    std::string dir = (fs::temp_directory_path() / "schemadelta-cli-XXXXXX").string();
    root = ::mkdtemp(dir.data());
  }
  ~Workspace() { fs::remove_all(root); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(root / name) << text;
    return (root / name).string();
  }
};

verify::ProcessResult schemadelta(std::vector<std::string> args, const fs::path& cwd = fs::current_path()) {
  args.insert(args.begin(), SCHEMADELTA_BINARY);
  verify::ProcessOptions options;
  options.cwd = cwd;
  return verify::run_process(args, options);
}

std::string live_database(const std::string& hint, const std::string& sql) {
  auto database = fresh_database(hint);
  auto load = test_server().run_sql(database, sql);
  EXPECT_TRUE(load.ok) << load.output;
  return database;
}

// Well-formed XML without a parser library: balanced tags, quoted attributes, known entities.
std::string xml_problem(const std::string& xml) {
  std::vector<std::string> open;
  for (std::size_t i = 0; i < xml.size(); ++i) {
    if (xml[i] == '&') {
      auto end = xml.find(';', i);
      const std::string entity = end == std::string::npos ? "" : xml.substr(i, end - i + 1);
      if (entity != "&amp;" && entity != "&lt;" && entity != "&gt;" && entity != "&quot;" && entity != "&apos;") return "bad entity at " + std::to_string(i);
      continue;
    }
    if (xml[i] != '<') continue;
    auto end = xml.find('>', i);
    if (end == std::string::npos) return "unclosed tag";
    std::string tag = xml.substr(i + 1, end - i - 1);
    i = end;
    if (tag.starts_with("?")) continue;
    if (std::count(tag.begin(), tag.end(), '"') % 2) return "unbalanced quotes in <" + tag + ">";
    if (tag.starts_with("/")) {
      if (open.empty() || open.back() != tag.substr(1)) return "mismatched </" + tag.substr(1) + ">";
      open.pop_back();
    } else if (!tag.ends_with("/")) {
      open.push_back(tag.substr(0, tag.find(' ')));
    }
  }
  return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

TEST(LiveDatabase, CheckDetectsDriftAndItsAbsence) {
  Workspace work;
  const auto expected = work.write("expected.sql", kSchema);
  const auto database = live_database("check", kSchema);
  const auto uri = test_server().connection_uri(database);

  auto same = schemadelta({"check", expected, uri});
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
  EXPECT_NE(same.out.find("No drift"), std::string::npos) << same.out;

  ASSERT_TRUE(test_server().run_sql(database, "ALTER TABLE orders ADD COLUMN note text; DROP INDEX orders_customer; "
                                              "CREATE TABLE scratch (a int);").ok);
  auto drift = schemadelta({"check", expected, uri});
  EXPECT_EQ(drift.exit_code, 1) << drift.err;
  EXPECT_NE(drift.out.find("unexpected table public.scratch"), std::string::npos) << drift.out;
  EXPECT_NE(drift.out.find("different  table public.orders"), std::string::npos) << drift.out;
  EXPECT_NE(drift.out.find("Summary: "), std::string::npos);
  EXPECT_EQ(drift.out.find("\x1b["), std::string::npos) << "no colour when not on a terminal";

  // JSON: stable, versioned.
  auto json = schemadelta({"check", expected, uri, "--format", "json"});
  EXPECT_EQ(json.exit_code, 1);
  auto document = nlohmann::json::parse(json.out);
  EXPECT_EQ(document["format"], "schemadelta-drift");
  EXPECT_EQ(document["version"], 1);
  EXPECT_EQ(document["drift"], true);
  EXPECT_EQ(document["summary"]["drifted"], 2);
  EXPECT_EQ(document["summary"]["by_kind"]["table"], 2);

  // JUnit: one test case per object, failures for the drifted ones.
  auto junit = schemadelta({"check", expected, uri, "--format", "junit"});
  EXPECT_EQ(xml_problem(junit.out), "") << junit.out;
  EXPECT_NE(junit.out.find("<testcase classname=\"table\" name=\"public.customers\"/>"), std::string::npos) << junit.out;
  EXPECT_NE(junit.out.find("failures=\"2\""), std::string::npos) << junit.out;

  // SARIF 2.1.0: tool, rules, results pointing at rules, locations in the expected file.
  auto sarif = nlohmann::json::parse(schemadelta({"check", expected, uri, "--format", "sarif"}).out);
  EXPECT_EQ(sarif["version"], "2.1.0");
  const auto& run = sarif["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "schemadelta");
  std::set<std::string> rules;
  for (const auto& rule : run["tool"]["driver"]["rules"]) rules.insert(rule["id"].get<std::string>());
  ASSERT_EQ(run["results"].size(), 2u);
  for (const auto& result : run["results"]) {
    EXPECT_TRUE(rules.count(result["ruleId"].get<std::string>()));
    EXPECT_EQ(result["level"], "error");
    EXPECT_FALSE(result["message"]["text"].get<std::string>().empty());
    EXPECT_TRUE(result["locations"][0].contains("logicalLocations"));
  }
  const auto& orders = run["results"][0]["locations"][0];
  EXPECT_EQ(orders["physicalLocation"]["artifactLocation"]["uri"], expected);
  EXPECT_EQ(orders["physicalLocation"]["region"]["startLine"], 3);

  // Ignore rules: what is ignored does not drift.
  work.write(".schemadelta-ignore", "# scratch tables and the orders table are managed elsewhere\ntable:public.scratch\ntable:*.ord*\n");
  auto ignored = schemadelta({"check", expected, uri}, work.root);
  EXPECT_EQ(ignored.exit_code, 0) << ignored.out;
  work.write("bad-ignore", "tabel:public.x\n");
  auto bad = schemadelta({"check", expected, uri, "--ignore-file", (work.root / "bad-ignore").string()});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("bad-ignore:1:1: error: unknown kind 'tabel'"), std::string::npos) << bad.err;
  test_server().drop_database(database);
}

TEST(LiveDatabase, UnsupportedStatementsFailOnlyWhenAsked) {
  Workspace work;
  const char* schema = "CREATE TABLE t (a int); CREATE CONVERSION latin_to_utf FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;";
  const auto expected = work.write("expected.sql", schema);
  const auto database = live_database("unsupported", schema);
  auto plain = schemadelta({"check", expected, test_server().connection_uri(database)});
  EXPECT_EQ(plain.exit_code, 0) << plain.out << plain.err;
  EXPECT_NE(plain.out.find("unsupported CREATE CONVERSION"), std::string::npos) << plain.out;
  auto strict = schemadelta({"check", expected, test_server().connection_uri(database), "--fail-on", "unsupported"});
  EXPECT_EQ(strict.exit_code, 1);
  test_server().drop_database(database);
}

// A live database's dump is never seen: its warnings name the database and the statement, never a
// line and column of the dump; a file's keep file:line:col and the line with a caret.
TEST(LiveDatabase, WarningsNameTheStatementNotALineOfTheDump) {
  Workspace work;
  const char* schema =
      "CREATE TABLE t (a int);\n"
      "CREATE CONVERSION latin_to_utf FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;\n"
      "CREATE CONVERSION other_latin_to_utf FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;\n";
  const auto expected = work.write("expected.sql", schema);
  const auto database = live_database("live_warnings", schema);
  const std::regex dump_position(R"(postgresql://\S*:[0-9]+:[0-9]+: warning)");
  auto each = schemadelta({"diff", "--verbose", test_server().connection_uri(database), expected});
  EXPECT_EQ(each.exit_code, 0) << each.err;
  EXPECT_FALSE(std::regex_search(each.err, dump_position)) << each.err;
  EXPECT_NE(each.err.find(": warning: unmanaged statement (CREATE CONVERSION): kept but not compared\n"
                          "    CREATE CONVERSION public.latin_to_utf FOR 'LATIN1' TO 'UTF8'"),
            std::string::npos)
      << each.err;
  EXPECT_NE(each.err.find("expected.sql:2:1: warning: unmanaged statement (CREATE CONVERSION)"), std::string::npos) << each.err;
  // Grouped by kind, the first one is named by its statement.
  auto grouped = schemadelta({"diff", test_server().connection_uri(database), test_server().connection_uri(database)});
  EXPECT_EQ(grouped.exit_code, 0) << grouped.err;
  EXPECT_FALSE(std::regex_search(grouped.err, dump_position)) << grouped.err;
  EXPECT_NE(grouped.err.find("unmanaged statement (CREATE CONVERSION): 4 times, first at postgresql://"), std::string::npos) << grouped.err;
  EXPECT_NE(grouped.err.find(", at CREATE CONVERSION public.latin_to_utf FOR"), std::string::npos) << grouped.err;
  test_server().drop_database(database);
}

TEST(LiveDatabase, SnapshotDiffAndSchemaFilters) {
  Workspace work;
  const auto database = live_database("snapshot", std::string("CREATE SCHEMA audit; CREATE TABLE audit.log (a int);") + kSchema);
  const auto uri = test_server().connection_uri(database);
  const auto file = (work.root / "snapshot.sql").string();
  auto snapshot = schemadelta({"snapshot", uri, "-o", file});
  ASSERT_EQ(snapshot.exit_code, 0) << snapshot.err;
  auto same = schemadelta({"check", file, uri});
  EXPECT_EQ(same.exit_code, 0) << same.out;
  // --exclude-schema applies to both sides.
  const auto public_only = work.write("public.sql", kSchema);
  EXPECT_EQ(schemadelta({"check", public_only, uri}).exit_code, 1);
  EXPECT_EQ(schemadelta({"check", public_only, uri, "--exclude-schema", "audit"}).exit_code, 0);
  // diff from a live database to a file.
  auto diff = schemadelta({"diff", uri, public_only, "--allow-data-loss", "--exclude-schema", "audit"});
  EXPECT_EQ(diff.exit_code, 0) << diff.err;
  EXPECT_NE(diff.out.find("No differences"), std::string::npos) << diff.out;
  test_server().drop_database(database);
}

TEST(LiveDatabase, PasswordsNeverShow) {
  auto result = schemadelta({"parse", "postgresql://app:s3cret-pw@/nowhere?host=/nonexistent&port=1"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err.find("s3cret-pw"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("app:***@"), std::string::npos) << result.err;
}

TEST(LiveDatabase, NormalizeWithServerComparesWhatPostgresStores) {
  Workspace work;
  // The server casts the integer to numeric for the comparison; the embedded normalization does
  // not know column types, so only the server makes the two spellings one.
  const char* written = "CREATE TABLE t (a int, CONSTRAINT t_a_check CHECK (a * 1.5 < 100));";
  const auto expected = work.write("expected.sql", written);
  const auto database = live_database("normalize", written);
  EXPECT_EQ(schemadelta({"check", expected, test_server().connection_uri(database)}).exit_code, 1)
      << "a * 1.5 as written and (a)::numeric * 1.5 as dumped differ as text";
  auto normalized = schemadelta({"check", expected, test_server().connection_uri(database), "--normalize-with-server"});
  EXPECT_EQ(normalized.exit_code, 0) << normalized.out << normalized.err;
  test_server().drop_database(database);
}

const char* kVerifySource = "CREATE TABLE t (id integer PRIMARY KEY, note text, legacy text);";
const char* kVerifyTarget = "CREATE TABLE t (id integer PRIMARY KEY, note varchar(200));";

TEST(Verify, PassesOnTheScriptsDiffWritesAndFailsOnABrokenOne) {
  Workspace work;
  const auto source = work.write("source.sql", kVerifySource);
  const auto target = work.write("target.sql", kVerifyTarget);
  auto good = schemadelta({"verify", source, target});
  EXPECT_EQ(good.exit_code, 0) << good.out << good.err;
  EXPECT_NE(good.out.find("PASS  every row of SOURCE is back"), std::string::npos) << good.out;
  EXPECT_NE(good.err.find("the migration applies: done in "), std::string::npos) << "a progress line per step:\n" << good.err;

  const auto broken = work.write("broken.sql", "BEGIN;\nALTER TABLE t DROP COLUMN legacy;\nCOMMIT;\n");
  auto bad = schemadelta({"verify", source, target, "--migration", broken});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.out.find("FAIL  the result equals TARGET"), std::string::npos) << bad.out;
}

// verify takes every option that shapes diff's scripts, and proves the script diff writes with them.
TEST(Verify, ProvesTheScriptDiffWritesWithTheSameOptions) {
  Workspace work;
  const auto source = work.write("source.sql", "CREATE TABLE t (id integer PRIMARY KEY, email text);");
  const auto target = work.write("target.sql", "CREATE TABLE t (id integer PRIMARY KEY, email text); CREATE UNIQUE INDEX t_email ON t (email);");
  const std::vector<std::string> options{"--concurrently", "--lock-timeout", "3s", "--statement-timeout", "1min", "--explain"};
  std::vector<std::string> diff{"diff", source, target};
  diff.insert(diff.end(), options.begin(), options.end());
  auto written = schemadelta(diff);
  ASSERT_EQ(written.exit_code, 0) << written.err;
  EXPECT_NE(written.out.find("CREATE UNIQUE INDEX CONCURRENTLY"), std::string::npos);
  EXPECT_NE(written.out.find("SET lock_timeout = '3s';"), std::string::npos);
  std::vector<std::string> verify{"verify", source, target};
  verify.insert(verify.end(), options.begin(), options.end());
  auto proved = schemadelta(verify);
  EXPECT_EQ(proved.exit_code, 0) << proved.out << proved.err;
}

TEST(Verify, ProvesALiveDatabaseWhoseObjectsHaveOwners) {
  Workspace work;
  auto database = live_database("verify_live", "DO $$ BEGIN CREATE ROLE app_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
                                               "CREATE TABLE t (id integer PRIMARY KEY, note text, legacy text);"
                                               "ALTER TABLE t OWNER TO app_owner; GRANT SELECT ON t TO PUBLIC;");
  const auto target = work.write("target.sql", kVerifyTarget);
  auto result = schemadelta({"verify", test_server().connection_uri(database), target});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  test_server().drop_database(database);
}

std::set<std::string> server_folders() {
  std::set<std::string> folders;
  for (const auto& entry : fs::directory_iterator(fs::temp_directory_path())) {
    if (entry.path().filename().string().starts_with("schemadelta-pg-")) folders.insert(entry.path().string());
  }
  return folders;
}

// Whether a server folder belongs to process `pid` (its owner marker names it). Other tests start
// servers at the same time: only the child's folder says anything about the child. A folder
// without a marker yet cannot be told apart and counts as the child's.
bool folder_of(const std::string& folder, pid_t pid) {
  std::ifstream marker(fs::path(folder) / "owner");
  long owner = 0;
  if (!(marker >> owner)) return true;
  return owner == static_cast<long>(pid);
}

TEST(Verify, AKilledVerifyLeavesNoServerBehind) {
  Workspace work;
  const auto source = work.write("source.sql", kVerifySource);
  const auto target = work.write("target.sql", kVerifyTarget);
  for (int delay_ms : {300, 1500, 3000}) {
    const auto before = server_folders();
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      ::dup2(::open("/dev/null", O_WRONLY), STDERR_FILENO);
      ::dup2(::open("/dev/null", O_WRONLY), STDOUT_FILENO);
      ::execl(SCHEMADELTA_BINARY, SCHEMADELTA_BINARY, "verify", source.c_str(), target.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(pid, SIGTERM);
    int status = 0;
    ::waitpid(pid, &status, 0);
    std::set<std::string> left;
    for (const auto& folder : server_folders()) {
      if (!before.count(folder) && fs::exists(folder) && folder_of(folder, pid)) left.insert(folder);
    }
    EXPECT_TRUE(left.empty()) << "after " << delay_ms << " ms: " << *left.begin();
  }
}

// SIGKILL and SIGQUIT cannot be caught: the server and its folder stay until a later run (or
// `verify --cleanup`) sees that their owner is gone.
TEST(Verify, WhatAKilledVerifyLeftIsRemovedByTheNextRun) {
  Workspace work;
  const auto source = work.write("source.sql", kVerifySource);
  const auto target = work.write("target.sql", kVerifyTarget);
  for (int signal_number : {SIGKILL, SIGQUIT}) {
    const auto before = server_folders();
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      ::dup2(::open("/dev/null", O_WRONLY), STDERR_FILENO);
      ::dup2(::open("/dev/null", O_WRONLY), STDOUT_FILENO);
      ::execl(SCHEMADELTA_BINARY, SCHEMADELTA_BINARY, "verify", source.c_str(), target.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    // Until its server accepts connections: the folder whose owner marker names the child (other
    // tests start servers at the same time) and holds the server's socket.
    std::string folder;
    for (int i = 0; i < 600 && folder.empty(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      for (const auto& f : server_folders()) {
        if (before.count(f) || !folder_of(f, pid)) continue;
        std::error_code error;
        for (const auto& entry : fs::directory_iterator(f, error)) {
          if (entry.path().filename().string().starts_with(".s.PGSQL.")) folder = f;
        }
      }
    }
    ASSERT_FALSE(folder.empty()) << "verify never started its server";
    ::kill(pid, signal_number);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(fs::exists(folder)) << "nothing was left to clean up";
    auto cleanup = schemadelta({"verify", "--cleanup"});
    EXPECT_EQ(cleanup.exit_code, 0) << cleanup.err;
    EXPECT_NE(cleanup.out.find("removed " + folder), std::string::npos) << cleanup.out;
    EXPECT_FALSE(fs::exists(folder));
    EXPECT_TRUE(fs::exists(test_server().socket_dir())) << "a live run's server is never touched";
  }
}

// Both snapshots of a comparing command are normalized at the same time, on two threads: one
// server, a database each.
TEST(Normalize, TwoFileSnapshotsAreNormalizedAtOnce) {
  Workspace work;
  const auto first = work.write("first.sql", "CREATE TABLE only_first (id integer CHECK (id IN (1, 2)));");
  const auto second = work.write("second.sql", "CREATE TABLE only_second (id integer CHECK (id IN (3, 4)));");
  snapshot::SnapshotOptions options;
  options.normalize_with_server = true;
  for (int round = 0; round < 3; ++round) {
    auto pair = snapshot::load_snapshot_pair(first, second, options, "schemadelta_archive");
    ASSERT_TRUE(pair.has_value());
    const auto& a = pair->first.catalog.schemas.at("public").tables;
    const auto& b = pair->second.catalog.schemas.at("public").tables;
    EXPECT_TRUE(a.count("only_first") && !a.count("only_second"));
    EXPECT_TRUE(b.count("only_second") && !b.count("only_first"));
  }
}

}  // namespace
}  // namespace schemadelta::testing

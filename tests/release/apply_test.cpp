// schemadelta apply and history against a throwaway server: a database at the script's SOURCE is
// migrated, checked at TARGET and recorded; at TARGET nothing runs; elsewhere nothing runs unless
// --force; a failing script is recorded as failed; --dry-run changes nothing.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "release/script_file.h"
#include "release/sha256.h"
#include "tests/release/release_support.h"

namespace schemadelta::testing::release_tests {
namespace {

struct Scripts : DiffedPair {
  std::string migration = migration_path, rollback = rollback_path;
  Scripts() {
    auto run = diff({"--release", "r1"});
    if (run.exit_code != 0) throw std::runtime_error(run.err);
  }
};

const Scripts& scripts() {
  static Scripts shared;
  return shared;
}

// 0 when the database has `expected`'s schema (schemadelta check).
int check(const std::string& expected, const std::string& database) {
  return schemadelta({"check", expected, test_server().connection_uri(database)}).exit_code;
}

nlohmann::json history(const std::string& database) {
  auto listed = schemadelta({"history", test_server().connection_uri(database), "--format", "json"});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  return nlohmann::json::parse(listed.out)["deployments"];
}

std::string file_text(const std::string& path) { return read_file(path); }

TEST(Sha256, KnownDigests) {
  // FIPS 180-4's examples: one block, two blocks, and the empty message.
  EXPECT_EQ(release::sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(release::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(release::sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(ScriptFile, HeaderFingerprintsAndTimings) {
  const auto text = file_text(scripts().migration);
  const auto fingerprints = release::read_fingerprints(text);
  ASSERT_TRUE(fingerprints);
  EXPECT_NE(fingerprints->source, fingerprints->target);
  const auto back = release::read_fingerprints(file_text(scripts().rollback));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->source, fingerprints->target);
  EXPECT_EQ(back->target, fingerprints->source);
  const auto timed = release::timed_statements("SET x = 1;\nTime: 0.120 ms\n-- note\nCREATE TABLE t (\n  a int\n);\nTime: 1500.5 ms (00:01.501)\nDROP TABLE u;\n");
  ASSERT_EQ(timed.size(), 3u);
  EXPECT_EQ(timed[1].first_line, "CREATE TABLE t (");
  EXPECT_DOUBLE_EQ(timed[1].milliseconds, 1500.5);
  EXPECT_LT(timed[2].milliseconds, 0);  // no time: the statement that failed
}

TEST(Apply, AtSourceRunsChecksAndRecords) {
  const auto database = database_with("apply_source", kSource);
  const auto uri = test_server().connection_uri(database);
  auto run = schemadelta({"apply", scripts().migration, uri, "--release", "v1.0"});
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("at the script's TARGET"), std::string::npos) << run.out;
  // A progress line per statement, each with its time.
  EXPECT_NE(run.out.find(" ms DO $pinned$"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find(" ms COMMIT;"), std::string::npos) << run.out;
  EXPECT_EQ(check(scripts().target, database), 0);
  const auto rows = history(database);
  ASSERT_EQ(rows.size(), 1u);
  const auto fingerprints = release::read_fingerprints(file_text(scripts().migration));
  EXPECT_EQ(rows[0]["outcome"], "applied");
  EXPECT_EQ(rows[0]["release"], "v1.0");
  EXPECT_EQ(rows[0]["forced"], false);
  EXPECT_EQ(rows[0]["source_fingerprint"], fingerprints->source);
  EXPECT_EQ(rows[0]["target_fingerprint"], fingerprints->target);
  EXPECT_EQ(rows[0]["fingerprint_after"], fingerprints->target);
  EXPECT_EQ(rows[0]["script_sha256"], release::sha256_hex(file_text(scripts().migration)));
  EXPECT_EQ(rows[0]["database_user"], "postgres");
  EXPECT_FALSE(rows[0]["client_host"].get<std::string>().empty());
  EXPECT_GT(rows[0]["seconds"].get<double>(), 0);

  // The rollback is the next deployment: back at SOURCE, with the dropped table's rows.
  auto back = schemadelta({"apply", scripts().rollback, uri, "--release", "v1.0-rollback"});
  ASSERT_EQ(back.exit_code, 0) << back.out << back.err;
  EXPECT_EQ(check(scripts().source, database), 0);
  EXPECT_EQ(history(database).size(), 2u);
}

TEST(Apply, AtTargetRunsNothing) {
  const auto database = database_with("apply_target", kTarget);
  auto run = schemadelta({"apply", scripts().migration, test_server().connection_uri(database)});
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("already at the script's TARGET"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find(" ms "), std::string::npos) << "no statement ran:\n" << run.out;
  EXPECT_TRUE(history(database).empty());
}

TEST(Apply, DriftedRunsNothingAndSaysWhere) {
  const auto database = database_with("apply_drifted", std::string(kSource) + "ALTER TABLE public.items ADD COLUMN surprise_column date;\n");
  const auto uri = test_server().connection_uri(database);
  auto run = schemadelta({"apply", scripts().migration, uri});
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_NE(run.err.find("not at the script's SOURCE"), std::string::npos) << run.err;
  // With the SOURCE snapshot, the report names what differs.
  auto detailed = schemadelta({"apply", scripts().migration, uri, "--source", scripts().source});
  EXPECT_EQ(detailed.exit_code, 1) << detailed.out << detailed.err;
  EXPECT_NE(detailed.out.find("surprise_column"), std::string::npos) << detailed.out;
  // Nothing ran: the table the migration creates is not there, nothing recorded.
  auto probe = test_server().run_sql(database, "SELECT 1 FROM public.orders;");
  EXPECT_FALSE(probe.ok);
  EXPECT_TRUE(history(database).empty());
  // A --source that is not the script's SOURCE is bad input.
  auto wrong = schemadelta({"apply", scripts().migration, uri, "--source", scripts().target});
  EXPECT_EQ(wrong.exit_code, 2) << wrong.err;
}

TEST(Apply, ForceRunsAndRecordsIt) {
  // An extra table the script knows nothing of: --force runs it, and the database is then not at
  // TARGET (it still has the extra table), which apply says and records.
  const auto database = database_with("apply_force", std::string(kSource) + "CREATE TABLE public.extra (x integer);\n");
  auto run = schemadelta({"apply", scripts().migration, test_server().connection_uri(database), "--force", "--release", "hotfix"});
  EXPECT_EQ(run.exit_code, 5) << run.out << run.err;
  EXPECT_NE(run.err.find("--force"), std::string::npos) << run.err;
  const auto rows = history(database);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["forced"], true);
  EXPECT_EQ(rows[0]["outcome"], "not at target");
  auto probe = test_server().run_sql(database, "SELECT price FROM public.items; SELECT 1 FROM public.orders;");
  EXPECT_TRUE(probe.ok) << probe.output;
}

TEST(Apply, FailingScriptIsRecordedAsFailed) {
  // Two items of one name: the unique index TARGET adds cannot be built.
  const auto database = database_with("apply_fails", std::string(kSource) + "INSERT INTO public.items VALUES (1, 'same'), (2, 'same');\n");
  auto run = schemadelta({"apply", scripts().migration, test_server().connection_uri(database), "--release", "v2"});
  EXPECT_EQ(run.exit_code, 4) << run.out << run.err;
  EXPECT_NE(run.out.find("DO $preflight$ DECLARE bad bigint; BEGIN  <- failed\n"), std::string::npos) << run.out;
  EXPECT_EQ(check(scripts().source, database), 0) << "the script's transaction was rolled back";
  const auto rows = history(database);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["outcome"], "failed");
  EXPECT_EQ(rows[0]["release"], "v2");
  EXPECT_TRUE(rows[0]["message"].is_string());
}

TEST(Apply, DryRunChangesNothing) {
  const auto database = database_with("apply_dry", kSource);
  const auto uri = test_server().connection_uri(database);
  auto run = schemadelta({"apply", scripts().migration, uri, "--dry-run"});
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("Dry run passed"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find(" ms ROLLBACK;"), std::string::npos) << run.out;
  EXPECT_EQ(check(scripts().source, database), 0);
  EXPECT_TRUE(history(database).empty());
  // A dry run of a script that fails says so.
  const auto failing = database_with("apply_dry_fails", std::string(kSource) + "INSERT INTO public.items VALUES (1, 'same'), (2, 'same');\n");
  auto failed = schemadelta({"apply", scripts().migration, test_server().connection_uri(failing), "--dry-run"});
  EXPECT_EQ(failed.exit_code, 4) << failed.out << failed.err;
}

TEST(Apply, ConninfoAndPasswordsStayHidden) {
  const auto database = database_with("apply_conninfo", kSource);
  const std::string conninfo = "host='" + test_server().socket_dir() + "' port=" + std::to_string(test_server().port()) + " user=postgres dbname=" + database;
  auto run = schemadelta({"apply", scripts().migration, conninfo});
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_EQ(history(database).size(), 1u);
  // A server that is not there: the error names the connection with its password masked.
  auto refused = schemadelta({"history", "postgresql://postgres:s3cr3t-pw@/nothing?host=" + test_server().socket_dir() + "&port=1"});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_EQ(refused.out.find("s3cr3t-pw") + refused.err.find("s3cr3t-pw"), 2 * std::string::npos) << refused.err;
  auto refused_conninfo = schemadelta({"apply", scripts().migration, "host=/nonexistent port=1 password=s3cr3t-pw dbname=x"});
  EXPECT_EQ(refused_conninfo.exit_code, 2);
  EXPECT_EQ(refused_conninfo.err.find("s3cr3t-pw"), std::string::npos) << refused_conninfo.err;
}

TEST(History, TextJsonAndEscapedLabels) {
  const auto database = database_with("history", kSource);
  const auto uri = test_server().connection_uri(database);
  auto none = schemadelta({"history", uri});
  ASSERT_EQ(none.exit_code, 0) << none.err;
  EXPECT_EQ(none.out, "No deployments recorded.\n");
  auto run = schemadelta({"apply", scripts().migration, uri, "--release", "r\x1b[31m\nforged line"});
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
  auto text = schemadelta({"history", uri});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(text.out.find('\x1b'), std::string::npos) << "a label cannot reach the terminal raw";
  EXPECT_EQ(std::count(text.out.begin(), text.out.end(), '\n'), 1) << text.out;
  EXPECT_NE(text.out.find("applied"), std::string::npos) << text.out;
  const auto rows = history(database);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["release"], "r\x1b[31m\nforged line");  // JSON keeps the value, escaped by JSON
}

}  // namespace
}  // namespace schemadelta::testing::release_tests

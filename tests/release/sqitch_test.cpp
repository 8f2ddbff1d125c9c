// diff --sqitch: the change Sqitch deploys, verifies and reverts for real on the throwaway server,
// twice; its verify script fails on a database that is not at TARGET.
#include <gtest/gtest.h>

#include "tests/release/release_support.h"
#include "verify/client_tools.h"

namespace schemadelta::testing::release_tests {
namespace {

verify::ProcessResult sqitch(const Workspace& space, const fs::path& project, std::vector<std::string> args) {
  auto program = verify::find_on_path("sqitch");
  if (!program) throw std::runtime_error("sqitch is not installed (scripts/install-deps.sh installs it)");
  args.insert(args.begin(), *program);
  verify::ProcessOptions options;
  options.cwd = project;
  options.merge_stderr = true;
  // libpq's defaults reach the test server; Sqitch's user settings come from here, not ~/.sqitch.
  options.env = verify::clean_environment();
  options.env->insert(options.env->end(), {"PGHOST=" + test_server().socket_dir(), "PGPORT=" + std::to_string(test_server().port()), "PGUSER=postgres",
                                           "HOME=" + space.root.string(), "SQITCH_FULLNAME=Release Test", "SQITCH_EMAIL=release@example.org"});
  return verify::run_process(args, options);
}

int check_excluding_sqitch(const std::string& expected, const std::string& database) {
  return schemadelta({"check", expected, test_server().connection_uri(database), "--exclude-schema", "sqitch"}).exit_code;
}

// sqitch deploy (the database is then at `deployed_schema`), sqitch verify, sqitch revert (back at
// `reverted_schema`): every step must succeed.
void round_trip(const Workspace& space, const fs::path& project, const std::string& database, const std::string& deployed_schema,
                const std::string& reverted_schema) {
  const std::string target_uri = "db:pg:" + database;
  auto deployed = sqitch(space, project, {"deploy", target_uri});
  ASSERT_EQ(deployed.exit_code, 0) << deployed.out;
  EXPECT_EQ(check_excluding_sqitch(deployed_schema, database), 0);
  auto verified = sqitch(space, project, {"verify", target_uri});
  EXPECT_EQ(verified.exit_code, 0) << verified.out;
  auto reverted = sqitch(space, project, {"revert", "-y", target_uri});
  ASSERT_EQ(reverted.exit_code, 0) << reverted.out;
  EXPECT_EQ(check_excluding_sqitch(reverted_schema, database), 0);
}

TEST(Sqitch, DeployVerifyRevertTwice) {
  Workspace space;
  const auto source = space.write("source.sql", kSource), target = space.write("target.sql", kTarget);
  const fs::path project = space.root / "project";
  auto diff = schemadelta({"diff", source, target, "--allow-data-loss", "-o", space.path("migration.sql"), "--sqitch", project.string(), "--change", "add_orders"});
  ASSERT_EQ(diff.exit_code, 0) << diff.err;
  for (const char* file : {"sqitch.conf", "sqitch.plan", "deploy/add_orders.sql", "revert/add_orders.sql", "verify/add_orders.sql"}) {
    EXPECT_TRUE(fs::exists(project / file)) << file;
  }
  // deploy is the migration diff wrote, after one comment line.
  const auto deploy = read_file((project / "deploy/add_orders.sql").string());
  EXPECT_NE(deploy.find(read_file(space.path("migration.sql"))), std::string::npos);

  const auto database = database_with("sqitch", std::string(kSource) + "INSERT INTO public.old_notes VALUES (1, 'kept');\n");
  for (int round = 1; round <= 2; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    round_trip(space, project, database, target, source);
    auto kept = test_server().run_sql(database, "DO $$ BEGIN IF (SELECT body FROM public.old_notes WHERE id = 1) IS DISTINCT FROM 'kept' THEN RAISE 'lost'; END IF; END $$;");
    EXPECT_TRUE(kept.ok) << kept.output;
    // The verify script is a real check: at SOURCE it fails.
    auto at_source = test_server().run_sql(database, read_file((project / "verify/add_orders.sql").string()));
    EXPECT_FALSE(at_source.ok);
    EXPECT_NE(at_source.output.find("not at TARGET"), std::string::npos) << at_source.output;
  }

  // A second change goes on the same plan; a name already there is refused.
  const auto next = space.write("next.sql", std::string(kTarget) + "CREATE TABLE public.audit (at timestamp with time zone, what text);\n");
  auto again = schemadelta({"diff", target, next, "-o", space.path("m2.sql"), "--sqitch", project.string(), "--change", "add_orders"});
  EXPECT_EQ(again.exit_code, 2) << again.err;
  auto second = schemadelta({"diff", target, next, "-o", space.path("m2.sql"), "--sqitch", project.string(), "--change", "add_audit"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  // Both changes deployed, verified and reverted.
  round_trip(space, project, database, next, source);
}

TEST(Sqitch, BadChangeNamesAreRefused) {
  Workspace space;
  const auto source = space.write("source.sql", kSource), target = space.write("target.sql", kTarget);
  for (const char* name : {"has space", "a:b", "../escape", "trailing-", "x\ny"}) {
    auto diff = schemadelta({"diff", source, target, "--allow-data-loss", "-o", space.path("m.sql"), "--sqitch", space.path("p"), "--change", name});
    EXPECT_EQ(diff.exit_code, 2) << name;
    EXPECT_FALSE(fs::exists(space.root / "p" / "sqitch.plan")) << name;
    EXPECT_EQ(diff.err.find("x\ny"), std::string::npos) << "the name is escaped: " << diff.err;
  }
}

}  // namespace
}  // namespace schemadelta::testing::release_tests

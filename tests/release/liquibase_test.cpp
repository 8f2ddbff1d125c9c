// diff --liquibase: Liquibase itself runs the changelog diff writes (update) and its rollback
// (rollback-count) on a throwaway server, twice; the held rows come back with each rollback.
// Liquibase speaks JDBC, which reaches PostgreSQL over TCP only: this server also listens on a
// free port of 127.0.0.1. scripts/install-deps.sh --liquibase (run by make test) installs it.
#include <gtest/gtest.h>

#include <cstdlib>

#include "tests/release/release_support.h"
#include "verify/client_tools.h"
#include "verify/throwaway_server.h"

namespace schemadelta::testing::release_tests {
namespace {

fs::path liquibase_launcher() {
  if (const char* given = std::getenv("SCHEMADELTA_LIQUIBASE")) return given;
  const char* cache = std::getenv("SCHEMADELTA_LIQUIBASE_CACHE");
  return fs::path(cache ? cache : "/var/cache/schemadelta/liquibase") / "bin" / "liquibase";
}

class LiquibaseRun {
 public:
  LiquibaseRun(const verify::ThrowawayServer& server, std::string database, fs::path project)
      : server_(server), database_(std::move(database)), project_(std::move(project)) {}

  // liquibase <command> [arguments] on the changelog project_/changelog.sql.
  verify::ProcessResult operator()(const std::string& command, std::vector<std::string> arguments = {}) const {
    const auto launcher = liquibase_launcher();
    if (!fs::exists(launcher)) throw std::runtime_error(launcher.string() + " is missing (scripts/install-deps.sh --liquibase installs it)");
    std::vector<std::string> argv{launcher.string(), "--show-banner=false",
                                  "--url=jdbc:postgresql://127.0.0.1:" + std::to_string(server_.port()) + "/" + database_,
                                  "--username=postgres", "--changelog-file=changelog.sql",
                                  // Liquibase's own tables go into a schema of their own, which check leaves out.
                                  "--liquibase-schema-name=liquibase", command};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    verify::ProcessOptions options;
    options.cwd = project_;
    options.merge_stderr = true;
    options.env = verify::clean_environment();
    options.env->insert(options.env->end(), {"HOME=" + project_.string(), "LIQUIBASE_ANALYTICS_ENABLED=false"});
    return verify::run_process(argv, options);
  }

 private:
  const verify::ThrowawayServer& server_;
  std::string database_;
  fs::path project_;
};

TEST(Liquibase, UpdateAndRollbackTwiceWithRowsKept) {
  Workspace space;
  const auto source = space.write("source.sql", kSource), target = space.write("target.sql", kTarget);
  const fs::path project = space.root / "project";
  fs::create_directories(project);
  auto diff = schemadelta({"diff", source, target, "--allow-data-loss", "-o", space.path("migration.sql"), "--liquibase",
                           (project / "changelog.sql").string(), "--author", "release", "--id", "orders-1"});
  ASSERT_EQ(diff.exit_code, 0) << diff.err;

  verify::ServerOptions options;
  options.loopback_tcp = true;
  auto server = verify::ThrowawayServer::start(options);
  const std::string database = "liquibase_app";
  server->create_database(database);
  auto loaded = server->run_sql(database, std::string(kSource) + "INSERT INTO public.old_notes VALUES (1, 'kept');\nCREATE SCHEMA liquibase;\n");
  ASSERT_TRUE(loaded.ok) << loaded.output;
  const LiquibaseRun liquibase(*server, database, project);
  auto at = [&](const std::string& expected) {
    return schemadelta({"check", expected, server->connection_uri(database), "--exclude-schema", "liquibase"}).exit_code;
  };

  for (int round = 1; round <= 2; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    auto updated = liquibase("update");
    ASSERT_EQ(updated.exit_code, 0) << updated.out;
    EXPECT_NE(updated.out.find("Run:                          1"), std::string::npos) << updated.out;
    EXPECT_EQ(at(target), 0);
    if (round == 1) {  // Liquibase records the changeset: a second update runs nothing and leaves TARGET.
      auto again = liquibase("update");
      ASSERT_EQ(again.exit_code, 0) << again.out;
      EXPECT_NE(again.out.find("Previously run:               1"), std::string::npos) << again.out;
      EXPECT_EQ(at(target), 0);
    }

    auto rolled_back = liquibase("rollback-count", {"--count=1"});
    ASSERT_EQ(rolled_back.exit_code, 0) << rolled_back.out;
    EXPECT_EQ(at(source), 0);
    auto kept = server->run_sql(database, "DO $$ BEGIN IF (SELECT body FROM public.old_notes WHERE id = 1) IS DISTINCT FROM 'kept' THEN RAISE 'lost'; END IF; END $$;");
    EXPECT_TRUE(kept.ok) << kept.output;
  }
}

}  // namespace
}  // namespace schemadelta::testing::release_tests

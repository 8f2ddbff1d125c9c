// `diff --expand-contract` from the command line to a live database: the five files, each phase
// deployed with `apply` while rows are written through both forms of a renamed column, each
// rollback deployed, and the refusals (exit 2).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/release/release_support.h"

namespace schemadelta::testing::release_tests {
namespace {

const char* kVersion1 = R"(
CREATE TABLE public.users (id integer PRIMARY KEY, email varchar(50) NOT NULL, nickname text NOT NULL);
CREATE VIEW public.user_emails AS SELECT id, email FROM public.users;
)";
const char* kVersion2 = R"(
CREATE TABLE public.users (id integer PRIMARY KEY, email_address varchar(100) NOT NULL, joined date);
CREATE INDEX users_joined ON public.users (joined);
)";

struct Release {
  Workspace space;
  std::string v1 = space.write("v1.sql", kVersion1), v2 = space.write("v2.sql", kVersion2), folder = space.path("release-42");
  verify::ProcessResult diff(std::vector<std::string> extra = {}) const {
    std::vector<std::string> args{"diff", v1, v2, "--expand-contract", "-o", folder, "--rename", "column:public.users.email=email_address"};
    args.insert(args.end(), extra.begin(), extra.end());
    return schemadelta(args);
  }
  std::string file(const std::string& name) const { return (fs::path(folder) / name).string(); }
};

std::string query(const std::string& database, const std::string& sql) {
  auto run = test_server().run_sql(database, sql);
  EXPECT_TRUE(run.ok) << run.output;
  return run.output;
}

TEST(ExpandContractCli, WritesFivePhaseFilesAndSaysWhy) {
  Release release;
  auto run = release.diff({"--allow-data-loss"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  for (const char* name : {"1-expand.sql", "1-expand.rollback.sql", "2-contract.sql", "2-contract.rollback.sql", "plan.json"}) {
    EXPECT_TRUE(fs::exists(release.file(name))) << name;
  }
  const auto plan = nlohmann::json::parse(read_file(release.file("plan.json")));
  EXPECT_EQ(plan["format"], "schemadelta-phases");
  ASSERT_EQ(plan["phases"].size(), 2u);
  EXPECT_EQ(plan["phases"][0]["name"], "expand");
  EXPECT_EQ(plan["transitions"][0]["old_column"], "email");
  EXPECT_EQ(plan["transitions"][0]["new_column"], "email_address");
  bool nickname_relaxed = false;
  for (const auto& decision : plan["decisions"]) {
    if (decision["object"]["name"] == "nickname") nickname_relaxed = decision["phase"] == "expand";
  }
  EXPECT_TRUE(nickname_relaxed) << plan["decisions"].dump(1);
  const auto expand = read_file(release.file("1-expand.sql"));
  EXPECT_NE(expand.find("CREATE INDEX CONCURRENTLY"), std::string::npos);
  EXPECT_EQ(expand.find(" drop column\n"), std::string::npos) << "expand never drops a column";
  const auto contract = read_file(release.file("2-contract.sql"));
  EXPECT_NE(contract.find("VALIDATE CONSTRAINT schemadelta_not_null_email_address"), std::string::npos) << contract;
}

TEST(ExpandContractCli, RefusesWhatItCannotDoBeforeWritingAnything) {
  Release release;
  EXPECT_EQ(schemadelta({"diff", release.v1, release.v2, "--expand-contract"}).exit_code, 2) << "a folder is needed";
  auto renamed_table = schemadelta({"diff", release.v1, release.v2, "--expand-contract", "-o", release.folder, "--rename", "table:public.users=people"});
  EXPECT_EQ(renamed_table.exit_code, 2);
  EXPECT_FALSE(fs::exists(release.folder));
  // The contract phase drops a column: refused without --allow-data-loss, nothing written.
  EXPECT_EQ(release.diff().exit_code, 3);
  EXPECT_FALSE(fs::exists(release.file("2-contract.sql")));
}

TEST(ExpandContractCli, PhasesDeployWithApplyWhileBothVersionsWrite) {
  Release release;
  ASSERT_EQ(release.diff({"--allow-data-loss"}).exit_code, 0);
  const auto database = database_with("phases_apply", kVersion1);
  const auto uri = test_server().connection_uri(database);
  query(database, "INSERT INTO public.users SELECT i, 'user' || i || '@example.org', 'n' || i FROM generate_series(1, 500) i;");

  auto expand = schemadelta({"apply", release.file("1-expand.sql"), uri, "--release", "42-expand"});
  ASSERT_EQ(expand.exit_code, 0) << expand.out << expand.err;
  // Backfilled; the old version writes email (and no nickname), the new one email_address.
  EXPECT_NE(query(database, "SELECT count(*) FROM public.users WHERE email_address IS DISTINCT FROM email;").find(" 0\n"), std::string::npos);
  query(database, "INSERT INTO public.users (id, email, nickname) VALUES (1001, 'old@example.org', 'x');");
  query(database, "INSERT INTO public.users (id, email_address, joined) VALUES (1002, 'new@example.org', '2026-11-26');");
  query(database, "UPDATE public.users SET email = 'changed-old@example.org' WHERE id = 1;");
  query(database, "UPDATE public.users SET email_address = 'changed-new@example.org' WHERE id = 2;");
  const auto rows = query(database, "SELECT id, email, email_address FROM public.users WHERE id IN (1, 2, 1001, 1002) ORDER BY id;");
  EXPECT_NE(rows.find("changed-old@example.org | changed-old@example.org"), std::string::npos) << rows;
  EXPECT_NE(rows.find("changed-new@example.org | changed-new@example.org"), std::string::npos) << rows;
  EXPECT_NE(rows.find("old@example.org         | old@example.org"), std::string::npos) << rows;
  EXPECT_NE(rows.find("new@example.org         | new@example.org"), std::string::npos) << rows;
  EXPECT_NE(query(database, "SELECT count(*) FROM public.user_emails;").find("502"), std::string::npos) << "the old view still reads";

  auto contract = schemadelta({"apply", release.file("2-contract.sql"), uri, "--release", "42-contract"});
  ASSERT_EQ(contract.exit_code, 0) << contract.out << contract.err;
  EXPECT_EQ(schemadelta({"check", release.v2, uri}).exit_code, 0);
  // Back through both rollbacks: email returns with its values, the trigger with it.
  auto back = schemadelta({"apply", release.file("2-contract.rollback.sql"), uri});
  ASSERT_EQ(back.exit_code, 0) << back.out << back.err;
  EXPECT_NE(query(database, "SELECT email FROM public.users WHERE id = 1;").find("changed-old@example.org"), std::string::npos);
  // Row 1002 came from the new version, without the nickname the old one requires: the expand
  // rollback stops before changing anything and says so; once the row has one, it goes through.
  auto refused = schemadelta({"apply", release.file("1-expand.rollback.sql"), uri});
  EXPECT_EQ(refused.exit_code, 4) << refused.out << refused.err;
  EXPECT_NE(refused.err.find("have NULL in nickname"), std::string::npos) << refused.err;
  query(database, "UPDATE public.users SET nickname = 'filled' WHERE nickname IS NULL;");
  auto first = schemadelta({"apply", release.file("1-expand.rollback.sql"), uri});
  ASSERT_EQ(first.exit_code, 0) << first.out << first.err;
  EXPECT_EQ(schemadelta({"check", release.v1, uri}).exit_code, 0);
  auto listed = schemadelta({"history", uri, "--format", "json"});
  EXPECT_EQ(nlohmann::json::parse(listed.out)["deployments"].size(), 5u) << "four applied, one failed";
}

}  // namespace
}  // namespace schemadelta::testing::release_tests

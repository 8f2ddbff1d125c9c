// The parser's proof on a real server.
// - Real schemas: parse, write canonical DDL, load it into PostgreSQL 15, dump, parse again:
//   the model must be the same.
// - Normalization fixtures: a hand-written schema and pg_dump's output of it must give equal
//   models, and the fixture must survive the same round trip.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "generator/postgres/catalog_ddl.h"
#include "tests/support/test_server.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> sql_files(const std::string& folder) {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(SCHEMADELTA_SOURCE_DIR) / folder)) {
    if (entry.path().extension() == ".sql") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  auto path = fs::path(info.param);
  std::string name = path.parent_path().filename().string() + "_" + path.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

// Loads canonical DDL of `catalog` and returns the model of the server's dump of it.
model::Catalog through_server(const model::Catalog& catalog, const std::string& hint, std::string& problems) {
  auto database = fresh_database(hint);
  create_roles_for(catalog);
  auto ddl = generator::postgres::catalog_ddl(catalog);
  auto run = test_server().run_sql(database, ddl);
  if (!run.ok) {
    problems += "canonical DDL did not load:\n" + run.output;
    return {};
  }
  verify::DumpOptions options;
  options.no_owner = true;
  auto dump = test_server().dump_schema(database, options);
  auto reparsed = parse_clean("dump of " + hint, dump, problems);
  test_server().drop_database(database);
  return reparsed.catalog;
}

class RealSchemaRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(RealSchemaRoundTrip, CanonicalDdlReloadsToTheSameModel) {
  std::string problems;
  auto original = parse_clean(GetParam(), read_file(GetParam()), problems);
  ASSERT_EQ(problems, "") << "the real schema must parse without errors or unmanaged statements";
  auto reloaded = through_server(original.catalog, fs::path(GetParam()).stem().string(), problems);
  ASSERT_EQ(problems, "");
  EXPECT_EQ(catalog_difference(without_owners(original.catalog), without_owners(reloaded)), "");
}

INSTANTIATE_TEST_SUITE_P(Shared, RealSchemaRoundTrip, ::testing::ValuesIn(sql_files("tests/real_schemas")), test_name);

class NormalizationFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(NormalizationFixture, HandWrittenEqualsItsPgDump) {
  std::string problems;
  auto text = read_file(GetParam());
  auto written = parse_clean(GetParam(), text, problems);
  ASSERT_EQ(problems, "");
  auto database = fresh_database(fs::path(GetParam()).stem().string());
  auto run = test_server().run_sql(database, text);
  ASSERT_TRUE(run.ok) << "the fixture must load into PostgreSQL 15:\n" << run.output;
  verify::DumpOptions options;
  options.no_owner = true;
  auto dumped = parse_clean("pg_dump of " + GetParam(), test_server().dump_schema(database, options), problems);
  ASSERT_EQ(problems, "");
  EXPECT_EQ(catalog_difference(without_owners(written.catalog), without_owners(dumped.catalog)), "");
  test_server().drop_database(database);
}

TEST_P(NormalizationFixture, CanonicalDdlReloadsToTheSameModel) {
  std::string problems;
  auto written = parse_clean(GetParam(), read_file(GetParam()), problems);
  ASSERT_EQ(problems, "");
  auto reloaded = through_server(written.catalog, fs::path(GetParam()).stem().string(), problems);
  ASSERT_EQ(problems, "");
  EXPECT_EQ(catalog_difference(without_owners(written.catalog), without_owners(reloaded)), "");
}

INSTANTIATE_TEST_SUITE_P(Fixtures, NormalizationFixture, ::testing::ValuesIn(sql_files("tests/normalization")), test_name);

// pg_dump of every sample and test schema: parses cleanly and survives the round trip.
class SchemaDump : public ::testing::TestWithParam<std::string> {};

TEST_P(SchemaDump, DumpParsesCleanlyAndRoundTrips) {
  std::string problems;
  auto database = fresh_database(fs::path(GetParam()).stem().string());
  auto run = test_server().run_sql(database, read_file(GetParam()));
  ASSERT_TRUE(run.ok) << "the schema must load into PostgreSQL 15:\n" << run.output;
  verify::DumpOptions options;
  options.no_owner = true;
  auto dumped = parse_clean("pg_dump of " + GetParam(), test_server().dump_schema(database, options), problems);
  test_server().drop_database(database);
  ASSERT_EQ(problems, "") << "pg_dump output must parse without errors or unmanaged statements";
  auto reloaded = through_server(dumped.catalog, fs::path(GetParam()).stem().string(), problems);
  ASSERT_EQ(problems, "");
  EXPECT_EQ(catalog_difference(without_owners(dumped.catalog), without_owners(reloaded)), "");
}

INSTANTIATE_TEST_SUITE_P(Samples, SchemaDump, ::testing::ValuesIn(sql_files("samples")), test_name);

}  // namespace
}  // namespace schemadelta::testing

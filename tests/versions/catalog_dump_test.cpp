// The catalog reader (verify/catalog_dump.h) against pg_dump on the same PostgreSQL 15 database:
// each case's target schema is loaded, read both ways, and both reads must parse to equal models
// that report the same statements unmanaged (what the model does not hold: collations, casts, ...).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <sstream>

#include "tests/support/case_scripts.h"
#include "tests/support/test_server.h"
#include "snapshot/live_database.h"
#include "verify/catalog_dump.h"
#include "verify/data_snapshot.h"
#include "verify/prove_scripts.h"
#include "verify/process.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

model::Catalog parse_text(const std::string& name, const std::string& text, std::string& problems) {
  parser::Source source;
  source.files.push_back({name, text});
  auto result = parser::parse(source);
  for (const auto& d : result.diagnostics) {
    if (d.severity == parser::Severity::Error) problems += parser::format(d) + "\n";
  }
  return result.catalog;
}


// What a catalog keeps without modeling it (the statements it reports unmanaged), one a line,
// sorted, white space run together: a live read must report what a dump reports.
std::string unmanaged_statements(const model::Catalog& catalog) {
  std::vector<std::string> lines;
  for (const auto& statement : catalog.unmanaged) {
    std::string text;
    for (char c : statement.text) {
      const bool space = std::isspace(static_cast<unsigned char>(c));
      if (space && (text.empty() || text.back() == ' ')) continue;
      text += space ? ' ' : c;
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    lines.push_back(statement.kind + ": " + text);
  }
  std::sort(lines.begin(), lines.end());
  std::string joined;
  for (const auto& line : lines) joined += line + "\n";
  return joined;
}

class CatalogDump : public ::testing::TestWithParam<std::string> {};

TEST_P(CatalogDump, LiveReadEqualsPgDump) {
  auto& server = test_server();
  if (server.server_version() > verify::k_client_major) GTEST_SKIP() << "pg_dump 15 cannot read this server";
  const fs::path folder = GetParam();
  if (auto reason = case_skip_reason(folder.string()); !reason.empty()) GTEST_SKIP() << reason;
  const std::string target = read_file((folder / "target.sql").string());
  std::string problems;
  auto loaded = parse_text("target.sql", target, problems);
  ASSERT_TRUE(problems.empty()) << problems;
  create_roles_for(loaded);
  const std::string database = fresh_database(folder.filename().string());
  auto load = server.run_sql(database, target);
  ASSERT_TRUE(load.ok) << load.output;

  const auto dumped = parse_text("pg_dump", verify::without_restrict_keys(server.dump_schema(database)), problems);
  const std::string read_text = verify::catalog_schema_dump(server.psql(database), verify::clean_environment());
  const auto read = parse_text("catalog", read_text, problems);
  ASSERT_TRUE(problems.empty()) << problems << read_text;
  EXPECT_EQ(catalog_difference(dumped, read), "") << read_text;
  EXPECT_EQ(unmanaged_statements(dumped), unmanaged_statements(read)) << read_text;
  // With generated rows in its tables, the rows and sequence positions read both ways are equal.
  auto fill = server.run_sql(database, verify::fill_rows_sql());
  ASSERT_TRUE(fill.ok) << fill.output;
  const auto rows = verify::normalized_data(server.dump_data(database));
  EXPECT_EQ(rows, verify::normalized_data(verify::catalog_data_dump(server.psql(database), verify::clean_environment())));
  server.drop_database(database);
}

// The cases of syntax PostgreSQL 16-18 added: their target, loaded into the test server (of any
// version that has the syntax) and read back as `snapshot` reads a live database (pg_dump when
// it is as new as the server, else the catalog), is the model of the target file.
class LiveRead : public ::testing::TestWithParam<std::string> {};

// tests/versions/known_live_drift.txt: case name -> why its live read differs.
std::map<std::string, std::string> known_live_drift() {
  std::map<std::string, std::string> known;
  std::istringstream in(read_file(std::string(SCHEMADELTA_SOURCE_DIR) + "/tests/versions/known_live_drift.txt"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto space = line.find(' ');
    known[line.substr(0, space)] = space == std::string::npos ? "" : line.substr(space + 1);
  }
  return known;
}

TEST_P(LiveRead, LiveDatabaseReadsAsItsSchemaFile) {
  const fs::path folder = GetParam();
  if (auto reason = case_skip_reason(folder.string()); !reason.empty()) GTEST_SKIP() << reason;
  auto& server = test_server();
  const std::string target = read_file((folder / "target.sql").string());
  std::string problems;
  const auto expected = parse_text("target.sql", target, problems);
  ASSERT_TRUE(problems.empty()) << problems;
  const std::string database = fresh_database(folder.filename().string());
  auto load = server.run_sql(database, target);
  ASSERT_TRUE(load.ok) << load.output;
  const std::string live = snapshot::dump_live_schema(server.connection_uri(database));
  const auto read = parse_text("live", live, problems);
  ASSERT_TRUE(problems.empty()) << problems << live;
  const auto difference = catalog_difference(without_owners(expected), without_owners(read));
  const auto known = known_live_drift();
  if (auto it = known.find(folder.filename().string()); it != known.end()) {
    EXPECT_NE(difference, "") << "reads back equal now: remove it from known_live_drift.txt (" << it->second << ")";
  } else {
    EXPECT_EQ(difference, "") << live;
  }
  server.drop_database(database);
}

std::vector<std::string> newer_syntax_cases() {
  std::vector<std::string> folders;
  for (const auto& folder : case_folders()) {
    if (case_min_server_version(folder) > 0) folders.push_back(folder);
  }
  return folders;
}

std::string case_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = fs::path(info.param).filename().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, CatalogDump, ::testing::ValuesIn(case_folders()), case_name);
INSTANTIATE_TEST_SUITE_P(NewerSyntax, LiveRead, ::testing::ValuesIn(newer_syntax_cases()), case_name);

}  // namespace
}  // namespace schemadelta::testing

// Every case in tests/cases/<name>/{source,target}.sql, proven on PostgreSQL 15: the migration
// applies, the result equals the target loaded alone, a second run succeeds and changes nothing,
// and diffing the result against the target finds nothing left to do.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "compare/change_set.h"
#include "generator/postgres/migration.h"
#include "tests/support/catalog_diff.h"
#include "tests/support/test_server.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> case_folders() {
  std::vector<std::string> folders;
  const char* only = std::getenv("SCHEMADELTA_CASES");  // another folder of cases, if given
  fs::path root = only ? fs::path(only) : fs::path(SCHEMADELTA_SOURCE_DIR) / "tests/cases";
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.is_directory() && fs::exists(entry.path() / "source.sql")) folders.push_back(entry.path().string());
  }
  std::sort(folders.begin(), folders.end());
  return folders;
}

std::string case_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = fs::path(info.param).filename().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

// pg_dump text without the per-run \restrict keys.
std::string stable_dump(const std::string& database) {
  verify::DumpOptions options;
  options.no_owner = true;
  std::istringstream in(test_server().dump_schema(database, options));
  std::string out;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("\\restrict") || line.starts_with("\\unrestrict")) continue;
    out += line + "\n";
  }
  return out;
}

model::Catalog sorted_columns(model::Catalog catalog) {
  for (auto& [_, schema] : catalog.schemas) {
    for (auto& [__, table] : schema.tables) {
      std::sort(table.columns.begin(), table.columns.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    }
  }
  return without_owners(std::move(catalog));
}

// Loads source, applies the migration to target, and checks correctness, idempotence and
// convergence on the server.
void prove_migration(const std::string& name, const std::string& source_text, const std::string& target_text,
                     const std::vector<compare::Rename>& renames = {}) {
  std::string problems;
  auto source = parse_clean("source.sql", source_text, problems);
  auto target = parse_clean("target.sql", target_text, problems);
  ASSERT_FALSE(source.has_errors() || target.has_errors()) << problems;

  compare::CompareOptions compare_options;
  compare_options.renames = renames;
  auto changes = compare::compare(source.catalog, target.catalog, compare_options);
  ASSERT_TRUE(changes.errors.empty()) << changes.errors.front();
  generator::postgres::MigrationOptions options;
  auto script = generator::postgres::migration_script(changes, options);

  auto migrated = fresh_database(name);
  auto load = test_server().run_sql(migrated, source_text);
  ASSERT_TRUE(load.ok) << "source.sql does not load:\n" << load.output;
  auto first = test_server().run_sql(migrated, script.text);
  ASSERT_TRUE(first.ok) << "the migration failed:\n" << first.output << "\n--- script:\n" << script.text;
  const std::string after_first = stable_dump(migrated);

  auto expected = fresh_database(name + "_target");
  auto load_target = test_server().run_sql(expected, target_text);
  ASSERT_TRUE(load_target.ok) << "target.sql does not load:\n" << load_target.output;
  const std::string target_dump = stable_dump(expected);

  auto migrated_model = parse_clean("dump of migrated", after_first, problems);
  auto target_model = parse_clean("dump of target", target_dump, problems);
  EXPECT_EQ(catalog_difference(sorted_columns(target_model.catalog), sorted_columns(migrated_model.catalog)), "")
      << "the migrated database differs from the target\n--- script:\n" << script.text;

  auto second = test_server().run_sql(migrated, script.text);
  EXPECT_TRUE(second.ok) << "running the migration again failed:\n" << second.output << "\n--- script:\n" << script.text;
  EXPECT_EQ(stable_dump(migrated), after_first) << "running the migration again changed the database";

  auto remaining = compare::compare(migrated_model.catalog, target_model.catalog);
  std::string left;
  for (const auto& change : remaining.changes) left += compare::change_type_name(change.type) + " " + model::describe(change.id) + "\n";
  EXPECT_EQ(left, "") << "diffing the migrated database against the target is not empty";

  // The rollback: the same machinery the other way brings the schema back to the source.
  compare::CompareOptions back;
  back.renames = compare::reversed(renames);
  auto rollback_changes = compare::compare(target.catalog, source.catalog, back);
  ASSERT_TRUE(rollback_changes.errors.empty()) << rollback_changes.errors.front();
  options.title = "rollback";
  auto rollback = generator::postgres::migration_script(rollback_changes, options);
  auto undone = test_server().run_sql(migrated, rollback.text);
  ASSERT_TRUE(undone.ok) << "the rollback failed:\n" << undone.output << "\n--- rollback:\n" << rollback.text;
  const std::string after_rollback = stable_dump(migrated);
  auto original = fresh_database(name + "_source");
  test_server().run_sql(original, source_text);
  auto source_model = parse_clean("dump of source", stable_dump(original), problems);
  auto rolled_back_model = parse_clean("dump after rollback", after_rollback, problems);
  EXPECT_EQ(catalog_difference(sorted_columns(source_model.catalog), sorted_columns(rolled_back_model.catalog)), "")
      << "the rolled-back database differs from the source\n--- rollback:\n" << rollback.text;
  auto again = test_server().run_sql(migrated, rollback.text);
  EXPECT_TRUE(again.ok) << "running the rollback again failed:\n" << again.output;
  EXPECT_EQ(stable_dump(migrated), after_rollback) << "running the rollback again changed the database";

  test_server().drop_database(migrated);
  test_server().drop_database(expected);
  test_server().drop_database(original);
}

class MigrationCase : public ::testing::TestWithParam<std::string> {};

// A case may declare renames in renames.txt (the --rename-file format).
std::vector<compare::Rename> case_renames(const fs::path& folder) {
  std::vector<compare::Rename> renames;
  if (!fs::exists(folder / "renames.txt")) return renames;
  std::istringstream in(read_file((folder / "renames.txt").string()));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::string error;
    auto rename = compare::parse_rename(line, error);
    EXPECT_TRUE(rename) << error;
    if (rename) renames.push_back(*rename);
  }
  return renames;
}

TEST_P(MigrationCase, MigrationIsCorrectIdempotentAndConverges) {
  const fs::path folder = GetParam();
  prove_migration(folder.filename().string(), read_file((folder / "source.sql").string()),
                  read_file((folder / "target.sql").string()), case_renames(folder));
}

INSTANTIATE_TEST_SUITE_P(Cases, MigrationCase, ::testing::ValuesIn(case_folders()), case_name);

}  // namespace
}  // namespace schemadelta::testing

namespace schemadelta::testing {
namespace {

std::vector<std::string> real_pairs() {
  std::vector<std::string> pairs;
  std::istringstream in(read_file(std::string(SCHEMADELTA_SOURCE_DIR) + "/tests/real_schemas/pairs.txt"));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') pairs.push_back(line);
  }
  return pairs;
}

std::string pair_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

class RealMigration : public ::testing::TestWithParam<std::string> {};

TEST_P(RealMigration, MigrationIsCorrectIdempotentAndConverges) {
  std::istringstream in(GetParam());
  std::string source, target;
  in >> source >> target;
  const std::string root = std::string(SCHEMADELTA_SOURCE_DIR) + "/tests/real_schemas/";
  prove_migration(fs::path(target).filename().string(), read_file(root + source + ".sql"), read_file(root + target + ".sql"));
}

INSTANTIATE_TEST_SUITE_P(RealSchemas, RealMigration, ::testing::ValuesIn(real_pairs()), pair_name);

}  // namespace
}  // namespace schemadelta::testing

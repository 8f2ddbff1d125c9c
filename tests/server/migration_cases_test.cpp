// Every case in tests/cases/<name>/{source,target}.sql, proven on PostgreSQL 15 with rows in
// every table: the migration applies, the result equals the target loaded alone, a second run
// succeeds and changes nothing, diffing the result against the target finds nothing left to do,
// and the rollback brings back the source schema and every row.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "compare/change_set.h"
#include "generator/postgres/migration_pair.h"
#include "generator/postgres/quoting.h"
#include "tests/support/catalog_diff.h"
#include "tests/support/data_snapshot.h"
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

const char* kArchive = "schemadelta_archive";

// pg_dump text without the per-run \restrict keys; the holding schema left out unless asked for.
std::string stable_dump(const std::string& database, bool with_archive = false) {
  verify::DumpOptions options;
  options.no_owner = true;
  if (!with_archive) options.exclude_schemas.push_back(kArchive);
  std::istringstream in(test_server().dump_schema(database, options));
  std::string out;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("\\restrict") || line.starts_with("\\unrestrict")) continue;
    out += line + "\n";
  }
  return out;
}

// Every row and sequence position outside the holding schema.
std::string data_of(const std::string& database) {
  verify::DumpOptions options;
  options.exclude_schemas.push_back(kArchive);
  return normalized_data(test_server().dump_data(database, options));
}

model::Catalog sorted_columns(model::Catalog catalog) {
  for (auto& [_, schema] : catalog.schemas) {
    for (auto& [__, table] : schema.tables) {
      std::sort(table.columns.begin(), table.columns.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    }
  }
  return without_owners(std::move(catalog));
}

std::string changes_left(const model::Catalog& from, const model::Catalog& to) {
  std::string left;
  for (const auto& change : compare::compare(from, to).changes) {
    left += compare::change_type_name(change.type) + " " + model::describe(change.id) + "\n";
  }
  return left;
}

// What a case expects when its tables hold rows: the migration refuses with this message
// (its pre-flight checks, or PostgreSQL itself), and the database is left as it was.
std::string expected_data_failure(const std::string& folder) {
  if (folder.empty() || !fs::exists(fs::path(folder) / "data_failure.txt")) return "";
  std::string text = read_file((fs::path(folder) / "data_failure.txt").string());
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

// Sequence positions the migration moves on purpose (new bounds exclude the current value): the
// rollback keeps the later position, since rows written meanwhile may have used it.
std::string without_altered_sequences(const std::string& data, const compare::ChangeSet& changes) {
  std::string out;
  std::istringstream in(data);
  for (std::string line; std::getline(in, line);) {
    bool altered = false;
    for (const auto& change : changes.changes) {
      if (change.type != compare::ChangeType::AlterSequence) continue;
      altered = altered || line.starts_with("SELECT pg_catalog.setval('" + generator::postgres::qualified(change.id.schema, change.id.name) + "',");
    }
    if (!altered) out += line + "\n";
  }
  return out;
}

struct Proof {
  std::string name, source_text, target_text;
  std::vector<compare::Rename> renames;
  std::string data_failure;  // expected refusal of the filled tables; empty: the rows go through
};

// The scripts `diff` writes for the pair. When the migration cannot keep some values (no key),
// the user's way forward is --no-preserve: the proof then cannot expect those values back.
generator::postgres::MigrationPair scripts_for(const Proof& proof, const parser::ParseResult& source, const parser::ParseResult& target,
                                               bool& rows_kept) {
  generator::postgres::PairOptions options;
  options.compare.renames = proof.renames;
  auto pair = generator::postgres::write_migration_pair(source.catalog, target.catalog, options);
  rows_kept = pair.forward_plan.problems.empty();
  if (!rows_kept) {
    options.preserve = false;
    pair = generator::postgres::write_migration_pair(source.catalog, target.catalog, options);
  }
  return pair;
}

// Loads source (and fills every table with generated rows), applies the migration that `diff`
// writes, and checks on the server: the result equals target loaded alone, a second run changes
// nothing, a re-diff is empty; then the rollback gives back source's schema and every row and
// sequence position source had (what the migration dropped comes back from the holding
// schema), and a second rollback run changes nothing. A case whose rows the migration must
// refuse is proven to refuse them cleanly, then proven on empty tables.
void prove_migration(const Proof& proof, bool with_rows = true) {
  std::string problems;
  auto source = parse_clean("source.sql", proof.source_text, problems);
  auto target = parse_clean("target.sql", proof.target_text, problems);
  ASSERT_FALSE(source.has_errors() || target.has_errors()) << problems;
  bool rows_kept = true;
  const auto pair = scripts_for(proof, source, target, rows_kept);
  ASSERT_TRUE(pair.errors.empty()) << pair.errors.front();
  ASSERT_TRUE(pair.rollback_errors.empty()) << pair.rollback_errors.front();
  const std::string& script = pair.migration.text;
  const std::string& rollback = pair.rollback.text;

  auto migrated = fresh_database(proof.name);
  auto load = test_server().run_sql(migrated, proof.source_text);
  ASSERT_TRUE(load.ok) << "source.sql does not load:\n" << load.output;
  if (with_rows) {
    auto fill = test_server().run_sql(migrated, read_file(std::string(SCHEMADELTA_SOURCE_DIR) + "/tests/support/fill_rows.sql"));
    ASSERT_TRUE(fill.ok) << "filling the source tables failed:\n" << fill.output;
  }
  const std::string source_rows = data_of(migrated);
  const std::string source_dump = stable_dump(migrated);

  auto first = test_server().run_sql(migrated, script);
  if (with_rows && !proof.data_failure.empty()) {
    EXPECT_FALSE(first.ok) << "the migration was expected to refuse the rows with: " << proof.data_failure;
    EXPECT_NE(first.output.find(proof.data_failure), std::string::npos) << "the migration failed differently:\n" << first.output;
    EXPECT_EQ(stable_dump(migrated), source_dump) << "the failed migration changed the database";
    EXPECT_EQ(data_of(migrated), source_rows) << "the failed migration changed rows";
    test_server().drop_database(migrated);
    prove_migration(proof, false);
    return;
  }
  ASSERT_TRUE(first.ok) << "the migration failed:\n" << first.output << "\n--- script:\n" << script;
  const std::string after_first = stable_dump(migrated);
  const std::string after_first_with_archive = stable_dump(migrated, true);

  auto expected = fresh_database(proof.name + "_target");
  auto load_target = test_server().run_sql(expected, proof.target_text);
  ASSERT_TRUE(load_target.ok) << "target.sql does not load:\n" << load_target.output;
  auto migrated_model = parse_clean("dump of migrated", after_first, problems);
  auto target_model = parse_clean("dump of target", stable_dump(expected), problems);
  EXPECT_EQ(catalog_difference(sorted_columns(target_model.catalog), sorted_columns(migrated_model.catalog)), "")
      << "the migrated database differs from the target\n--- script:\n" << script;

  auto second = test_server().run_sql(migrated, script);
  EXPECT_TRUE(second.ok) << "running the migration again failed:\n" << second.output << "\n--- script:\n" << script;
  EXPECT_EQ(stable_dump(migrated, true), after_first_with_archive) << "running the migration again changed the database";
  EXPECT_EQ(changes_left(migrated_model.catalog, target_model.catalog), "") << "diffing the migrated database against the target is not empty";

  auto undone = test_server().run_sql(migrated, rollback);
  ASSERT_TRUE(undone.ok) << "the rollback failed:\n" << undone.output << "\n--- rollback:\n" << rollback << "\n--- migration:\n" << script;
  const std::string after_rollback = stable_dump(migrated);
  const std::string after_rollback_with_archive = stable_dump(migrated, true);
  auto source_model = parse_clean("dump of source", source_dump, problems);
  auto rolled_back_model = parse_clean("dump after rollback", after_rollback, problems);
  EXPECT_EQ(catalog_difference(sorted_columns(source_model.catalog), sorted_columns(rolled_back_model.catalog)), "")
      << "the rolled-back database differs from the source\n--- rollback:\n" << rollback;
  auto again = test_server().run_sql(migrated, rollback);
  EXPECT_TRUE(again.ok) << "running the rollback again failed:\n" << again.output;
  EXPECT_EQ(stable_dump(migrated, true), after_rollback_with_archive) << "running the rollback again changed the database";
  if (rows_kept) {
    EXPECT_EQ(without_altered_sequences(data_of(migrated), pair.forward), without_altered_sequences(source_rows, pair.forward))
        << "rows differ after migration + rollback\n--- migration:\n" << script << "\n--- rollback:\n" << rollback;
  }

  test_server().drop_database(migrated);
  test_server().drop_database(expected);
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
  prove_migration({folder.filename().string(), read_file((folder / "source.sql").string()),
                   read_file((folder / "target.sql").string()), case_renames(folder), expected_data_failure(folder.string())});
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
  std::istringstream in(info.param);
  std::string source, target;
  in >> source >> target;
  std::string name = source + "_" + target;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

class RealMigration : public ::testing::TestWithParam<std::string> {};

TEST_P(RealMigration, MigrationIsCorrectIdempotentAndConverges) {
  std::istringstream in(GetParam());
  std::string source, target, data_failure;
  in >> source >> target;
  std::getline(in >> std::ws, data_failure);  // the rest of the line: what the rows must make the migration refuse
  const std::string root = std::string(SCHEMADELTA_SOURCE_DIR) + "/tests/real_schemas/";
  prove_migration({fs::path(target).filename().string(), read_file(root + source + ".sql"), read_file(root + target + ".sql"), {},
                   data_failure});
}

INSTANTIATE_TEST_SUITE_P(RealSchemas, RealMigration, ::testing::ValuesIn(real_pairs()), pair_name);

}  // namespace
}  // namespace schemadelta::testing

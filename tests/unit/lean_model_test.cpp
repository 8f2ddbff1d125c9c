// What the leaner model gives up must change nothing a user sees: a catalog built without its
// source locations (as diff builds it) gives the same model and the same scripts, and the state
// fingerprint computed on the catalog's JSON in place is the one of the normalized copy it
// replaced. On every case.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "parser/parse.h"
#include "pipeline/migration_pair.h"
#include "release/sha256.h"
#include "release/state_fingerprint.h"
#include "serialize/catalog_json.h"
#include "tests/support/case_scripts.h"
#include "tests/support/test_server.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

parser::ParseResult parse_file(const fs::path& path, bool locations) {
  parser::ParseOptions options;
  options.jobs = 1;
  options.locations = locations;
  return parser::parse(parser::Source{{{path.string(), read_file(path.string())}}}, options);
}

// The fingerprint as first defined: a copy of the catalog, each inheritance child's columns equal
// to a parent's (NOT NULL aside) left out, the columns sorted by name, then its JSON without materialized
// views' WITH [NO] DATA (not what a view is), owners and unmanaged statements.
std::string reference_state_fingerprint(const model::Catalog& catalog) {
  model::Catalog normalized = catalog;
  for (auto& [_, schema] : normalized.schemas) {
    for (auto& [_, table] : schema.tables) {
      std::erase_if(table.columns, [&](const model::Column& column) {
        return std::any_of(table.inherits.begin(), table.inherits.end(), [&](const model::QualifiedName& parent_name) {
          const auto* parent_schema = catalog.find_schema(parent_name.schema);
          if (!parent_schema || !parent_schema->tables.count(parent_name.name)) return false;
          const auto& parent = parent_schema->tables.at(parent_name.name);
          return std::any_of(parent.columns.begin(), parent.columns.end(), [&](model::Column inherited) {
            inherited.not_null = column.not_null;
            return inherited == column;
          });
        });
      });
      std::sort(table.columns.begin(), table.columns.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    }
  }
  auto json = serialize::to_json(normalized);
  for (auto& schema : json.at("schemas")) {
    if (schema.contains("materialized_views")) {
      for (auto& view : schema.at("materialized_views")) view.erase("with_data");
    }
  }
  json.erase("owners");
  json.erase("unmanaged");
  return release::sha256_hex(json.dump()).substr(0, 16);
}

TEST(LeanModel, CatalogsWithoutLocationsGiveTheSameModelAndScripts) {
  std::size_t cases = 0, located = 0;
  for (const auto& folder : case_folders()) {
    const auto source = parse_file(fs::path(folder) / "source.sql", true);
    const auto target = parse_file(fs::path(folder) / "target.sql", true);
    const auto bare_source = parse_file(fs::path(folder) / "source.sql", false);
    const auto bare_target = parse_file(fs::path(folder) / "target.sql", false);
    if (source.has_errors() || target.has_errors()) continue;
    ++cases;
    located += !target.catalog.locations.empty();
    EXPECT_TRUE(bare_source.catalog.locations.empty() && bare_target.catalog.locations.empty()) << folder;
    EXPECT_EQ(serialize::to_json(bare_target.catalog).dump(1), serialize::to_json(target.catalog).dump(1)) << folder;
    pipeline::PairOptions options;
    options.compare.renames = case_renames(folder);
    const auto pair = pipeline::write_migration_pair(source.catalog, target.catalog, options);
    const auto bare = pipeline::write_migration_pair(bare_source.catalog, bare_target.catalog, options);
    EXPECT_EQ(bare.errors, pair.errors) << folder;
    EXPECT_EQ(bare.migration.text, pair.migration.text) << folder;
    EXPECT_EQ(bare.rollback.text, pair.rollback.text) << folder;
  }
  EXPECT_GT(cases, 300u);
  EXPECT_EQ(located, cases) << "every case's target has objects, and so locations when they are kept";
}

TEST(LeanModel, StateFingerprintIsTheNormalizedCopys) {
  std::size_t files = 0, inheriting = 0;
  for (const auto& folder : case_folders()) {
    for (const char* side : {"source.sql", "target.sql"}) {
      const auto parsed = parse_file(fs::path(folder) / side, false);
      if (parsed.has_errors()) continue;
      ++files;
      for (const auto& [_, schema] : parsed.catalog.schemas) {
        inheriting += std::any_of(schema.tables.begin(), schema.tables.end(), [](const auto& t) { return !t.second.inherits.empty(); });
      }
      EXPECT_EQ(release::state_fingerprint(parsed.catalog), reference_state_fingerprint(parsed.catalog)) << folder << "/" << side;
    }
  }
  EXPECT_GT(files, 600u);
  EXPECT_GT(inheriting, 5u) << "inheritance children, whose inherited columns the fingerprint leaves out, are covered";
}

}  // namespace
}  // namespace schemadelta::testing

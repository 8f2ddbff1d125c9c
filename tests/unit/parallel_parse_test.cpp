// Statements parsed on several threads and built in input order give the very model, the same
// diagnostics in the same order and the same statistics as one thread: on every case, the
// samples, contrib's extension scripts, generated dumps of several shapes and inputs with
// errors at the start, in the middle and at the end.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <future>

#include "bench/schema_generator.h"
#include "parser/parse.h"
#include "parser/parse_pool.h"
#include "serialize/catalog_json.h"
#include "tests/support/case_scripts.h"
#include "tests/support/test_server.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

// Everything a parse gives that a reader of it could see.
std::string outcome(const parser::ParseResult& result) {
  std::string text = serialize::to_json(result.catalog).dump(1);
  for (const auto& d : result.diagnostics) text += "\n" + parser::format(d);
  text += "\nstatements " + std::to_string(result.stats.statements) + ", LL " + std::to_string(result.stats.ll_fallbacks);
  return text;
}

parser::ParseResult parse_with(const parser::Source& source, unsigned jobs, std::shared_ptr<parser::ParsePool> pool = nullptr) {
  parser::ParseOptions options;
  options.jobs = jobs;
  options.pool = std::move(pool);
  return parser::parse(source, options);
}

void expect_same_on_threads(const parser::Source& source, const std::string& name) {
  const std::string serial = outcome(parse_with(source, 1));
  for (unsigned jobs : {2u, 5u}) {
    EXPECT_EQ(outcome(parse_with(source, jobs)), serial) << name << " parsed on " << jobs << " threads";
  }
}

parser::Source file_source(const fs::path& path) { return parser::Source{{{path.string(), read_file(path.string())}}}; }

TEST(ParallelParse, CasesAndSamplesGiveTheSameModel) {
  std::size_t files = 0;
  for (const auto& folder : case_folders()) {
    for (const char* side : {"source.sql", "target.sql"}) {
      expect_same_on_threads(file_source(fs::path(folder) / side), folder + "/" + side);
      ++files;
    }
  }
  for (const char* side : {"source.sql", "target.sql"}) {
    expect_same_on_threads(file_source(fs::path(SCHEMADELTA_SOURCE_DIR) / "samples" / side), side);
    ++files;
  }
  EXPECT_GT(files, 600u);
}

TEST(ParallelParse, ContribExtensionScriptsGiveTheSameModel) {
  const fs::path contrib = "/usr/share/postgresql/15/extension";
  ASSERT_TRUE(fs::is_directory(contrib)) << "PostgreSQL 15 is installed by make test";
  parser::Source all;
  for (const auto& entry : fs::directory_iterator(contrib)) {
    // PostgreSQL's own contrib; PostGIS's scripts (900 MB with their upgrades) would take minutes.
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".sql" || name.starts_with("postgis") || name.starts_with("address_standardizer")) continue;
    all.files.push_back({entry.path().string(), read_file(entry.path().string())});
  }
  std::sort(all.files.begin(), all.files.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  ASSERT_GT(all.files.size(), 100u);
  // Read one after the other as one input: many statements the models leave unmanaged and
  // many that redefine what an earlier one made.
  expect_same_on_threads(all, "contrib extension scripts");
}

TEST(ParallelParse, GeneratedDumpsOfEveryShapeGiveTheSameModel) {
  for (const auto& shape : bench::benchmark_shapes()) {
    const auto database = bench::generate_database(250, 7, shape);
    parser::Source source{{{shape.name + ".sql", bench::render_dump(database)}}};
    expect_same_on_threads(source, shape.name);
  }
}

TEST(ParallelParse, ErrorsAreReportedInInputOrder) {
  std::string sql;
  for (int i = 0; i < 200; ++i) {
    sql += "CREATE TABLE t" + std::to_string(i) + " (id integer PRIMARY KEY, v text);\n";
    if (i % 37 == 5) sql += "CREATE TABLE broken" + std::to_string(i) + " (id integer,, v text);\n";
    if (i % 53 == 7) sql += "CREATE CAST (text AS integer) WITH INOUT;\n";  // unmanaged: a warning
  }
  parser::Source with_syntax_errors{{{"syntax.sql", sql}}};
  expect_same_on_threads(with_syntax_errors, "syntax errors");
  const auto result = parse_with(with_syntax_errors, 3);
  EXPECT_TRUE(result.has_errors());

  parser::Source with_lexer_error_at_end{{{"lexer.sql", sql + "CREATE TABLE late (v text DEFAULT 'unterminated);\n"}}};
  expect_same_on_threads(with_lexer_error_at_end, "lexer error at the end");

  parser::Source too_deep{{{"deep.sql", sql + "SELECT " + std::string(2000, '(') + "1" + std::string(2000, ')') + ";\n" + sql}}};
  expect_same_on_threads(too_deep, "statement nested too deeply");
}

TEST(ParallelParse, TwoParsesShareOnePool) {
  auto pool = std::make_shared<parser::ParsePool>(3);
  ASSERT_EQ(pool->threads(), 3u);
  const auto first = file_source(fs::path(SCHEMADELTA_SOURCE_DIR) / "samples" / "source.sql");
  const auto second = file_source(fs::path(SCHEMADELTA_SOURCE_DIR) / "samples" / "target.sql");
  std::string first_alone = outcome(parse_with(first, 1)), second_alone = outcome(parse_with(second, 1));
  for (int round = 0; round < 5; ++round) {
    auto other = std::async(std::launch::async, [&] { return outcome(parse_with(second, 3, pool)); });
    EXPECT_EQ(outcome(parse_with(first, 3, pool)), first_alone);
    EXPECT_EQ(other.get(), second_alone);
  }
}

}  // namespace
}  // namespace schemadelta::testing

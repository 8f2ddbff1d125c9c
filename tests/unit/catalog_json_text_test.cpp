// serialize::write_json writes the catalog's JSON text without building the nlohmann tree (the
// state fingerprint's input): its text must be the tree's dump(), byte for byte, on every case
// and on the values whose spelling nlohmann decides (escapes, UTF-8, floating point numbers,
// a setting written twice).
#include <gtest/gtest.h>

#include <filesystem>

#include "parser/parse.h"
#include "serialize/catalog_json.h"
#include "tests/support/case_scripts.h"
#include "tests/support/test_server.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

class StringSink : public serialize::JsonSink {
 public:
  void write(std::string_view piece) override {
    text.append(piece);
    ++pieces;
  }
  std::string text;
  std::size_t pieces = 0;
};

std::string written(const model::Catalog& catalog, int indent = -1) {
  StringSink sink;
  serialize::write_json(catalog, sink, nullptr, indent);
  return sink.text;
}

TEST(CatalogJsonText, IsTheTreesDumpOnEveryCase) {
  std::size_t files = 0;
  for (const auto& folder : case_folders()) {
    for (const char* side : {"source.sql", "target.sql"}) {
      const auto path = fs::path(folder) / side;
      parser::ParseOptions options;
      options.jobs = 1;
      const auto parsed = parser::parse(parser::Source{{{path.string(), read_file(path.string())}}}, options);
      ++files;
      const auto tree = serialize::to_json(parsed.catalog);
      EXPECT_EQ(written(parsed.catalog), tree.dump()) << path;
      EXPECT_EQ(written(parsed.catalog, 2), tree.dump(2)) << path;  // schemadelta parse's text
    }
  }
  EXPECT_GT(files, 600u);
}

TEST(CatalogJsonText, SpellsStringsAndNumbersAsTheTreeDoes) {
  model::Catalog catalog;
  auto& schema = catalog.schema("sch\"ema");
  model::Routine routine;
  routine.name = "f\\n";
  routine.body.canonical = "select 'a\"b\\c'\n\tfrom t -- \x01 \x7f caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80";
  routine.cost = 0.5;
  routine.rows = 1e21;
  routine.settings = {{"search_path", "a"}, {"work_mem", "1MB"}, {"search_path", "b, c"}};
  schema.routines["f\\n()"] = routine;
  routine.name = "g";
  routine.cost = 100;
  routine.rows = 3.0000000000000004;
  schema.routines["g()"] = routine;
  model::Table table;
  table.name = "t";
  model::Column column;
  column.name = "\xd0\xb8\xd0\xbc\xd1\x8f";  // имя
  column.statistics = 1000;
  table.columns.push_back(column);
  schema.tables["t"] = table;
  catalog.unmanaged.push_back({"CREATE RULE", "line\r\nbreak\b\f", {"a.sql", 12, 3}});
  EXPECT_EQ(written(catalog), serialize::to_json(catalog).dump());
  EXPECT_EQ(written(catalog, 2), serialize::to_json(catalog).dump(2));
  EXPECT_EQ(written(catalog, 0), serialize::to_json(catalog).dump(0));
  EXPECT_EQ(written(model::Catalog{}, 3), serialize::to_json(model::Catalog{}).dump(3));  // empty arrays

  // Bad UTF-8 is refused as dump() refuses it.
  schema.tables["t"].columns[0].name = "\xff";
  EXPECT_THROW(written(catalog), nlohmann::json::exception);
  EXPECT_THROW(serialize::to_json(catalog).dump(), nlohmann::json::exception);
}

// Strings are checked eight bytes at a time: each byte that needs an escape (and the printable
// ones at the edges, which do not) in every lane of a word and in the tail.
TEST(CatalogJsonText, FindsEveryByteToEscapeWhereverItIs) {
  const std::vector<std::string> bytes{"\x01", "\x1f", " ", "\"", "\\", "~", "\x7f", "\xc3\xa9", "\t"};
  for (const auto& special : bytes) {
    for (std::size_t at = 0; at <= 17; ++at) {
      model::Catalog catalog;
      std::string text(17, 'a');
      text.insert(at, special);
      catalog.comments[model::ObjectId{model::ObjectKind::Schema, "", "public", "", ""}] = text;
      EXPECT_EQ(written(catalog), serialize::to_json(catalog).dump()) << at << " " << static_cast<int>(special[0]);
    }
  }
}

TEST(CatalogJsonText, ComesInPiecesNotAsOneText) {
  model::Catalog catalog;
  auto& schema = catalog.schema("public");
  for (int i = 0; i < 2000; ++i) {
    model::Table table;
    table.name = "table_with_a_long_name_" + std::to_string(i);
    for (int c = 0; c < 10; ++c) {
      model::Column column;
      column.name = "column_" + std::to_string(c);
      table.columns.push_back(column);
    }
    schema.tables[table.name] = table;
  }
  StringSink sink;
  serialize::write_json(catalog, sink);
  EXPECT_EQ(sink.text, serialize::to_json(catalog).dump());
  EXPECT_GT(sink.pieces, 5u) << sink.text.size() << " bytes";
}

}  // namespace
}  // namespace schemadelta::testing

// Unquoted names with characters beyond U+FFFF (4 bytes in UTF-8): PostgreSQL's scanner takes
// every byte from 0x80 in an identifier (scan.l's ident_start and ident_cont), so `x😀` is a name
// as `"x😀"` is; only ASCII letters fold to lower case. (Loaded on PostgreSQL 15 with psql: the
// unquoted forms below make t😀, x😀, z𝄞 and ix😀; tests/cases/identifiers_beyond_the_bmp has the
// server prove it.)
#include <gtest/gtest.h>

#include <string>

#include "parser/scanner_agreement.h"
#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

const std::string kUnquoted =
    "CREATE TABLE t😀 (x😀 integer, Z𝄞 text, 𝄞 bigint);\n"
    "CREATE INDEX ix😀 ON t😀 (x😀);\n"
    "CREATE INDEX ON t😀 (Z𝄞);\n";
const std::string kQuoted =
    "CREATE TABLE \"t😀\" (\"x😀\" integer, \"z𝄞\" text, \"𝄞\" bigint);\n"
    "CREATE INDEX \"ix😀\" ON \"t😀\" (\"x😀\");\n"
    "CREATE INDEX ON \"t😀\" (\"z𝄞\");\n";

TEST(WideIdentifierCharacters, UnquotedNamesInTablesColumnsAndIndexes) {
  const auto result = parse_text(kUnquoted);
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& schema = result.catalog.schemas.at("public");
  ASSERT_TRUE(schema.tables.count("t😀"));
  const auto& table = schema.tables.at("t😀");
  ASSERT_EQ(table.columns.size(), 3u);
  EXPECT_EQ(table.columns[0].name, "x😀");
  EXPECT_EQ(table.columns[1].name, "z𝄞");  // the ASCII letter folds, the rest is kept
  EXPECT_EQ(table.columns[2].name, "𝄞");    // a name that starts with one
  EXPECT_TRUE(schema.indexes.count("ix😀"));
  EXPECT_TRUE(schema.indexes.count("t😀_z𝄞_idx")) << "the generated name reads the column's name";
}

TEST(WideIdentifierCharacters, QuotedAndUnquotedNamesMakeTheSameModel) {
  const auto unquoted = parse_text(kUnquoted);
  const auto quoted = parse_text(kQuoted);
  ASSERT_FALSE(unquoted.has_errors()) << messages(unquoted);
  ASSERT_FALSE(quoted.has_errors()) << messages(quoted);
  EXPECT_EQ(unquoted.catalog.schemas.at("public").tables, quoted.catalog.schemas.at("public").tables);
  EXPECT_EQ(unquoted.catalog.schemas.at("public").indexes, quoted.catalog.schemas.at("public").indexes);
}

TEST(WideIdentifierCharacters, DollarQuoteTagsMayHoldThem) {
  const auto result = parse_text("CREATE FUNCTION f😀() RETURNS integer LANGUAGE sql AS $t😀$ SELECT 1 $t😀$;\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  bool found = false;
  for (const auto& [signature, routine] : result.catalog.schemas.at("public").routines) found = found || routine.name == "f😀";
  EXPECT_TRUE(found);
}

// The scanner and the lexer generated from the grammar (the specification) agree on them.
TEST(WideIdentifierCharacters, TheScannerAndTheGrammarAgree) {
  for (const std::string& text : {kUnquoted, kQuoted, std::string("SELECT $t😀$ body $t😀$, a𝄞b$c FROM t😀;")}) {
    EXPECT_EQ(parser::scanner_disagreement(text), std::nullopt) << text;
  }
}

}  // namespace
}  // namespace schemadelta::testing

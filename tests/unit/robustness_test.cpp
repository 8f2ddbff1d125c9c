// Huge and hostile inputs get an answer (a model or diagnostics), never a crash, a hang or a
// silently different model; the fuzzers' findings are replayed here in every build.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/fuzz_checks.h"
#include "parser/scanner_agreement.h"
#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

bool has_warning_containing(const parser::ParseResult& result, const std::string& text) {
  for (const auto& d : result.diagnostics) {
    if (d.severity == parser::Severity::Warning && d.message.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(Robustness, LongNamesAreTruncatedLikePostgresAndSaidSo) {
  const std::string long_table(70, 'a');
  std::string accented;
  for (int i = 0; i < 40; ++i) accented += "\xC3\xA9";  // é: 80 bytes, cut between characters
  auto result = parse_text("CREATE TABLE " + long_table + " (\"" + accented + "\" integer);\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& tables = result.catalog.schemas.at("public").tables;
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables.begin()->first, std::string(63, 'a'));
  const auto& column = tables.begin()->second.columns.at(0).name;
  EXPECT_EQ(column.size(), 62u);  // 31 whole characters: PostgreSQL never splits one
  EXPECT_TRUE(has_warning_containing(result, "longer than 63 bytes")) << messages(result);
  const auto& warning = result.diagnostics.front();
  EXPECT_EQ(warning.location.line, 1);
  EXPECT_EQ(warning.location.column, 14);
}

TEST(Robustness, TwoLongNamesThatTruncateAlikeAreOneObjectAsInPostgres) {
  const std::string stem(63, 'b');
  auto result = parse_text("CREATE TABLE " + stem + "_one (id integer);\nCREATE TABLE " + stem + "_two (id integer);\n");
  // PostgreSQL: relation "bbb..." already exists. The parser must not model two tables.
  ASSERT_TRUE(result.has_errors());
  EXPECT_NE(messages(result).find("created twice"), std::string::npos) << messages(result);
}

TEST(Robustness, AMegabyteFunctionBodyIsKeptWhole) {
  std::string body = "\nBEGIN\n";
  while (body.size() < (1 << 20)) body += "  PERFORM 1; -- a line of a very long generated function\n";
  body += "END;\n";
  auto result = parse_text("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $body$" + body + "$body$;\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& routines = result.catalog.schemas.at("public").routines;
  ASSERT_EQ(routines.size(), 1u);
  EXPECT_EQ(routines.begin()->second.body.original, body);
}

TEST(Robustness, AMegabyteExpressionParses) {
  std::ostringstream list;
  int last = 0;
  for (int i = 0; list.tellp() < (1 << 20); ++i) {
    list << (i ? ", " : "") << i;
    last = i;
  }
  auto result = parse_text("CREATE TABLE t (v integer CONSTRAINT v_known CHECK (v IN (" + list.str() + ")));\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& constraint = result.catalog.schemas.at("public").tables.at("t").constraints.at("v_known");
  ASSERT_TRUE(constraint.check.has_value());
  EXPECT_NE(constraint.check->canonical.find(std::to_string(last)), std::string::npos);
}

TEST(Robustness, ManyStatementsOnOneLine) {
  std::string sql;
  for (int i = 0; i < 20000; ++i) sql += "CREATE TABLE t" + std::to_string(i) + " (id integer);";
  auto result = parse_text(sql);
  ASSERT_FALSE(result.has_errors()) << messages(result);
  EXPECT_EQ(result.catalog.schemas.at("public").tables.size(), 20000u);
}

// PostgreSQL nests comments: an inner one left open leaves the outer one open, which is an
// error, not a comment running on to some later */ and taking the SQL in between with it.
TEST(Robustness, ANestedCommentLeftOpenIsAnError) {
  auto result = parse_text("CREATE TABLE t (id int);\n/* a /* b */\nCREATE TABLE u (id int);\n/* c */\n");
  ASSERT_TRUE(result.has_errors());
  EXPECT_NE(messages(result).find("test.sql:2:1: error: unterminated /* comment"), std::string::npos) << messages(result);
  auto closed = parse_text("CREATE TABLE t (id int);\n/* a /* b */ c */\nCREATE TABLE u (id int);\n");
  ASSERT_FALSE(closed.has_errors()) << messages(closed);
  EXPECT_EQ(closed.catalog.schemas.at("public").tables.size(), 2u);
}

// Only well-formed UTF-8 is text: overlong forms, surrogates and code points above U+10FFFF are
// errors with a position (the converter under the parser used to throw on some of them).
TEST(Robustness, MalformedUtf8IsAnErrorWithAPosition) {
  for (const std::string bad : {"\xC0\xAC", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80"}) {
    auto result = parse_text("CREATE TABLE t (a text);\nCREATE VIEW v " + bad + " AS SELECT a FROM t;\n");
    ASSERT_TRUE(result.has_errors());
    EXPECT_NE(messages(result).find("test.sql:2:15: error: invalid UTF-8 byte"), std::string::npos) << messages(result);
  }
  auto fine = parse_text("CREATE TABLE t (a text DEFAULT '\xF0\x9F\x98\x80');\n");
  EXPECT_FALSE(fine.has_errors()) << messages(fine);
}

// A full dump: the rows of COPY ... FROM stdin are data, skipped through psql's `\.` line.
TEST(Robustness, CopyDataOfAFullDumpIsSkipped) {
  auto result = parse_text(
      "CREATE TABLE public.t (id integer, note text);\n"
      "COPY public.t (id, note) FROM stdin;\n"
      "1\tit's; not SQL $$ /* (\n"
      "2\t\\N\n"
      "\\.\n"
      "CREATE TABLE public.u (id integer);\n"
      "COPY public.u (id) FROM stdin;\n"
      "\\.\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  EXPECT_EQ(result.catalog.schemas.at("public").tables.size(), 2u);
}

TEST(Robustness, CopyDataWithoutItsEndIsSkippedToTheEnd) {
  auto result = parse_text("CREATE TABLE t (id integer);\nCOPY t (id) FROM stdin;\n1\n2\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  EXPECT_EQ(result.catalog.schemas.at("public").tables.size(), 1u);
}

// The hand-written scanner reads every SQL file of the repository as the grammar's lexer does.
TEST(Robustness, ScannerAgreesWithTheGrammarOnEveryTestInput) {
  int files = 0;
  for (const char* folder : {"tests", "samples"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(SCHEMADELTA_SOURCE_DIR) / folder)) {
      if (entry.path().extension() != ".sql") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      auto difference = parser::scanner_disagreement(text);
      EXPECT_FALSE(difference.has_value()) << entry.path() << ": " << *difference;
      ++files;
    }
  }
  EXPECT_GT(files, 600);
}

// Each file under tests/fuzz_regressions/<target>/ once crashed or broke a property: it must
// now get an answer (check_* abort on a violated property).
TEST(Robustness, FuzzFindingsStayFixed) {
  const fs::path root = fs::path(SCHEMADELTA_SOURCE_DIR) / "tests/fuzz_regressions";
  int replayed = 0;
  for (const char* target : {"parse", "diff"}) {
    for (const auto& entry : fs::directory_iterator(root / target)) {
      std::ifstream in(entry.path(), std::ios::binary);
      const std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      SCOPED_TRACE(entry.path().string());
      if (std::string(target) == "parse") {
        fuzz::check_scanner(input);
        fuzz::check_parse(input);
      } else {
        fuzz::check_diff(input);
      }
      ++replayed;
    }
  }
  EXPECT_GT(replayed, 0);
}

}  // namespace
}  // namespace schemadelta::testing

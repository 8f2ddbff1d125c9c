// Huge single statements (issue 11, point 13): a long chain of operators reaches the parser as a
// few tokens, not one parse-tree node per token, and the normalizer keeps each name it reads once,
// not once per term; the model stays whole and exact. Bounds on counts, not on time:
// bench/huge_statements_bench measures time and memory.
#include <gtest/gtest.h>

#include <string>

#include "parser/expression_normalizer.h"
#include "parser/sql_token.h"
#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

using model::ObjectId;
using model::ObjectKind;

std::string chain(int terms, const std::string& term, const std::string& op) {
  std::string text = term;
  text.reserve(terms * (term.size() + op.size() + 2));
  for (int i = 1; i < terms; ++i) text += " " + op + " " + term;
  return text;
}

const std::set<ObjectId>& dependencies_of(const parser::ParseResult& result, const ObjectId& id) {
  static const std::set<ObjectId> none;
  auto found = result.catalog.dependencies.find(id);
  return found == result.catalog.dependencies.end() ? none : found->second;
}

TEST(HugeStatements, AWideTableWithALongCheckAndDefaultGivesTheParserAFewTokensPerColumn) {
  constexpr int kColumns = 50000, kTerms = 200000;
  const std::string sum = chain(kTerms, "a", "+");
  std::string sql = "CREATE TABLE wide (a integer DEFAULT " + sum;
  for (int i = 0; i < kColumns; ++i) sql += ", c" + std::to_string(i) + " integer";
  auto result = parse_text(sql + ", CONSTRAINT big CHECK (" + sum + " > 0));\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& table = result.catalog.schemas.at("public").tables.at("wide");
  ASSERT_EQ(table.columns.size(), kColumns + 1u);
  EXPECT_EQ(table.columns[kColumns].name, "c" + std::to_string(kColumns - 1));
  EXPECT_EQ(table.columns[0].default_value->original, sum);
  EXPECT_EQ(table.columns[0].default_value->canonical, sum);
  EXPECT_EQ(table.constraints.at("big").check->canonical, sum + " > 0");
  // A column is three tokens (name, type, comma); the two expressions of 400,000 tokens each
  // must cost a bounded number (it was every one of them).
  EXPECT_LT(result.stats.largest_statement_tokens, 3u * kColumns + 200) << "the sums reached the parser token by token";
}

TEST(HugeStatements, AViewOfAHundredThousandTermsIsAFewTokensToTheParserAndKeepsItsDependencies) {
  // Every column of t, in turn, and a call far into the chain: folded runs still name them all.
  constexpr int kColumns = 100, kTerms = 100000;
  std::string table = "CREATE TABLE t (";
  for (int i = 0; i < kColumns; ++i) table += (i ? ", c" : "c") + std::to_string(i) + " integer";
  std::string query = "SELECT c0";
  for (int i = 1; i < kTerms; ++i) query += (i % 3 ? " + c" : " * c") + std::to_string(i % kColumns);
  query += " - f(c1) - 1 AS total FROM t";
  auto result = parse_text(table + ");\nCREATE FUNCTION f(integer) RETURNS integer LANGUAGE sql AS 'SELECT $1';\n" +
                           "CREATE VIEW v AS " + query + ";\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  EXPECT_EQ(result.catalog.schemas.at("public").views.at("v").query.original, query);
  EXPECT_LT(result.stats.largest_statement_tokens, 1000u);
  const auto& depends = dependencies_of(result, ObjectId{ObjectKind::View, "public", "v", "", ""});
  for (int i = 0; i < kColumns; ++i) {
    ASSERT_TRUE(depends.count(ObjectId{ObjectKind::Column, "public", "c" + std::to_string(i), "t", ""})) << "c" << i;
  }
  bool calls_f = false;
  for (const auto& id : depends) calls_f = calls_f || (id.kind == ObjectKind::Function && id.name == "f");
  EXPECT_TRUE(calls_f) << "the call after the folded run is still a call";
}

TEST(HugeStatements, TheNormalizerNotesANameOncePerExpressionNotOncePerTerm) {
  const std::string sum = chain(200000, "a", "+") + " + f(a) + f(a) + t.b * t.b";
  parser::NormalizerHooks hooks;
  hooks.routine_schema = [](const std::string&) { return std::string(); };
  hooks.relation_schema = [](const std::string&) { return std::string("public"); };
  hooks.relation_columns = [](const std::string&, const std::string&) { return std::vector<std::string>{}; };
  const auto normalized = parser::normalize_expression(parser::lex_sql(sum), hooks);
  EXPECT_EQ(normalized.canonical, sum);
  ASSERT_EQ(normalized.references.size(), 3u);  // a, f(), t.b
  std::set<std::pair<parser::NameReference::Kind, std::vector<std::string>>> seen;
  for (const auto& ref : normalized.references) seen.emplace(ref.kind, ref.parts);
  EXPECT_TRUE(seen.count({parser::NameReference::Kind::Word, {"a"}}));
  EXPECT_TRUE(seen.count({parser::NameReference::Kind::Function, {"f"}}));
  EXPECT_TRUE(seen.count({parser::NameReference::Kind::Word, {"t", "b"}}));
}

TEST(HugeStatements, AChainIsFoldedOnlyInsideExpressions) {
  // A COMMENT takes one string: a concatenation there stays the syntax error PostgreSQL reports,
  // however long it is.
  auto comment = parse_text("CREATE TABLE t (a integer);\nCOMMENT ON TABLE t IS " + chain(40, "'x'", "||") + ";\n");
  EXPECT_TRUE(comment.has_errors());
  // Prefix operators and casts break a chain: the expression reads the same either way.
  const std::string mixed = chain(40, "a", "+") + " + -a + a::bigint + " + chain(40, "2", "*");
  auto result = parse_text("CREATE TABLE t (a integer, CONSTRAINT c CHECK (" + mixed + " > 0));\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  EXPECT_EQ(result.catalog.schemas.at("public").tables.at("t").constraints.at("c").check->original, mixed + " > 0");
}

}  // namespace
}  // namespace schemadelta::testing

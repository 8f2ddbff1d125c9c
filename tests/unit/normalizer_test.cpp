// Canonical expression text: what people write and what pg_dump prints compare equal.
#include <gtest/gtest.h>

#include "parser/expression_normalizer.h"
#include "parser/sql_text.h"
#include "parser/sql_token.h"

namespace schemadelta::testing {
namespace {

std::string canonical(const std::string& text) {
  parser::NormalizerHooks hooks;
  hooks.relation_schema = [](const std::string&) { return std::string("public"); };
  hooks.routine_schema = [](const std::string& name) { return name == "my_func" ? std::string("app") : std::string(); };
  return parser::normalize_expression(parser::lex_sql(text), hooks).canonical;
}

TEST(Normalizer, PgDumpParenthesesAndCastsGoAway) {
  EXPECT_EQ(canonical("((price > (0)::numeric))"), canonical("price > 0"));
  EXPECT_EQ(canonical("((a > 0) AND (b < 10))"), canonical("a > 0 and b < 10"));
  EXPECT_EQ(canonical("'active'::character varying"), canonical("'active'"));
  EXPECT_EQ(canonical("'-1'::integer"), canonical("-1"));
  EXPECT_EQ(canonical("((code)::text <> ''::text)"), canonical("code <> ''"));
}

TEST(Normalizer, ParenthesesThatMatterStay) {
  EXPECT_EQ(canonical("(a + b) * c"), "(a + b) * c");
  EXPECT_EQ(canonical("a - (b - c)"), "a - (b - c)");
  EXPECT_EQ(canonical("(a OR b) AND c"), "(a or b) and c");
  EXPECT_NE(canonical("a OR b AND c"), canonical("(a OR b) AND c"));
}

TEST(Normalizer, LikeIsSpelledAsItsOperator) {
  EXPECT_EQ(canonical("name LIKE 'a%'"), canonical("(name ~~ 'a%'::text)"));
  EXPECT_EQ(canonical("name NOT ILIKE 'a%'"), canonical("(name !~~* 'a%'::text)"));
}

TEST(Normalizer, SequencesAndUserFunctionsAreQualified) {
  EXPECT_EQ(canonical("nextval('t_id_seq')"), "nextval('public.t_id_seq')");
  EXPECT_EQ(canonical("nextval('public.t_id_seq'::regclass)"), "nextval('public.t_id_seq')");
  EXPECT_EQ(canonical("my_func(1)"), "app.my_func(1)");
  EXPECT_EQ(canonical("now()"), "now()");
}

// Dumps qualify built-in functions; pg_catalog is searched first, so the two are one call,
// unless the schema has a function of that name.
TEST(Normalizer, BuiltInFunctionsQualifiedOrNotAreOneCall) {
  EXPECT_EQ(canonical("pg_catalog.now()"), canonical("now()"));
  EXPECT_EQ(canonical("(pg_catalog.length(name) > 0)"), canonical("length(name) > 0"));
  EXPECT_NE(canonical("pg_catalog.my_func(1)"), canonical("my_func(1)"));
  EXPECT_NE(canonical("other.now()"), canonical("now()"));
}

TEST(Normalizer, KeywordsAndIdentifiersFold) {
  EXPECT_EQ(canonical("CURRENT_TIMESTAMP"), "current_timestamp");
  EXPECT_EQ(canonical("\"Upper\" = lower_col"), "\"Upper\" = lower_col");
  EXPECT_EQ(canonical("\"plain\" = 1"), "plain = 1");
}

TEST(Normalizer, StringsCompareByValue) {
  EXPECT_EQ(canonical("E'it\\'s'"), canonical("'it''s'"));
  EXPECT_EQ(canonical("$$x$$"), canonical("'x'"));
}

TEST(Normalizer, TimestampsWithOffsetsCompareInUtc) {
  EXPECT_EQ(canonical("'2020-04-01 01:00:00+01'"), "'2020-04-01 00:00:00+00'");
  EXPECT_EQ(canonical("'2020-01-01 00:30:00-02:30'"), "'2020-01-01 03:00:00+00'");
  EXPECT_EQ(canonical("'2020-01-01'"), "'2020-01-01'");
}

TEST(Normalizer, UnknownShapesFallBackToTokenText) {
  EXPECT_EQ(canonical("SELECT a  ,  b FROM t"), canonical("select a, b from t"));
}

TEST(SqlText, ImplicitNamesAreShortenedLikePostgres) {
  EXPECT_EQ(parser::make_object_name("t", "a", "key"), "t_a_key");
  EXPECT_EQ(parser::make_object_name("t", "", "pkey"), "t_pkey");
  std::string long_table(50, 't'), long_column(30, 'c');
  auto name = parser::make_object_name(long_table, long_column, "fkey");
  EXPECT_EQ(name.size(), 63u);
  EXPECT_EQ(name, std::string(29, 't') + "_" + std::string(28, 'c') + "_fkey");
  auto taken = [](const std::string& n) { return n == "t_a_key" || n == "t_a_key1"; };
  EXPECT_EQ(parser::choose_object_name("t", "a", "key", taken), "t_a_key2");
}

TEST(SqlText, LiteralsDecode) {
  EXPECT_EQ(parser::decode_string_literal("'a''b'"), "a'b");
  EXPECT_EQ(parser::decode_string_literal("E'a\\nb\\x41'"), "a\nbA");
  EXPECT_EQ(parser::decode_string_literal("$tag$ $$ $tag$"), " $$ ");
  EXPECT_EQ(parser::decode_string_literal("U&'\\0041'"), "A");
  EXPECT_EQ(parser::fold_identifier("U&\"\\00e9t\\00e9\""), "\xc3\xa9t\xc3\xa9");
}

}  // namespace
}  // namespace schemadelta::testing

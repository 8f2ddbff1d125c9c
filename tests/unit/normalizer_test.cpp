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

// Parse analysis turns BETWEEN into comparisons (transformAExprBetween): pg_dump prints those.
TEST(Normalizer, BetweenIsTheComparisonsPostgresStores) {
  EXPECT_EQ(canonical("guests BETWEEN 1 AND 12"), canonical("((guests >= 1) AND (guests <= 12))"));
  EXPECT_EQ(canonical("length(VALUE) between 3 and 30"), canonical("((length(VALUE) >= 3) AND (length(VALUE) <= 30))"));
  EXPECT_EQ(canonical("x NOT BETWEEN 1 AND 2"), canonical("((x < 1) OR (x > 2))"));
  EXPECT_EQ(canonical("x BETWEEN SYMMETRIC 1 AND 2"), canonical("(((x >= 1) AND (x <= 2)) OR ((x >= 2) AND (x <= 1)))"));
  EXPECT_EQ(canonical("x NOT BETWEEN SYMMETRIC 1 AND 2"), canonical("(((x < 1) OR (x > 2)) AND ((x < 2) OR (x > 1)))"));
  EXPECT_EQ(canonical("a AND x BETWEEN 1 AND 2"), canonical("((a) AND ((x >= 1) AND (x <= 2)))"));
  // Different ranges stay different, and the bounds keep their order.
  EXPECT_NE(canonical("x BETWEEN 1 AND 2"), canonical("x BETWEEN 2 AND 1"));
  EXPECT_NE(canonical("x BETWEEN 1 AND 2"), canonical("x NOT BETWEEN 1 AND 2"));
  EXPECT_NE(canonical("x BETWEEN 1 AND 2"), canonical("x BETWEEN SYMMETRIC 1 AND 2"));
}

// A view's query over one relation, as written and as pg_get_viewdef prints it.
TEST(Normalizer, ViewQueriesOverOneRelationAreQualifiedAndNamedAsPgDumpPrintsThem) {
  EXPECT_EQ(canonical("select id, region, amount from sales where amount > 1000"),
            canonical("SELECT sales.id, sales.region, sales.amount FROM public.sales WHERE (sales.amount > (1000)::numeric)"));
  EXPECT_EQ(canonical("select region, sum(amount) as total from sales group by region"),
            canonical("SELECT sales.region, sum(sales.amount) AS total FROM public.sales GROUP BY sales.region"));
  EXPECT_EQ(canonical("SELECT o.id AS id FROM orders AS o WHERE o.total > 100"),
            canonical("SELECT o.id FROM public.orders o WHERE (o.total > (100)::numeric)"));
  EXPECT_EQ(canonical("select level, count(*) as n from logs where level <> 'debug' group by level order by 2 desc"),
            canonical("SELECT logs.level, count(*) AS n FROM public.logs WHERE (logs.level <> 'debug'::text) "
                      "GROUP BY logs.level ORDER BY (count(*)) DESC"));
  EXPECT_EQ(canonical("select count(*) from t"), canonical("SELECT count(*) AS count FROM public.t"));
  EXPECT_EQ(canonical("select a from t order by a asc nulls last"), canonical("SELECT t.a FROM public.t ORDER BY t.a"));
  EXPECT_EQ(canonical("select c.id, p.k from children c join parents p on p.id = c.parent_id"),
            canonical("SELECT c.id, p.k FROM (public.children c JOIN public.parents p ON ((p.id = c.parent_id)))"));
  EXPECT_EQ(canonical("select a.x from a left outer join b on a.x = b.x inner join c on c.y = b.y"),
            canonical("SELECT a.x FROM ((public.a LEFT JOIN public.b ON ((a.x = b.x))) JOIN public.c ON ((c.y = b.y)))"));
  EXPECT_EQ(canonical("select sum(amount) as total from sales order by total"),
            canonical("SELECT sum(sales.amount) AS total FROM public.sales ORDER BY (sum(sales.amount))"));
  EXPECT_NE(canonical("select a.x from a join (b join c on c.y = b.y) on a.x = b.x"),
            canonical("select a.x from (a join b on a.x = b.x) join c on c.y = b.y"));
  EXPECT_NE(canonical("select a.x from a left join b on a.x = b.x"), canonical("select a.x from a join b on a.x = b.x"));
  // What PostgreSQL stores differently stays different.
  EXPECT_NE(canonical("select a from t"), canonical("select a as b from t"));
  EXPECT_NE(canonical("select * from t"), canonical("select t.a from t")) << "no columns known: not expanded";
  EXPECT_NE(canonical("select a from t order by a desc"), canonical("select a from t order by a desc nulls last"));
  EXPECT_NE(canonical("select a from t"), canonical("select a from other.t"));
  EXPECT_NE(canonical("select distinct a from t"), canonical("select a from t"));
  EXPECT_NE(canonical("select a, b from t group by 1"), canonical("select a, b from t group by 2"));
}

// IN over constants is stored as = ANY (ARRAY[...]) (transformAExprIn); pg_dump casts the
// array for varchar columns.
TEST(Normalizer, InListsAreTheArrayComparisonPostgresStores) {
  EXPECT_EQ(canonical("status IN ('open', 'pending')"), canonical("(status = ANY (ARRAY['open'::text, 'pending'::text]))"));
  EXPECT_EQ(canonical("code IN ('a', 'b')"),
            canonical("((code)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"));
  EXPECT_EQ(canonical("x NOT IN (1, 2)"), canonical("(x <> ALL (ARRAY[1, 2]))"));
  EXPECT_EQ(canonical("x IN (1)"), canonical("(x = 1)"));
  EXPECT_EQ(canonical("x = SOME (ARRAY[1, 2])"), canonical("x = ANY (ARRAY[1, 2])"));
  EXPECT_NE(canonical("x IN (1, 2)"), canonical("x NOT IN (1, 2)"));
  EXPECT_NE(canonical("x IN (1, 2)"), canonical("x IN (2, 1)"));
  EXPECT_NE(canonical("x IN (1, y)"), canonical("x = ANY (ARRAY[1, y])")) << "a column in the list is no constant";
  EXPECT_NE(canonical("x = ANY (ARRAY[1, 2])"), canonical("x = ALL (ARRAY[1, 2])"));
}

// Spellings PostgreSQL stores as different expressions stay different.
TEST(Normalizer, WhatTheServerStoresDifferentlyStaysDifferent) {
  EXPECT_NE(canonical("now()"), canonical("CURRENT_TIMESTAMP"));
  EXPECT_NE(canonical("NOT (a = b)"), canonical("a <> b"));
  EXPECT_EQ(canonical("NOT (a = b)"), canonical("(NOT (a = b))"));
  EXPECT_NE(canonical("'{a,b}'::text[]"), canonical("ARRAY['a', 'b']"));
  EXPECT_EQ(canonical("ARRAY['a', 'b']"), canonical("ARRAY['a'::text, 'b'::text]"));
  EXPECT_NE(canonical("x IN (1, 2)"), canonical("x = 1 OR x = 2"));
}

// A partition bound's values are coerced to the key's type: '10' and 10 are one constant.
TEST(Normalizer, PartitionBoundNumbersAreOneConstantQuotedOrNot) {
  EXPECT_EQ(canonical("FOR VALUES FROM (0) TO (1000)"), canonical("FOR VALUES FROM ('0') TO ('1000')"));
  EXPECT_EQ(canonical("FOR VALUES IN (5, 1.50)"), canonical("FOR VALUES IN ('5', '1.50')"));
  EXPECT_NE(canonical("FOR VALUES IN (7)"), canonical("FOR VALUES IN ('007')")) << "'007' is no number's spelling";
  EXPECT_NE(canonical("FOR VALUES IN (1)"), canonical("FOR VALUES IN ('1.')"));
  EXPECT_EQ(canonical("FOR VALUES FROM ('2024-01-01') TO (MAXVALUE)"), "for values from('2024-01-01') to(maxvalue)");
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

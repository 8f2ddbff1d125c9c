// Large inputs of the shapes that once took time or memory growing faster than the input (a
// lookup over all columns per column, a copy of an expression per operator, a parse-tree rule
// per token): the model must still be the whole, exact one. Not timed; bench/growth_bench
// measures the growth.
#include <gtest/gtest.h>

#include <string>

#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

const model::Table& only_table(const parser::ParseResult& result, const std::string& name) {
  return result.catalog.schemas.at("public").tables.at(name);
}

std::string joined(int count, const std::string& item, const std::string& separator) {
  std::string text;
  for (int i = 0; i < count; ++i) text += (i ? separator : "") + item;
  return text;
}

TEST(LargeInput, AWideTableIsModeledWithAllItsColumnsInOrder) {
  constexpr int kColumns = 20000;
  std::string sql = "CREATE TABLE wide (\n";
  for (int i = 0; i < kColumns; ++i) sql += (i ? ",\n  c" : "  c") + std::to_string(i) + " integer";
  auto result = parse_text(sql + "\n);\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& columns = only_table(result, "wide").columns;
  ASSERT_EQ(columns.size(), static_cast<size_t>(kColumns));
  for (int i = 0; i < kColumns; ++i) ASSERT_EQ(columns[i].name, "c" + std::to_string(i));
}

TEST(LargeInput, AWideTableStillReportsAColumnWrittenTwice) {
  std::string sql = "CREATE TABLE wide (";
  for (int i = 0; i < 5000; ++i) sql += "c" + std::to_string(i) + " integer, ";
  auto result = parse_text(sql + "c4321 text);\n");
  ASSERT_TRUE(result.has_errors());
  EXPECT_NE(messages(result).find("column \"c4321\" specified more than once"), std::string::npos) << messages(result);
}

TEST(LargeInput, ConstraintsOfAWideTableAreNamedAsPostgresNamesThem) {
  constexpr int kColumns = 3000;
  std::string sql = "CREATE TABLE t (";
  for (int i = 0; i < kColumns; ++i) sql += "c" + std::to_string(i) + " integer UNIQUE CHECK (c" + std::to_string(i) + " > 0), ";
  // Written twice: one index, as PostgreSQL makes (and then the second name is free again).
  auto result = parse_text(sql + "UNIQUE (c7), CHECK (c7 > 1));\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& constraints = only_table(result, "t").constraints;
  EXPECT_EQ(constraints.size(), 2u * kColumns + 1);
  for (int i = 0; i < kColumns; ++i) {
    const std::string column = "c" + std::to_string(i);
    ASSERT_TRUE(constraints.count("t_" + column + "_key")) << column;
    ASSERT_TRUE(constraints.count("t_" + column + "_check")) << column;
  }
  EXPECT_TRUE(constraints.count("t_c7_check1"));
  EXPECT_FALSE(constraints.count("t_c7_key1"));
}

TEST(LargeInput, AHundredThousandTermCheckIsKeptWhole) {
  constexpr int kTerms = 100000;
  const std::string sum = joined(kTerms, "a", " + ");
  auto result = parse_text("CREATE TABLE t (a integer, CONSTRAINT big CHECK (" + sum + " > 0));\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& check = only_table(result, "t").constraints.at("big").check;
  ASSERT_TRUE(check);
  EXPECT_EQ(check->original, sum + " > 0");
  EXPECT_EQ(check->canonical, sum + " > 0");
}

TEST(LargeInput, ALongExpressionKeepsItsParenthesesWhereTheyMatter) {
  // (a + a) * a * a ... : the left operand is parenthesized once, then extended.
  constexpr int kTerms = 50000;
  const std::string tail = joined(kTerms, " * a", "");
  auto result = parse_text("CREATE TABLE t (a integer DEFAULT ((a + a)" + tail + ")::bigint);\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& column = only_table(result, "t").columns.at(0);
  ASSERT_TRUE(column.default_value);
  EXPECT_EQ(column.default_value->canonical, "((a + a)" + tail + ")::bigint");
}

TEST(LargeInput, AHugeInListIsKeptWhole) {
  constexpr int kValues = 200000;
  std::string values;
  for (int i = 0; i < kValues; ++i) values += (i ? ", " : "") + std::to_string(i);
  auto result = parse_text("CREATE TABLE t (a integer CONSTRAINT listed CHECK (a IN (" + values + ")));\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& check = only_table(result, "t").constraints.at("listed").check;
  ASSERT_TRUE(check);
  EXPECT_EQ(check->canonical, "a = any(array[" + values + "])");  // as PostgreSQL stores an IN list
}

TEST(LargeInput, DeeplyNestedCallsInALongExpressionAreNormalized) {
  // Each call's group was scanned to its end once per level.
  constexpr int kDepth = 2000;
  std::string open, close;
  for (int i = 0; i < kDepth; ++i) {
    open += "abs(";
    close += ")";
  }
  const std::string sum = joined(20000, "a", " + ");
  auto result = parse_text("CREATE TABLE t (a integer, CONSTRAINT nested CHECK (" + open + sum + close + " > 0));\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  EXPECT_EQ(only_table(result, "t").constraints.at("nested").check->canonical, open + sum + close + " > 0");
}

TEST(LargeInput, AViewOfAHundredThousandTermsIsKeptWhole) {
  const std::string query = "SELECT " + joined(100000, "1", " + ") + " AS total";
  auto result = parse_text("CREATE VIEW v AS " + query + " WITH LOCAL CHECK OPTION;\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& view = result.catalog.schemas.at("public").views.at("v");
  EXPECT_EQ(view.query.original, query);
  EXPECT_EQ(view.check_option, "LOCAL");
}

TEST(LargeInput, EachOfThousandsOfPartitionsGetsItsParentsKeyAndIndexes) {
  constexpr int kPartitions = 3000;
  std::string sql = "CREATE TABLE m (id integer NOT NULL, k integer NOT NULL, v text, PRIMARY KEY (id, k)) PARTITION BY LIST (k);\n"
                    "CREATE INDEX m_v_idx ON m (v);\n";
  for (int i = 0; i < kPartitions; ++i) sql += "CREATE TABLE m" + std::to_string(i) + " PARTITION OF m FOR VALUES IN (" + std::to_string(i) + ");\n";
  auto result = parse_text(sql);
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& schema = result.catalog.schemas.at("public");
  EXPECT_EQ(schema.indexes.size(), kPartitions + 1u);
  for (int i = 0; i < kPartitions; ++i) {
    const std::string partition = "m" + std::to_string(i);
    ASSERT_TRUE(schema.tables.at(partition).constraints.count(partition + "_pkey")) << partition;
    const auto& index = schema.indexes.at(partition + "_v_idx");
    ASSERT_TRUE(index.attached_to) << partition;
    ASSERT_EQ(index.attached_to->name, "m_v_idx");
  }
}

// A long list of constants is one parser token after its first items: the model is the same as
// for any spelling of the list, and constants of other kinds still read as they are.
TEST(LargeInput, AFoldedListOfConstantsComparesAsWrittenAnyWay) {
  std::string spaced, tight, strings;
  for (int i = 0; i < 5000; ++i) {
    spaced += (i ? ", " : "") + std::to_string(i);
    tight += (i ? "," : "") + std::to_string(i);
    strings += (i ? ", '" : "'") + std::to_string(i) + "'";
  }
  auto a = parse_text("CREATE TABLE t (a integer CHECK (a IN (" + spaced + ")), b integer[] DEFAULT ARRAY[" + tight + "]);");
  auto b = parse_text("CREATE TABLE t (a integer CHECK (a IN (" + tight + ")), b integer[] DEFAULT ARRAY[" + spaced + "]);");
  ASSERT_FALSE(a.has_errors()) << messages(a);
  ASSERT_FALSE(b.has_errors()) << messages(b);
  EXPECT_TRUE(only_table(a, "t") == only_table(b, "t"));
  EXPECT_NE(only_table(a, "t").constraints.begin()->second.check->original.find(spaced), std::string::npos);
  auto c = parse_text("CREATE TABLE t (a text CHECK (a IN (" + strings + ")));\n"
                      "CREATE TYPE mood AS ENUM (" + strings + ");");
  ASSERT_FALSE(c.has_errors()) << messages(c);
  EXPECT_EQ(c.catalog.schemas.at("public").types.at("mood").enum_labels.size(), 5000u) << "enum labels are never folded";
}

}  // namespace
}  // namespace schemadelta::testing

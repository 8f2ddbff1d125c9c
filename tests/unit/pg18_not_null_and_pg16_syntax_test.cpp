// PostgreSQL 18's named NOT NULL constraints as the model keeps them (the name when given and not
// the one PostgreSQL makes up, NO INHERIT), and PostgreSQL 16's spellings that the server prints
// back otherwise (1_000_000, 0x1F, SQL/JSON constructors, IS JSON): equal canonical text.
#include <gtest/gtest.h>

#include "model/catalog.h"
#include "parser/expression_normalizer.h"
#include "parser/sql_token.h"
#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

const model::Column& column_of(const parser::ParseResult& result, const std::string& table, const std::string& column) {
  const auto* found = result.catalog.find_schema("public")->tables.at(table).find_column(column);
  if (!found) throw std::runtime_error("no column " + table + "." + column);
  return *found;
}

// A name of the made-up shape is taken for made up: a renamed table or column keeps the one made
// for its old name (PG 18), which a live read must not take for a given one.
TEST(NotNullNames, AGivenNameIsKeptAndOneOfTheMadeUpShapeIsNot) {
  auto result = parse_text(
      "CREATE TABLE t (a int CONSTRAINT a_required NOT NULL, b int CONSTRAINT t_b_not_null NOT NULL, c int NOT NULL,\n"
      "  d int, e int, CONSTRAINT d_given NOT NULL d, CONSTRAINT t_e_not_null NOT NULL e,\n"
      "  f int CONSTRAINT users_name_not_null2 NOT NULL, g int CONSTRAINT not_null_g NOT NULL);");
  ASSERT_EQ(messages(result), "");
  EXPECT_EQ(column_of(result, "t", "a").details->not_null_name, "a_required");
  EXPECT_EQ(column_of(result, "t", "b").details->not_null_name, "");
  EXPECT_EQ(column_of(result, "t", "f").details->not_null_name, "");
  EXPECT_EQ(column_of(result, "t", "g").details->not_null_name, "not_null_g");
  EXPECT_EQ(column_of(result, "t", "c").details->not_null_name, "");
  EXPECT_TRUE(column_of(result, "t", "d").not_null);
  EXPECT_EQ(column_of(result, "t", "d").details->not_null_name, "d_given");
  EXPECT_EQ(column_of(result, "t", "e").details->not_null_name, "");
}

TEST(NotNullNames, NoInheritIsTheNotNullsNotTheConstraintBeforeIt) {
  auto result = parse_text("CREATE TABLE t (a int CHECK (a > 0) NOT NULL NO INHERIT, b int, CONSTRAINT b_set NOT NULL b NO INHERIT);");
  ASSERT_EQ(messages(result), "");
  EXPECT_TRUE(column_of(result, "t", "a").not_null_no_inherit);
  EXPECT_FALSE(result.catalog.find_schema("public")->tables.at("t").constraints.at("t_a_check").no_inherit);
  EXPECT_TRUE(column_of(result, "t", "b").not_null_no_inherit);
  EXPECT_EQ(column_of(result, "t", "b").details->not_null_name, "b_set");
}

TEST(NotNullNames, AlterTableRenamesDropsAndChangesInheritanceByTheConstraintsName) {
  auto result = parse_text(
      "CREATE TABLE t (a int CONSTRAINT a_required NOT NULL, b int NOT NULL, c int NOT NULL);\n"
      "ALTER TABLE t RENAME CONSTRAINT a_required TO a_present;\n"
      "ALTER TABLE t DROP CONSTRAINT t_b_not_null;\n"
      "ALTER TABLE t ALTER CONSTRAINT t_c_not_null NO INHERIT;\n"
      "ALTER TABLE t ADD CONSTRAINT a_again NOT NULL a;\n");
  ASSERT_EQ(messages(result), "");
  EXPECT_EQ(column_of(result, "t", "a").details->not_null_name, "a_again");
  EXPECT_FALSE(column_of(result, "t", "b").not_null);
  EXPECT_TRUE(column_of(result, "t", "c").not_null_no_inherit);
  auto renamed = parse_text("CREATE TABLE t (a int CONSTRAINT a_required NOT NULL);\nALTER TABLE t RENAME CONSTRAINT a_required TO t_a_not_null;\n");
  EXPECT_EQ(column_of(renamed, "t", "a").details->not_null_name, "");
  auto dropped = parse_text("CREATE TABLE t (a int CONSTRAINT a_required NOT NULL NO INHERIT);\nALTER TABLE t ALTER COLUMN a DROP NOT NULL;\n");
  EXPECT_EQ(column_of(dropped, "t", "a").details->not_null_name, "");
  EXPECT_FALSE(column_of(dropped, "t", "a").not_null_no_inherit);
}

TEST(NotNullNames, APartitionHasItsParentsNotNullWithoutItsName) {
  auto result = parse_text(
      "CREATE TABLE p (id int CONSTRAINT p_id_given NOT NULL, k int) PARTITION BY RANGE (k);\n"
      "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);\n");
  ASSERT_EQ(messages(result), "");
  EXPECT_TRUE(column_of(result, "p1", "id").not_null);
  EXPECT_EQ(column_of(result, "p1", "id").details->not_null_name, "");
}

std::string canonical(const std::string& text) {
  parser::NormalizerHooks hooks;
  hooks.relation_schema = [](const std::string&) { return std::string("public"); };
  return parser::normalize_expression(parser::lex_sql(text), hooks).canonical;
}

TEST(Pg16Literals, GroupedAndNonDecimalIntegersAreTheNumbersTheServerPrints) {
  EXPECT_EQ(canonical("1_000_000"), "1000000");
  EXPECT_EQ(canonical("quota <= 0x7FFF_FFFF"), canonical("(quota <= 2147483647)"));
  EXPECT_EQ(canonical("0o644"), "420");
  EXPECT_EQ(canonical("0b1010"), "10");
  EXPECT_EQ(canonical("1_000.5"), canonical("1000.5"));
  EXPECT_NE(canonical("0x10"), canonical("10"));
}

TEST(Pg16SqlJson, ConstructorsReadAsTheServerPrintsThemBack) {
  EXPECT_EQ(canonical("json_object('version' : 1, 'tags' : json_array('new' returning jsonb) returning jsonb)"),
            canonical("JSON_OBJECT('version' : 1, 'tags' : JSON_ARRAY('new'::text RETURNING jsonb) RETURNING jsonb)"));
  EXPECT_EQ(canonical("json_object('a' VALUE 1 NULL ON NULL WITHOUT UNIQUE KEYS)"), canonical("JSON_OBJECT('a' : 1 RETURNING json)"));
  EXPECT_EQ(canonical("json_array(1, 2 ABSENT ON NULL)"), canonical("JSON_ARRAY(1, 2 RETURNING json)"));
  EXPECT_NE(canonical("json_object('a' : 1 ABSENT ON NULL)"), canonical("json_object('a' : 1)"));
  EXPECT_NE(canonical("json_array(1 NULL ON NULL)"), canonical("json_array(1)"));
  EXPECT_EQ(canonical("json_objectagg(id::text : body returning jsonb)"), canonical("JSON_OBJECTAGG((id)::text : body RETURNING jsonb)"));
  EXPECT_EQ(canonical("json_arrayagg(id order by id asc returning jsonb)"), canonical("JSON_ARRAYAGG(id ORDER BY id RETURNING jsonb)"));
}

TEST(Pg16SqlJson, IsJsonReadsAsTheServerPrintsItBack) {
  EXPECT_EQ(canonical("extra IS JSON OBJECT"), canonical("(extra IS JSON OBJECT)"));
  EXPECT_EQ(canonical("extra IS JSON VALUE WITHOUT UNIQUE KEYS"), canonical("(extra IS JSON)"));
  EXPECT_EQ(canonical("extra is not json array with unique"), canonical("(extra IS NOT JSON ARRAY WITH UNIQUE KEYS)"));
  EXPECT_NE(canonical("extra IS JSON OBJECT"), canonical("extra IS JSON ARRAY"));
}

}  // namespace
}  // namespace schemadelta::testing

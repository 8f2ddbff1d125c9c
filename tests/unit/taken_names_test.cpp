// Names PostgreSQL gives (or refuses) depend on what every table of the schema already holds:
// its constraints' indexes and its identity sequences. The parser counts them per table and
// recounts the tables each statement changes; these cases change a table and then ask.
#include <gtest/gtest.h>

#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

const model::Table& table(const parser::ParseResult& result, const std::string& name) {
  return result.catalog.schemas.at("public").tables.at(name);
}

// The name PostgreSQL gives the primary key of a table b created after `before`.
std::string primary_key_of_b(const std::string& before) {
  auto result = parse_text(before + "CREATE TABLE b (id integer PRIMARY KEY);\n");
  EXPECT_FALSE(result.has_errors()) << messages(result);
  const auto& constraints = table(result, "b").constraints;
  return constraints.size() == 1 ? constraints.begin()->first : "";
}

const std::string kConstraintB = "CREATE TABLE a (id integer CONSTRAINT b_pkey UNIQUE);\nCREATE TABLE x (id integer PRIMARY KEY);\n";

TEST(TakenNames, AnotherTablesConstraintIndexTakesTheName) { EXPECT_EQ(primary_key_of_b(kConstraintB), "b_pkey1"); }

TEST(TakenNames, ADroppedConstraintFreesItsName) {
  EXPECT_EQ(primary_key_of_b(kConstraintB + "ALTER TABLE a DROP CONSTRAINT b_pkey;\n"), "b_pkey");
}

TEST(TakenNames, ARenamedConstraintFreesItsOldName) {
  EXPECT_EQ(primary_key_of_b(kConstraintB + "ALTER TABLE a RENAME CONSTRAINT b_pkey TO a_id_key;\n"), "b_pkey");
}

TEST(TakenNames, ARenamedTablesIdentitySequenceStillTakesTheName) {
  EXPECT_EQ(primary_key_of_b("CREATE TABLE a (id integer GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME b_pkey));\n"
                             "CREATE TABLE x (id integer PRIMARY KEY);\nALTER TABLE a RENAME TO c;\n"),
            "b_pkey1");
}

TEST(TakenNames, AnIdentityAddedInTheSameStatementTakesTheName) {
  auto result = parse_text(
      "CREATE TABLE a (id integer);\n"
      "ALTER TABLE a ADD COLUMN c integer GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME a_c_key) UNIQUE;\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  EXPECT_TRUE(table(result, "a").constraints.count("a_c_key1"));
}

TEST(TakenNames, AnIndexNamedLikeAnotherTablesConstraintIsRefused) {
  auto result = parse_text("CREATE TABLE a (id integer CONSTRAINT dup UNIQUE);\nCREATE TABLE b (id integer);\nCREATE INDEX dup ON b (id);\n");
  ASSERT_TRUE(result.has_errors());
  EXPECT_NE(messages(result).find("relation \"dup\" already exists"), std::string::npos) << messages(result);
}

TEST(TakenNames, ADumpsIndexesAndConstraintsKeepTheirNames) {
  std::string sql;
  for (int i = 0; i < 2000; ++i) sql += "CREATE TABLE public.t" + std::to_string(i) + " (id integer NOT NULL, v text);\n";
  for (int i = 0; i < 2000; ++i) {
    const std::string t = "t" + std::to_string(i);
    sql += "ALTER TABLE ONLY public." + t + " ADD CONSTRAINT " + t + "_pkey PRIMARY KEY (id);\n";
    sql += "CREATE INDEX " + t + "_v_idx ON public." + t + " USING btree (v);\n";
  }
  auto result = parse_text(sql);
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& schema = result.catalog.schemas.at("public");
  EXPECT_EQ(schema.indexes.size(), 2000u);
  EXPECT_TRUE(schema.indexes.count("t1999_v_idx"));
  EXPECT_TRUE(table(result, "t1999").constraints.count("t1999_pkey"));
}

}  // namespace
}  // namespace schemadelta::testing

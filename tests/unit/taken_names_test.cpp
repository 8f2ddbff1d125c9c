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

// Foreign keys and CHECKs own no index: PostgreSQL accepts an index of the same name.
TEST(TakenNames, AnIndexMayTakeAForeignKeysOrChecksName) {
  auto result = parse_text(
      "CREATE TABLE c (id int PRIMARY KEY);\n"
      "CREATE TABLE d (id int, cid int REFERENCES c(id), v int CHECK (v > 0));\n"
      "CREATE INDEX d_cid_fkey ON d(cid);\nCREATE INDEX d_v_check ON d(v);\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& schema = result.catalog.schemas.at("public");
  EXPECT_TRUE(schema.indexes.count("d_cid_fkey"));
  EXPECT_TRUE(schema.indexes.count("d_v_check"));
  EXPECT_TRUE(table(result, "d").constraints.count("d_cid_fkey"));
  // Nor does an unnamed index skip past them: d_cid_idx is free.
  auto unnamed = parse_text("CREATE TABLE d (cid int CONSTRAINT d_cid_idx CHECK (cid > 0));\nCREATE INDEX ON d (cid);\n");
  ASSERT_FALSE(unnamed.has_errors()) << messages(unnamed);
  EXPECT_TRUE(unnamed.catalog.schemas.at("public").indexes.count("d_cid_idx"));
}

// A constraint's index name must be free among the schema's constraint names too
// (ChooseRelationName with isconstraint): a CHECK named b_pkey on another table moves it on.
TEST(TakenNames, AConstraintsIndexAvoidsAnotherTablesCheckName) {
  EXPECT_EQ(primary_key_of_b("CREATE TABLE a (id integer CONSTRAINT b_pkey CHECK (id > 0));\n"), "b_pkey1");
}

// Two constraints of one table still may not share a name, whatever their kinds.
TEST(TakenNames, ACheckNamedLikeAForeignKeyOfTheSameTableIsRefused) {
  auto result = parse_text(
      "CREATE TABLE c (id int PRIMARY KEY);\n"
      "CREATE TABLE d (cid int CONSTRAINT dup REFERENCES c(id), v int CONSTRAINT dup CHECK (v > 0));\n");
  ASSERT_TRUE(result.has_errors());
  EXPECT_NE(messages(result).find("constraint \"dup\" already exists"), std::string::npos) << messages(result);
}

// ALTER INDEX finds a primary key's index by its name, and not a foreign key's.
TEST(TakenNames, AlterIndexFindsOnlyIndexOwningConstraints) {
  auto result = parse_text(
      "CREATE TABLE c (id int PRIMARY KEY);\nCREATE TABLE d (cid int REFERENCES c(id));\n"
      "ALTER INDEX c_pkey SET (fillfactor = 90);\n");
  EXPECT_FALSE(result.has_errors()) << messages(result);
  auto refused = parse_text(
      "CREATE TABLE c (id int PRIMARY KEY);\nCREATE TABLE d (cid int REFERENCES c(id));\n"
      "ALTER INDEX d_cid_fkey SET (fillfactor = 90);\n");
  EXPECT_TRUE(refused.has_errors() || !refused.diagnostics.empty()) << messages(refused);
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

// What a migration keeps in the holding schema, decided from the model (the server proves the
// SQL in migration_cases_test and preservation_test).
#include <gtest/gtest.h>

#include "compare/compare.h"
#include "compare/preservation.h"
#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

using compare::HoldingKind;

compare::PreservationPlan plan(const std::string& from, const std::string& to, compare::CompareOptions options = {}) {
  auto a = parse_text(from);
  auto b = parse_text(to);
  EXPECT_FALSE(a.has_errors() || b.has_errors()) << messages(a) << messages(b);
  auto changes = compare::compare(a.catalog, b.catalog, options);
  return compare::plan_preservation(changes, "schemadelta_archive", "0badc0de", "v1", options.renames);
}

std::string key_of(const compare::Holding& holding) {
  std::string key;
  for (const auto& column : holding.key) key += (key.empty() ? "" : ",") + column.held + "->" + column.restored;
  return key;
}

TEST(Preservation, DroppedTableIsMovedWhole) {
  auto p = plan("CREATE TABLE keep (id int); CREATE TABLE gone (a int);", "CREATE TABLE keep (id int);");
  ASSERT_EQ(p.holdings.size(), 1u);
  EXPECT_EQ(p.holdings[0].kind, HoldingKind::Table);
  EXPECT_EQ(p.holdings[0].name, "public.gone@0badc0de");
  EXPECT_TRUE(p.problems.empty());
}

TEST(Preservation, DroppedColumnIsKeyedByThePrimaryKeyElseANotNullUniqueKey) {
  auto by_primary = plan("CREATE TABLE t (a int, b int, c text, PRIMARY KEY (a, b), UNIQUE (c));",
                         "CREATE TABLE t (a int, b int, PRIMARY KEY (a, b));");
  ASSERT_EQ(by_primary.holdings.size(), 1u);
  EXPECT_EQ(by_primary.holdings[0].kind, HoldingKind::Column);
  EXPECT_EQ(key_of(by_primary.holdings[0]), "a->a,b->b");

  auto by_unique = plan("CREATE TABLE t (code text NOT NULL UNIQUE, maybe int UNIQUE, note text);",
                        "CREATE TABLE t (code text NOT NULL UNIQUE, maybe int UNIQUE);");
  ASSERT_EQ(by_unique.holdings.size(), 1u);
  EXPECT_EQ(key_of(by_unique.holdings[0]), "code->code") << "a nullable unique column cannot key rows";

  auto by_index = plan("CREATE TABLE t (code text NOT NULL, note text); CREATE UNIQUE INDEX t_code ON t (code);",
                       "CREATE TABLE t (code text NOT NULL); CREATE UNIQUE INDEX t_code ON t (code);");
  ASSERT_EQ(by_index.holdings.size(), 1u);
  EXPECT_EQ(key_of(by_index.holdings[0]), "code->code");
}

TEST(Preservation, NoKeyIsAProblemNotASilentDrop) {
  auto p = plan("CREATE TABLE log (at timestamptz, message text, level text);", "CREATE TABLE log (at timestamptz, message text);");
  EXPECT_TRUE(p.holdings.empty());
  ASSERT_EQ(p.problems.size(), 1u);
  EXPECT_NE(p.problems[0].find("public.log has no primary key"), std::string::npos) << p.problems[0];
}

TEST(Preservation, AKeyMustKeepItsValues) {
  auto widened = plan("CREATE TABLE t (id int PRIMARY KEY, note text);", "CREATE TABLE t (id bigint PRIMARY KEY);");
  ASSERT_EQ(widened.holdings.size(), 1u) << "int and bigint keys still match";
  auto converted = plan("CREATE TABLE t (id int PRIMARY KEY, note text);", "CREATE TABLE t (id text PRIMARY KEY);");
  EXPECT_TRUE(converted.holdings.empty() || converted.holdings[0].kind != compare::HoldingKind::Column);
  EXPECT_EQ(converted.problems.size(), 1u);
}

TEST(Preservation, NarrowingKeepsOriginalValuesAndWideningNeedsNothing) {
  auto p = plan("CREATE TABLE t (id int PRIMARY KEY, price numeric(12,4), name varchar(10));",
                "CREATE TABLE t (id int PRIMARY KEY, price numeric(12,2), name varchar(20));");
  ASSERT_EQ(p.holdings.size(), 1u);
  EXPECT_EQ(p.holdings[0].kind, HoldingKind::Values);
  EXPECT_EQ(p.holdings[0].held.name, "price");
  EXPECT_EQ(p.holdings[0].name, "public.t.price:numeric(12,4)@0badc0de");
}

TEST(Preservation, ANarrowedSingleColumnKeyMatchesRowsByValue) {
  auto p = plan("CREATE TABLE t (id bigint PRIMARY KEY);", "CREATE TABLE t (id integer PRIMARY KEY);");
  ASSERT_EQ(p.holdings.size(), 1u);
  EXPECT_TRUE(p.holdings[0].key.empty());
  EXPECT_TRUE(p.problems.empty());
}

TEST(Preservation, SequencePositionsAreRecorded) {
  auto p = plan("CREATE SEQUENCE counter; CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);", "CREATE TABLE t (id int NOT NULL);");
  std::vector<std::string> sequences;
  for (const auto& h : p.holdings) {
    if (h.kind == HoldingKind::Sequence) sequences.push_back(h.held.name);
  }
  std::sort(sequences.begin(), sequences.end());
  EXPECT_EQ(sequences, (std::vector<std::string>{"counter", "t_id_seq"}));
}

TEST(Preservation, RenamedObjectsAreNamedAsTheRollbackSeesThem) {
  compare::CompareOptions options;
  std::string error;
  options.renames.push_back(*compare::parse_rename("table:public.users=accounts", error));
  options.renames.push_back(*compare::parse_rename("column:public.accounts.uid=account_id", error));
  auto p = plan("CREATE TABLE users (uid int PRIMARY KEY, legacy text);", "CREATE TABLE accounts (account_id int PRIMARY KEY);", options);
  ASSERT_EQ(p.holdings.size(), 1u) << (p.problems.empty() ? "" : p.problems[0]);
  EXPECT_EQ(p.holdings[0].held.parent, "accounts");
  EXPECT_EQ(p.holdings[0].restored.parent, "users");
  EXPECT_EQ(key_of(p.holdings[0]), "account_id->uid");
}

TEST(Preservation, LongNamesAreShortenedWithAHash) {
  const std::string long_name(80, 'x');
  auto name = compare::holding_name("public." + long_name, "0badc0de");
  EXPECT_LE(name.size(), 63u);
  EXPECT_TRUE(name.ends_with("@0badc0de"));
  EXPECT_NE(name, compare::holding_name("public." + long_name + "y", "0badc0de"));
}

}  // namespace
}  // namespace schemadelta::testing

// The comparer's decisions and order, without a server (the server proves them in
// migration_cases_test).
#include <gtest/gtest.h>

#include "compare/compare.h"
#include "release/state_fingerprint.h"
#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

std::vector<std::string> steps(const std::string& from, const std::string& to, compare::CompareOptions options = {}) {
  auto a = parse_text(from);
  auto b = parse_text(to);
  EXPECT_FALSE(a.has_errors() || b.has_errors()) << messages(a) << messages(b);
  auto set = compare::compare(a.catalog, b.catalog, options);
  std::vector<std::string> result;
  for (const auto& c : set.changes) result.push_back(compare::change_type_name(c.type) + " " + model::describe(c.id));
  return result;
}

size_t position(const std::vector<std::string>& list, const std::string& item) {
  auto it = std::find(list.begin(), list.end(), item);
  EXPECT_NE(it, list.end()) << item;
  return static_cast<size_t>(it - list.begin());
}

TEST(Compare, SameSchemaWrittenDifferentlyHasNoChanges) {
  EXPECT_TRUE(steps("CREATE TABLE t (id serial PRIMARY KEY, a int4 DEFAULT (1));",
                    "CREATE SEQUENCE t_id_seq AS integer; CREATE TABLE public.t (id integer NOT NULL DEFAULT "
                    "nextval('t_id_seq'::regclass), a integer DEFAULT 1, CONSTRAINT t_pkey PRIMARY KEY (id)); "
                    "ALTER SEQUENCE t_id_seq OWNED BY t.id;")
                  .empty());
}

// pg_dump writes WITH NO DATA for every materialized view: a file's (filled) view and its dump
// are the same view, for diff, check and apply's state fingerprint alike.
TEST(Compare, MaterializedViewFilledOrNotIsTheSameView) {
  EXPECT_TRUE(steps("CREATE TABLE t (a int); CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;",
                    "CREATE TABLE public.t (a integer); CREATE MATERIALIZED VIEW public.mv AS SELECT t.a FROM public.t WITH NO DATA;")
                  .empty());
  auto filled = parse_text("CREATE TABLE t (a int); CREATE MATERIALIZED VIEW mv AS SELECT a FROM t WITH DATA;");
  auto empty = parse_text("CREATE TABLE t (a int); CREATE MATERIALIZED VIEW mv AS SELECT a FROM t WITH NO DATA;");
  EXPECT_EQ(release::state_fingerprint(filled.catalog), release::state_fingerprint(empty.catalog));
  EXPECT_TRUE(empty.catalog.find_schema("public")->materialized_views.at("mv").with_data == false) << "still created as written";
}

// An operator's COMMUTATOR/NEGATOR and its estimator functions as written and as pg_dump prints them.
TEST(Compare, OperatorOptionsWrittenEitherWayAreTheSame) {
  const std::string function = "CREATE FUNCTION public.f2(a text, b text) RETURNS boolean LANGUAGE sql AS 'select true';";
  EXPECT_TRUE(steps(function + "CREATE OPERATOR public.=~ (FUNCTION = f2, LEFTARG = text, RIGHTARG = text, COMMUTATOR = =~, "
                               "NEGATOR = OPERATOR(!~), RESTRICT = eqsel, JOIN = eqjoinsel);",
                    function + "CREATE OPERATOR public.=~ (FUNCTION = public.f2, LEFTARG = text, RIGHTARG = text, COMMUTATOR = "
                               "OPERATOR(public.=~), NEGATOR = OPERATOR(public.!~), RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);")
                  .empty());
  EXPECT_FALSE(steps(function + "CREATE OPERATOR public.=~ (FUNCTION = f2, LEFTARG = text, RIGHTARG = text, COMMUTATOR = =~);",
                     function + "CREATE SCHEMA other; CREATE OPERATOR public.=~ (FUNCTION = f2, LEFTARG = text, RIGHTARG = text, "
                                "COMMUTATOR = OPERATOR(other.=~));")
                   .empty()) << "another schema's operator is another operator";
}

TEST(Compare, ViewOnAChangedColumnIsDroppedBeforeAndCreatedAfter) {
  auto list = steps("CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t;",
                    "CREATE TABLE t (a bigint); CREATE VIEW v AS SELECT a FROM t;");
  auto drop = position(list, "drop view view public.v");
  auto alter = position(list, "alter column type column public.t.a");
  auto create = position(list, "create view view public.v");
  EXPECT_LT(drop, alter);
  EXPECT_LT(alter, create);
}

TEST(Compare, ViewChainsAreRebuiltBottomUp) {
  auto list = steps("CREATE TABLE t (a int); CREATE VIEW v1 AS SELECT a FROM t; CREATE VIEW v2 AS SELECT a FROM v1;",
                    "CREATE TABLE t (a int); CREATE VIEW v1 AS SELECT a, 1 AS b FROM t; CREATE VIEW v2 AS SELECT a FROM v1;");
  EXPECT_LT(position(list, "drop view view public.v2"), position(list, "drop view view public.v1"));
  EXPECT_LT(position(list, "create view view public.v1"), position(list, "create view view public.v2"));
}

TEST(Compare, DefaultCallingANewFunctionComesAfterIt) {
  auto list = steps("CREATE TABLE t (a int);",
                    "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE TABLE t (a int DEFAULT f());");
  EXPECT_LT(position(list, "create routine function public.f()"), position(list, "set column default column public.t.a"));
}

TEST(Compare, ForeignKeyCyclesAreBrokenByAddingKeysAfterTables) {
  auto list = steps("CREATE TABLE x (id int);",
                    "CREATE TABLE a (id int PRIMARY KEY, b int); CREATE TABLE b (id int PRIMARY KEY, a int REFERENCES a);"
                    "ALTER TABLE a ADD FOREIGN KEY (b) REFERENCES b; CREATE TABLE x (id int);");
  auto last_table = std::max(position(list, "create table table public.a"), position(list, "create table table public.b"));
  EXPECT_LT(last_table, position(list, "add constraint constraint public.a_b_fkey on public.a"));
  EXPECT_LT(last_table, position(list, "add constraint constraint public.b_a_fkey on public.b"));
}

TEST(Compare, ChangedPrimaryKeyRebuildsTheForeignKeysOnIt) {
  auto list = steps("CREATE TABLE p (id int, k int, PRIMARY KEY (id)); CREATE TABLE c (p int REFERENCES p);",
                    "CREATE TABLE p (id int, k int, PRIMARY KEY (id, k), UNIQUE (id)); CREATE TABLE c (p int REFERENCES p (id));");
  EXPECT_LT(position(list, "drop constraint constraint public.c_p_fkey on public.c"),
            position(list, "drop constraint constraint public.p_pkey on public.p"));
}

TEST(Compare, EnumValuesAreAddedInPlaceAndRemovalRebuilds) {
  auto add = steps("CREATE TYPE m AS ENUM ('a', 'c');", "CREATE TYPE m AS ENUM ('a', 'b', 'c');");
  EXPECT_EQ(add, std::vector<std::string>{"add enum value type public.m"});
  auto remove = steps("CREATE TYPE m AS ENUM ('a', 'b');", "CREATE TYPE m AS ENUM ('a');");
  EXPECT_EQ(remove, std::vector<std::string>{"rebuild type type public.m"});
}

TEST(Compare, RenamesKeepTheObject) {
  compare::CompareOptions options;
  std::string error;
  options.renames.push_back(*compare::parse_rename("table:public.a=b", error));
  auto list = steps("CREATE TABLE a (id int);", "CREATE TABLE b (id int);", options);
  EXPECT_EQ(list, std::vector<std::string>{"rename table public.b"});
}

TEST(Compare, ColumnOrderIsReportedOnlyWhenAsked) {
  auto a = parse_text("CREATE TABLE t (a int, b int);");
  auto b = parse_text("CREATE TABLE t (b int, a int);");
  EXPECT_TRUE(compare::compare(a.catalog, b.catalog).empty());
  compare::CompareOptions options;
  options.strict_column_order = true;
  EXPECT_EQ(compare::compare(a.catalog, b.catalog, options).warnings.size(), 1u);
}

// Two tables on a foreign-key cycle, both rebuilt (each becomes partitioned): their drops share a
// phase and their keys are dropped first, so the cycle is no error.
TEST(Compare, TablesOnAForeignKeyCycleCanBeRebuiltTogether) {
  const std::string keys = "ALTER TABLE a.p ADD FOREIGN KEY (q_id, id) REFERENCES b.q (id, p_id); "
                           "ALTER TABLE b.q ADD FOREIGN KEY (p_id, id) REFERENCES a.p (id, q_id);";
  const std::string from = "CREATE SCHEMA a; CREATE SCHEMA b; CREATE TABLE a.p (id int, q_id int, UNIQUE (id, q_id)); "
                           "CREATE TABLE b.q (id int, p_id int, UNIQUE (id, p_id)); " + keys;
  const std::string to = "CREATE SCHEMA a; CREATE SCHEMA b; "
                         "CREATE TABLE a.p (id int, q_id int, UNIQUE (id, q_id)) PARTITION BY RANGE (id); "
                         "CREATE TABLE b.q (id int, p_id int, UNIQUE (id, p_id)) PARTITION BY RANGE (id); " + keys;
  auto a = parse_text(from);
  auto b = parse_text(to);
  ASSERT_FALSE(a.has_errors() || b.has_errors()) << messages(a) << messages(b);
  auto set = compare::compare(a.catalog, b.catalog);
  EXPECT_TRUE(set.errors.empty()) << set.errors.front();
  auto list = steps(from, to);
  EXPECT_LT(position(list, "drop constraint constraint a.p_q_id_id_fkey on a.p"), position(list, "drop table table a.p"));
  EXPECT_LT(position(list, "drop table table b.q"), position(list, "create table table b.q"));
}

}  // namespace
}  // namespace schemadelta::testing

// State-pinned steps: an object of the same name made by hand with another definition stops the
// migration with a message naming it, and nothing changes; one made exactly as TARGET has it is
// taken as done.
#include <gtest/gtest.h>

#include "pipeline/migration_pair.h"
#include "tests/support/test_server.h"

namespace schemadelta::testing {
namespace {

struct PinCase {
  const char* name;
  const char* source;
  const char* by_hand;  // run after SOURCE: the same name, another definition
  const char* target;
  const char* message;
};

pipeline::MigrationPair pair_for(const std::string& source_sql, const std::string& target_sql) {
  std::string problems;
  auto source = parse_clean("source.sql", source_sql, problems);
  auto target = parse_clean("target.sql", target_sql, problems);
  EXPECT_EQ(problems, "");
  pipeline::PairOptions options;
  options.preserve = false;
  return pipeline::write_migration_pair(source.catalog, target.catalog, options);
}

class StatePinned : public ::testing::TestWithParam<PinCase> {};

TEST_P(StatePinned, ASameNamedObjectWithAnotherDefinitionStopsTheScript) {
  const auto& c = GetParam();
  const auto pair = pair_for(c.source, c.target);
  auto db = fresh_database(c.name);
  ASSERT_TRUE(test_server().run_sql(db, c.source).ok);
  auto hand = test_server().run_sql(db, c.by_hand);
  ASSERT_TRUE(hand.ok) << hand.output;
  const std::string schema = verify::without_restrict_keys(test_server().dump_schema(db));
  auto run = test_server().run_sql(db, pair.migration.text);
  EXPECT_FALSE(run.ok) << pair.migration.text;
  EXPECT_NE(run.output.find(c.message), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("is not as this script expects: found"), std::string::npos) << run.output;
  EXPECT_EQ(verify::without_restrict_keys(test_server().dump_schema(db)), schema) << "nothing may change";
  test_server().drop_database(db);
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, StatePinned,
    ::testing::Values(
        PinCase{"table", "CREATE TABLE keep (id integer);", "CREATE TABLE newt (name integer);",
                "CREATE TABLE keep (id integer); CREATE TABLE newt (name text);", "table public.newt"},
        PinCase{"table_check", "CREATE TABLE keep (id integer);", "CREATE TABLE newt (n integer CONSTRAINT newt_n_check CHECK (n > 0));",
                "CREATE TABLE keep (id integer); CREATE TABLE newt (n integer CONSTRAINT newt_n_check CHECK (n > 10));", "table public.newt"},
        PinCase{"column", "CREATE TABLE t (id integer PRIMARY KEY);", "ALTER TABLE t ADD COLUMN c integer;",
                "CREATE TABLE t (id integer PRIMARY KEY, c text);", "column public.t.c"},
        PinCase{"column_type", "CREATE TABLE t (id integer PRIMARY KEY, c integer);", "ALTER TABLE t ALTER COLUMN c TYPE bigint;",
                "CREATE TABLE t (id integer PRIMARY KEY, c text);", "column public.t.c"},
        PinCase{"default", "CREATE TABLE t (id integer PRIMARY KEY, c integer DEFAULT 1);", "ALTER TABLE t ALTER COLUMN c SET DEFAULT 5;",
                "CREATE TABLE t (id integer PRIMARY KEY, c integer DEFAULT 2);", "default of column public.t.c"},
        PinCase{"check", "CREATE TABLE t (id integer);", "ALTER TABLE t ADD CONSTRAINT t_id_check CHECK (id > 0);",
                "CREATE TABLE t (id integer CONSTRAINT t_id_check CHECK (id > 10));", "constraint t_id_check on public.t"},
        PinCase{"unique", "CREATE TABLE t (a integer, b integer);", "ALTER TABLE t ADD CONSTRAINT t_key UNIQUE (b);",
                "CREATE TABLE t (a integer, b integer, CONSTRAINT t_key UNIQUE (a));", "constraint t_key on public.t"},
        PinCase{"foreign_key", "CREATE TABLE p (id integer PRIMARY KEY); CREATE TABLE c (id integer, p_id integer);",
                "ALTER TABLE c ADD CONSTRAINT c_p_fk FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE;",
                "CREATE TABLE p (id integer PRIMARY KEY); CREATE TABLE c (id integer, p_id integer, CONSTRAINT c_p_fk FOREIGN KEY (p_id) REFERENCES p (id));",
                "constraint c_p_fk on public.c"},
        PinCase{"index", "CREATE TABLE t (a integer, b integer);", "CREATE INDEX t_idx ON t (b);",
                "CREATE TABLE t (a integer, b integer); CREATE INDEX t_idx ON t (a);", "index public.t_idx"},
        PinCase{"view", "CREATE TABLE t (id integer);", "CREATE VIEW v AS SELECT 1 AS id;",
                "CREATE TABLE t (id integer); CREATE VIEW v AS SELECT id FROM t;", "view public.v"},
        PinCase{"function", "CREATE TABLE t (id integer);", "CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 2';",
                "CREATE TABLE t (id integer); CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';", "function public.f()"},
        PinCase{"function_replaced", "CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';",
                "CREATE OR REPLACE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 3';",
                "CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 2';", "function public.f()"},
        PinCase{"policy", "CREATE TABLE t (id integer);", "CREATE POLICY p ON t USING (id > 5);",
                "CREATE TABLE t (id integer); CREATE POLICY p ON t USING (id > 0);", "policy p on public.t"},
        PinCase{"trigger",
                "CREATE TABLE t (id integer); CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;",
                "CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION tf();",
                "CREATE TABLE t (id integer); CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;\n"
                "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();",
                "trigger tr on public.t"},
        PinCase{"enum", "CREATE TABLE t (id integer);", "CREATE TYPE mood AS ENUM ('sad', 'happy');",
                "CREATE TABLE t (id integer); CREATE TYPE mood AS ENUM ('happy', 'sad');", "type public.mood"},
        PinCase{"composite", "CREATE TABLE t (id integer);", "CREATE TYPE pair AS (a integer, b integer);",
                "CREATE TABLE t (id integer); CREATE TYPE pair AS (a integer, b text);", "type public.pair"},
        PinCase{"domain", "CREATE TABLE t (id integer);", "CREATE DOMAIN positive AS integer CHECK (VALUE > 0);",
                "CREATE TABLE t (id integer); CREATE DOMAIN positive AS integer CHECK (VALUE >= 0);", "domain public.positive"},
        PinCase{"sequence", "CREATE TABLE t (id integer);", "CREATE SEQUENCE s INCREMENT 5;",
                "CREATE TABLE t (id integer); CREATE SEQUENCE s;", "sequence public.s"},
        PinCase{"sequence_options", "CREATE SEQUENCE s MAXVALUE 1000;", "ALTER SEQUENCE s MAXVALUE 5000;",
                "CREATE SEQUENCE s MAXVALUE 2000;", "sequence public.s"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(StatePinned, AnObjectMadeExactlyAsTheTargetHasItIsTakenAsDone) {
  const char* source = "CREATE TABLE t (id integer PRIMARY KEY);";
  const char* target =
      "CREATE TABLE t (id integer PRIMARY KEY, c text DEFAULT 'x'); CREATE TABLE newt (name text NOT NULL CHECK (name <> ''));\n"
      "CREATE INDEX t_c ON t (lower(c)); CREATE VIEW v AS SELECT id, c FROM t;";
  const auto pair = pair_for(source, target);
  auto db = fresh_database("pinned_done");
  ASSERT_TRUE(test_server().run_sql(db, source).ok);
  ASSERT_TRUE(test_server().run_sql(db, "CREATE TABLE newt (name text NOT NULL CHECK (name <> ''));\n"
                                        "ALTER TABLE t ADD COLUMN c text DEFAULT 'x'; CREATE INDEX t_c ON t (lower(c));")
                  .ok);
  auto run = test_server().run_sql(db, pair.migration.text);
  EXPECT_TRUE(run.ok) << run.output;
  // Equal to TARGET loaded alone, both as the server dumps them.
  auto reference = fresh_database("pinned_reference");
  ASSERT_TRUE(test_server().run_sql(reference, target).ok);
  std::string problems;
  auto dumped = parse_clean("dump", test_server().dump_schema(db), problems);
  auto expected = parse_clean("reference dump", test_server().dump_schema(reference), problems);
  EXPECT_EQ(catalog_difference(without_owners(expected.catalog), without_owners(dumped.catalog)), "");
  test_server().drop_database(db);
  test_server().drop_database(reference);
}

// Without the TEMPORARY privilege a first run needs no shadow (whether a table, column or
// constraint is there is read from the catalogs); a run that finds its objects says what it needs
// instead of failing on a missing function.
TEST(StatePinned, WithoutTemporaryPrivilegeAFirstRunWorksAndARerunSaysWhatItNeeds) {
  const char* source = "CREATE TABLE keep (id integer);";
  const char* target = "CREATE TABLE keep (id integer CONSTRAINT keep_id_check CHECK (id > 0), note text DEFAULT 'x');\n"
                       "CREATE TABLE newt (name text);";
  const auto pair = pair_for(source, target);
  auto db = fresh_database("no_temp");
  ASSERT_TRUE(test_server().run_sql(db, "DO $$ BEGIN CREATE ROLE schemadelta_no_temp; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\n"
                                        "REVOKE TEMPORARY ON DATABASE " + db + " FROM PUBLIC;\n"
                                        "GRANT CREATE, USAGE ON SCHEMA public TO schemadelta_no_temp;\nSET ROLE schemadelta_no_temp;\n" + source)
                  .ok);
  auto first = test_server().run_sql(db, "SET ROLE schemadelta_no_temp;\n" + pair.migration.text);
  EXPECT_TRUE(first.ok) << first.output;
  // The first run made the column with its default and the CHECK.
  EXPECT_TRUE(test_server().run_sql(db, "INSERT INTO keep (id) VALUES (1);\n"
                                        "DO $$ BEGIN IF (SELECT note FROM keep) IS DISTINCT FROM 'x' THEN RAISE 'no default'; END IF; END $$;")
                  .ok);
  EXPECT_FALSE(test_server().run_sql(db, "INSERT INTO keep (id) VALUES (-1);").ok);
  auto again = test_server().run_sql(db, "SET ROLE schemadelta_no_temp;\n" + pair.migration.text);
  EXPECT_FALSE(again.ok);
  EXPECT_NE(again.output.find("needs the TEMPORARY privilege"), std::string::npos) << again.output;
  test_server().drop_database(db);
}

}  // namespace
}  // namespace schemadelta::testing

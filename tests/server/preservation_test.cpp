// Data through a migration and its rollback on PostgreSQL 15, beyond what every case proves:
// rows written between the two survive, pre-flight checks stop on violating rows before anything
// changes, and the holding schema is invisible to later diffs and managed by `archive`.
#include <gtest/gtest.h>

#include "pipeline/migration_pair.h"
#include "model/object_filter.h"
#include "tests/support/test_server.h"
#include "verify/process.h"

namespace schemadelta::testing {
namespace {

// Rows of a query, one line each, columns separated by '|'.
std::string query(const std::string& database, const std::string& sql) {
  auto run = test_server().run_sql(database, "\\pset tuples_only on\n\\pset format unaligned\n" + sql);
  EXPECT_TRUE(run.ok) << run.output;
  std::string rows;
  std::istringstream in(run.output);
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("Tuples only") || line.starts_with("Output format")) continue;
    rows += line + "\n";
  }
  return rows;
}

pipeline::MigrationPair scripts(const std::string& source_text, const std::string& target_text) {
  std::string problems;
  auto source = parse_clean("source.sql", source_text, problems);
  auto target = parse_clean("target.sql", target_text, problems);
  EXPECT_EQ(problems, "");
  return pipeline::write_migration_pair(source.catalog, target.catalog, {});
}

const char* kSource = R"(
CREATE TABLE accounts (id integer PRIMARY KEY, name text NOT NULL, nickname text, balance numeric(12,4));
CREATE TABLE audit_log (id bigserial PRIMARY KEY, account_id integer REFERENCES accounts(id), message text);
)";

const char* kTarget = R"(
CREATE TABLE accounts (id integer PRIMARY KEY, name text NOT NULL, balance numeric(12,2));
CREATE TABLE notes (id integer PRIMARY KEY, body text);
)";

TEST(Preservation, RowsWrittenBetweenMigrationAndRollbackSurvive) {
  const auto pair = scripts(kSource, kTarget);
  ASSERT_TRUE(pair.forward_plan.problems.empty());
  auto db = fresh_database("between");
  ASSERT_TRUE(test_server().run_sql(db, kSource).ok);
  ASSERT_TRUE(test_server().run_sql(db, "INSERT INTO accounts VALUES (1, 'ann', 'annie', 10.1234), (2, 'bob', 'bobby', 20.5678);\n"
                                        "INSERT INTO audit_log (account_id, message) VALUES (1, 'opened'), (2, 'opened');")
                  .ok);
  auto migrated = test_server().run_sql(db, pair.migration.text);
  ASSERT_TRUE(migrated.ok) << migrated.output;

  // Life goes on after the migration: a new account, a changed balance, a note.
  ASSERT_TRUE(test_server().run_sql(db, "INSERT INTO accounts VALUES (3, 'cid', 30.25);\n"
                                        "UPDATE accounts SET balance = 99.99 WHERE id = 2;\n"
                                        "INSERT INTO notes VALUES (1, 'written after the migration');")
                  .ok);
  auto rolled_back = test_server().run_sql(db, pair.rollback.text);
  ASSERT_TRUE(rolled_back.ok) << rolled_back.output;

  // Original values are back; the row written since and the balance changed since stay as written.
  EXPECT_EQ(query(db, "SELECT id, name, nickname, balance FROM accounts ORDER BY id;"),
            "1|ann|annie|10.1234\n2|bob|bobby|99.9900\n3|cid||30.2500\n");
  EXPECT_EQ(query(db, "SELECT id, account_id, message FROM audit_log ORDER BY id;"), "1|1|opened\n2|2|opened\n");
  EXPECT_EQ(query(db, "SELECT nextval('audit_log_id_seq');"), "3\n") << "the serial sequence continues where it was";
  // The rollback drops the table the migration created, but keeps its rows for the next deploy.
  EXPECT_EQ(query(db, "SELECT to_regclass('notes') IS NULL, kind FROM schemadelta_archive.holdings WHERE object_name = 'notes';"),
            "t|table\n");

  // Deploying again brings the note back.
  auto again = test_server().run_sql(db, pair.migration.text);
  ASSERT_TRUE(again.ok) << again.output;
  EXPECT_EQ(query(db, "SELECT id, body FROM notes;"), "1|written after the migration\n");
  test_server().drop_database(db);
}

TEST(Preservation, RollbackRefusesRowsThatHaveNoPlaceInTheSource) {
  // name is NOT NULL without a default in the source: a row written without it cannot go back.
  const char* source = "CREATE TABLE people (id integer PRIMARY KEY, name text NOT NULL, age integer);";
  const char* target = "CREATE TABLE people (id integer PRIMARY KEY, age integer);";
  const auto pair = scripts(source, target);
  auto db = fresh_database("no_place");
  ASSERT_TRUE(test_server().run_sql(db, source).ok);
  ASSERT_TRUE(test_server().run_sql(db, "INSERT INTO people VALUES (1, 'ann', 30);").ok);
  ASSERT_TRUE(test_server().run_sql(db, pair.migration.text).ok);
  ASSERT_TRUE(test_server().run_sql(db, "INSERT INTO people VALUES (2, 40);").ok);
  auto rolled_back = test_server().run_sql(db, pair.rollback.text);
  EXPECT_FALSE(rolled_back.ok);
  EXPECT_NE(rolled_back.output.find("1 rows of public.people have no value for name"), std::string::npos) << rolled_back.output;
  // Nothing changed: the rollback is one transaction, the holding is still there.
  EXPECT_EQ(query(db, "SELECT count(*) FROM schemadelta_archive.holdings WHERE kind = 'column';"), "1\n");
  EXPECT_EQ(query(db, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'people';"), "2\n");
  test_server().drop_database(db);
}

struct PreflightCase {
  const char* name;
  const char* source;
  const char* rows;
  const char* target;
  const char* message;
};

class Preflight : public ::testing::TestWithParam<PreflightCase> {};

// Each check fails fast, names table, column and count, and leaves the database as it was.
TEST_P(Preflight, StopsOnViolatingRowsBeforeChangingAnything) {
  const auto& c = GetParam();
  const auto pair = scripts(c.source, c.target);
  auto db = fresh_database(c.name);
  ASSERT_TRUE(test_server().run_sql(db, c.source).ok);
  ASSERT_TRUE(test_server().run_sql(db, c.rows).ok);
  const std::string before = test_server().dump_schema(db);
  const std::string rows_before = test_server().dump_data(db);
  auto run = test_server().run_sql(db, pair.migration.text);
  EXPECT_FALSE(run.ok);
  EXPECT_NE(run.output.find(c.message), std::string::npos) << run.output;
  EXPECT_EQ(verify::without_restrict_keys(test_server().dump_schema(db)), verify::without_restrict_keys(before));
  EXPECT_EQ(verify::without_restrict_keys(test_server().dump_data(db)), verify::without_restrict_keys(rows_before));
  test_server().drop_database(db);
}

INSTANTIATE_TEST_SUITE_P(
    Checks, Preflight,
    ::testing::Values(
        PreflightCase{"not_null", "CREATE TABLE t (id integer PRIMARY KEY, email text);",
                      "INSERT INTO t VALUES (1, 'a@x'), (2, NULL), (3, NULL);",
                      "CREATE TABLE t (id integer PRIMARY KEY, email text NOT NULL);",
                      "schemadelta pre-flight: 2 rows of public.t have NULL in email: SET NOT NULL would fail"},
        PreflightCase{"narrowing", "CREATE TABLE t (id integer PRIMARY KEY, code varchar(20));",
                      "INSERT INTO t VALUES (1, 'short'), (2, 'much too long');",
                      "CREATE TABLE t (id integer PRIMARY KEY, code varchar(8));",
                      "schemadelta pre-flight: 1 values of public.t.code are longer than 8 characters"},
        PreflightCase{"unique", "CREATE TABLE t (id integer PRIMARY KEY, email text);",
                      "INSERT INTO t VALUES (1, 'a@x'), (2, 'a@x'), (3, 'b@x');",
                      "CREATE TABLE t (id integer PRIMARY KEY, email text UNIQUE);",
                      "schemadelta pre-flight: 1 duplicate values of (email) in public.t: constraint t_email_key would fail"},
        PreflightCase{"foreign_key",
                      "CREATE TABLE parent (id integer PRIMARY KEY); CREATE TABLE child (id integer PRIMARY KEY, parent_id integer);",
                      "INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1, 1), (2, 7), (3, 8);",
                      "CREATE TABLE parent (id integer PRIMARY KEY); "
                      "CREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent(id));",
                      "schemadelta pre-flight: 2 rows of public.child reference missing rows of public.parent"},
        PreflightCase{"check", "CREATE TABLE t (id integer PRIMARY KEY, qty integer);",
                      "INSERT INTO t VALUES (1, 5), (2, -1);",
                      "CREATE TABLE t (id integer PRIMARY KEY, qty integer CHECK (qty >= 0));",
                      "schemadelta pre-flight: 1 rows of public.t violate check t_qty_check"},
        PreflightCase{"enum_value", "CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh'); CREATE TABLE t (id integer PRIMARY KEY, m mood);",
                      "INSERT INTO t VALUES (1, 'happy'), (2, 'meh');",
                      "CREATE TYPE mood AS ENUM ('happy', 'sad'); CREATE TABLE t (id integer PRIMARY KEY, m mood);",
                      "schemadelta pre-flight: 1 rows of public.t hold values of m that type public.mood no longer has"},
        PreflightCase{"unique_index", "CREATE TABLE t (id integer PRIMARY KEY, email text, active boolean);",
                      "INSERT INTO t VALUES (1, 'A@x', true), (2, 'a@x', true), (3, 'b@x', false), (4, 'B@x', false);",
                      "CREATE TABLE t (id integer PRIMARY KEY, email text, active boolean);\n"
                      "CREATE UNIQUE INDEX t_email ON t (lower(email)) WHERE active;",
                      "schemadelta pre-flight: 1 duplicate values of (lower(email)) in public.t: unique index t_email would fail"},
        PreflightCase{"sequence_maxvalue", "CREATE SEQUENCE s MAXVALUE 100000;", "SELECT setval('s', 1500);",
                      "CREATE SEQUENCE s MAXVALUE 1000;", "schemadelta pre-flight: public.s is at 1500, past its new MAXVALUE 1000"},
        PreflightCase{"descending_sequence_minvalue", "CREATE SEQUENCE s INCREMENT -1 MINVALUE -100000 MAXVALUE -1;",
                      "SELECT setval('s', -1500);", "CREATE SEQUENCE s INCREMENT -1 MINVALUE -1000 MAXVALUE -1;",
                      "schemadelta pre-flight: public.s is at -1500, past its new MINVALUE -1000"},
        PreflightCase{"partition_bound",
                      "CREATE TABLE m (id integer NOT NULL, at integer NOT NULL) PARTITION BY RANGE (at);\n"
                      "CREATE TABLE m_low PARTITION OF m FOR VALUES FROM (0) TO (100);",
                      "INSERT INTO m VALUES (1, 10), (2, 70);",
                      "CREATE TABLE m (id integer NOT NULL, at integer NOT NULL) PARTITION BY RANGE (at);\n"
                      "CREATE TABLE m_low PARTITION OF m FOR VALUES FROM (0) TO (50);",
                      "schemadelta pre-flight: rows of public.m_low lie outside its partition bound"}),
    [](const auto& info) { return std::string(info.param.name); });

// A sequence behind its lowered MAXVALUE moves on, never back.
TEST(Preservation, ASequenceBehindANewMinimumMovesForwardNeverBack) {
  const char* source = "CREATE SEQUENCE s MINVALUE 1 MAXVALUE 100000;";
  const char* target = "CREATE SEQUENCE s MINVALUE 500 MAXVALUE 1000;";
  const auto pair = scripts(source, target);
  auto db = fresh_database("sequence_bounds");
  ASSERT_TRUE(test_server().run_sql(db, source).ok);
  ASSERT_TRUE(test_server().run_sql(db, "SELECT setval('s', 700);").ok);
  auto run = test_server().run_sql(db, pair.migration.text);
  ASSERT_TRUE(run.ok) << run.output;
  EXPECT_EQ(query(db, "SELECT nextval('s');"), "701\n") << "inside the new bounds: it goes on where it was";
  auto behind = fresh_database("sequence_behind");
  ASSERT_TRUE(test_server().run_sql(behind, source).ok);
  ASSERT_TRUE(test_server().run_sql(behind, "SELECT setval('s', 20);").ok);
  run = test_server().run_sql(behind, pair.migration.text);
  ASSERT_TRUE(run.ok) << run.output;
  EXPECT_EQ(query(behind, "SELECT nextval('s');"), "500\n") << "behind the new minimum: it moves forward to it";
  test_server().drop_database(db);
  test_server().drop_database(behind);
}

// With --concurrently the index is built after the transaction; its duplicate check is not.
TEST(Preservation, AConcurrentUniqueIndexIsCheckedBeforeTheTransactionCommits) {
  const char* source = "CREATE TABLE t (id integer PRIMARY KEY, email text); CREATE TABLE other (id integer);";
  const char* target = "CREATE TABLE t (id integer PRIMARY KEY, email text); CREATE UNIQUE INDEX t_email ON t (email);";
  std::string problems;
  auto from = parse_clean("source.sql", source, problems);
  auto to = parse_clean("target.sql", target, problems);
  pipeline::PairOptions options;
  options.migration.concurrently = true;
  options.preserve = false;
  const auto pair = pipeline::write_migration_pair(from.catalog, to.catalog, options);
  auto db = fresh_database("concurrent_unique");
  ASSERT_TRUE(test_server().run_sql(db, source).ok);
  ASSERT_TRUE(test_server().run_sql(db, "INSERT INTO t VALUES (1, 'a'), (2, 'a');").ok);
  auto run = test_server().run_sql(db, pair.migration.text);
  EXPECT_FALSE(run.ok);
  EXPECT_NE(run.output.find("schemadelta pre-flight: 1 duplicate values of (email) in public.t"), std::string::npos) << run.output;
  EXPECT_EQ(query(db, "SELECT count(*) FROM pg_class WHERE relname IN ('t_email', 'other');"), "1\n")
      << "nothing committed, no invalid index";
  test_server().drop_database(db);
}

// Without the holding schema, a partitioned table rebuilt (its key column changes type) is
// dropped with DROP TABLE, which would take its partitions and their rows: they are detached
// first and attached to the new table.
TEST(Preservation, APartitionedTableRebuiltWithoutHoldingKeepsItsPartitions) {
  const char* source = "CREATE TABLE pt (id integer, c text) PARTITION BY RANGE (id);"
                       "CREATE TABLE p PARTITION OF pt FOR VALUES FROM (0) TO (1000);";
  const char* target = "CREATE TABLE pt (id bigint, c text) PARTITION BY RANGE (id);"
                       "CREATE TABLE p PARTITION OF pt FOR VALUES FROM (0) TO (1000);";
  std::string problems;
  auto from = parse_clean("source.sql", source, problems);
  auto to = parse_clean("target.sql", target, problems);
  pipeline::PairOptions options;
  options.preserve = false;
  const auto pair = pipeline::write_migration_pair(from.catalog, to.catalog, options);
  auto db = fresh_database("rebuilt_partitioned");
  ASSERT_TRUE(test_server().run_sql(db, source).ok);
  ASSERT_TRUE(test_server().run_sql(db, "INSERT INTO pt VALUES (1, 'a'), (2, 'b');").ok);
  auto run = test_server().run_sql(db, pair.migration.text);
  ASSERT_TRUE(run.ok) << run.output;
  EXPECT_EQ(query(db, "SELECT pg_catalog.format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'pt'::regclass AND attname = 'id';"),
            "bigint\n");
  EXPECT_EQ(query(db, "SELECT inhparent::regclass FROM pg_inherits WHERE inhrelid = 'p'::regclass;"), "pt\n");
  EXPECT_EQ(query(db, "SELECT string_agg(c, ',' ORDER BY id) FROM pt;"), "a,b\n") << "the partition's rows, read through the new table";
  test_server().drop_database(db);
}

// A stored generated column becoming plain keeps its values (DROP EXPRESSION), on a table alone,
// on an inheritance parent with its child, and in a child moving to a parent whose column is plain.
TEST(Preservation, AGeneratedColumnBecomingPlainKeepsItsValues) {
  const char* source = "CREATE TABLE t (a integer, b integer GENERATED ALWAYS AS (a * 2) STORED);"
                       "CREATE TABLE p (a integer, b integer GENERATED ALWAYS AS (a + 1) STORED);"
                       "CREATE TABLE c (x text) INHERITS (p);"
                       "CREATE TABLE gp (a integer, b integer GENERATED ALWAYS AS (a * 3) STORED);"
                       "CREATE TABLE plain_p (a integer, b integer NOT NULL);"
                       "CREATE TABLE mover () INHERITS (gp);";
  const char* target = "CREATE TABLE t (a integer, b integer);"
                       "CREATE TABLE p (a integer, b integer);"
                       "CREATE TABLE c (x text) INHERITS (p);"
                       "CREATE TABLE gp (a integer, b integer GENERATED ALWAYS AS (a * 3) STORED);"
                       "CREATE TABLE plain_p (a integer, b integer NOT NULL);"
                       "CREATE TABLE mover () INHERITS (plain_p);";
  const auto pair = scripts(source, target);
  ASSERT_TRUE(pair.forward_plan.problems.empty());
  auto db = fresh_database("generation_dropped");
  ASSERT_TRUE(test_server().run_sql(db, source).ok);
  ASSERT_TRUE(test_server().run_sql(db, "INSERT INTO t (a) VALUES (1), (2); INSERT INTO p (a) VALUES (10); INSERT INTO c (a, x) VALUES (20, 'k');"
                                        "INSERT INTO mover (a) VALUES (5);")
                  .ok);
  for (int run = 0; run < 2; ++run) {
    auto migrated = test_server().run_sql(db, pair.migration.text);
    ASSERT_TRUE(migrated.ok) << migrated.output;
  }
  EXPECT_EQ(query(db, "SELECT a, b FROM t ORDER BY a;"), "1|2\n2|4\n");
  EXPECT_EQ(query(db, "SELECT a, b FROM ONLY p;"), "10|11\n");
  EXPECT_EQ(query(db, "SELECT a, b, x FROM c;"), "20|21|k\n");
  EXPECT_EQ(query(db, "SELECT a, b FROM mover;"), "5|15\n");
  EXPECT_EQ(query(db, "SELECT string_agg(attrelid::regclass || '.' || attname, ',' ORDER BY attrelid::regclass::text) FROM pg_attribute "
                      "WHERE attname = 'b' AND attgenerated <> '' AND attrelid IN ('t'::regclass, 'p'::regclass, 'c'::regclass, 'mover'::regclass);"),
            "\n")
      << "none of them is generated any more";
  // Written after the migration, the plain columns take what they are given.
  ASSERT_TRUE(test_server().run_sql(db, "UPDATE t SET b = 100 WHERE a = 1;").ok);
  auto rolled_back = test_server().run_sql(db, pair.rollback.text);
  ASSERT_TRUE(rolled_back.ok) << rolled_back.output;
  EXPECT_EQ(query(db, "SELECT a, b FROM t ORDER BY a;"), "1|2\n2|4\n") << "generated again: computed from a";
  EXPECT_EQ(query(db, "SELECT a, b, x FROM c;"), "20|21|k\n");
  EXPECT_EQ(query(db, "SELECT a, b FROM mover;"), "5|15\n");
  test_server().drop_database(db);
}

// The CLI on a live database: a later diff does not see the holding schema, `archive list`
// shows what the migration kept, `archive purge` removes it.
TEST(Preservation, HoldingSchemaIsInvisibleToDiffAndManagedByArchive) {
  const auto pair = scripts(kSource, kTarget);
  auto db = fresh_database("archive_cli");
  ASSERT_TRUE(test_server().run_sql(db, kSource).ok);
  ASSERT_TRUE(test_server().run_sql(db, "INSERT INTO accounts VALUES (1, 'ann', 'annie', 10.1234);").ok);
  ASSERT_TRUE(test_server().run_sql(db, pair.migration.text).ok);

  verify::DumpOptions options;
  options.no_owner = true;
  std::string problems;
  auto dumped = parse_clean("dump with holdings", test_server().dump_schema(db, options), problems);
  auto target = parse_clean("target.sql", kTarget, problems);
  ASSERT_TRUE(dumped.catalog.find_schema("schemadelta_archive")) << "the dump holds the holding schema";
  model::ObjectFilter filter;
  filter.exclude_schemas.push_back("schemadelta_archive");
  model::apply_filter(dumped.catalog, filter);
  EXPECT_EQ(catalog_difference(without_owners(target.catalog), without_owners(dumped.catalog)), "");

  const std::string binary = SCHEMADELTA_BINARY;
  auto list = verify::run_process({binary, "archive", "list", test_server().connection_string(db)});
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("column\tpublic.accounts.nickname"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("table\tpublic.audit_log"), std::string::npos) << list.out;
  auto unknown = verify::run_process({binary, "archive", "purge", test_server().connection_string(db), "--before-release", "nope"});
  EXPECT_EQ(unknown.exit_code, 2);
  auto purge = verify::run_process({binary, "archive", "purge", test_server().connection_string(db), "--all"});
  EXPECT_EQ(purge.exit_code, 0) << purge.err;
  // The column, the narrowed values, the table and its serial sequence's position.
  EXPECT_NE(purge.out.find("Purged 4 holdings"), std::string::npos) << purge.out;
  EXPECT_EQ(query(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'schemadelta_archive';"), "1\n") << "only the record table is left";
  test_server().drop_database(db);
}

}  // namespace
}  // namespace schemadelta::testing

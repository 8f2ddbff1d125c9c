// The row generator (verify/fill_rows.sql) on schemas made to be hard to fill: every table that can
// hold a row must get rows that satisfy every constraint, the same rows on every run; a table no row
// can enter is reported by name, and `verify --require-rows` fails on it.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pipeline/migration_pair.h"
#include "tests/support/test_server.h"
#include "verify/data_snapshot.h"
#include "verify/process.h"
#include "verify/prove_scripts.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

// Foreign key chains and cycles (NOT NULL on both sides, and nullable on one), a NOT NULL
// self-reference, CHECKs on ranges, lengths and several columns, domains with CHECKs (a range, a
// regular expression), a CHECK that calls a function, an enum, a multi-column unique key over few
// values, partitions by range, list, hash and a sub-partitioned DEFAULT partition, and a table
// whose only column is an identity.
const char* kHardSchema = R"sql(
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN teen AS integer CHECK (VALUE > 10 AND VALUE < 20);
CREATE DOMAIN code AS text CHECK (VALUE ~ '^[A-Z]{3}-[0-9]{2}$');
CREATE FUNCTION is_iban(v text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT v ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' $$;
CREATE TABLE chain_a (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE chain_b (id integer PRIMARY KEY, a_id integer NOT NULL REFERENCES chain_a);
CREATE TABLE chain_c (id integer PRIMARY KEY, b_id integer NOT NULL REFERENCES chain_b);
CREATE TABLE cycle_x (id integer PRIMARY KEY, y_id integer NOT NULL);
CREATE TABLE cycle_y (id integer PRIMARY KEY, x_id integer NOT NULL REFERENCES cycle_x);
ALTER TABLE cycle_x ADD CONSTRAINT cycle_x_y FOREIGN KEY (y_id) REFERENCES cycle_y;
CREATE TABLE cycle_p (id integer PRIMARY KEY, q_id integer);
CREATE TABLE cycle_q (id integer PRIMARY KEY, p_id integer NOT NULL REFERENCES cycle_p);
ALTER TABLE cycle_p ADD CONSTRAINT cycle_p_q FOREIGN KEY (q_id) REFERENCES cycle_q;
CREATE TABLE tree (id integer PRIMARY KEY, parent_id integer NOT NULL REFERENCES tree);
CREATE TABLE ranged (id integer PRIMARY KEY, x integer NOT NULL CHECK (x > 100 AND x < 200));
CREATE TABLE lengths (id integer PRIMARY KEY, t text NOT NULL CHECK (length(t) BETWEEN 12 AND 14),
                      u varchar(3) NOT NULL CHECK (char_length(u) = 3));
CREATE TABLE domained (id integer PRIMARY KEY, s teen NOT NULL, c code NOT NULL UNIQUE);
CREATE TABLE accounts (id integer PRIMARY KEY, iban text NOT NULL CHECK (is_iban(iban)));
CREATE TABLE moods (id integer PRIMARY KEY, m mood NOT NULL CHECK (m <> 'sad'));
CREATE TABLE pairs (a boolean NOT NULL, b boolean NOT NULL, c mood NOT NULL, UNIQUE (a, b, c));
CREATE TABLE spans (lo integer NOT NULL, hi integer NOT NULL, CHECK (hi > lo + 50));
CREATE TABLE measures (at date NOT NULL, v numeric(4,1) NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE measures_2020 PARTITION OF measures FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE measures_2030 PARTITION OF measures FOR VALUES FROM ('2030-01-01') TO ('2031-01-01');
CREATE TABLE measures_other PARTITION OF measures DEFAULT;
CREATE TABLE listed (region text NOT NULL, n integer) PARTITION BY LIST (region);
CREATE TABLE listed_eu PARTITION OF listed FOR VALUES IN ('eu', 'uk');
CREATE TABLE listed_us PARTITION OF listed FOR VALUES IN ('us');
CREATE TABLE hashed (k text NOT NULL, v integer) PARTITION BY HASH (k);
CREATE TABLE hashed_0 PARTITION OF hashed FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TABLE hashed_1 PARTITION OF hashed FOR VALUES WITH (MODULUS 3, REMAINDER 1);
CREATE TABLE hashed_2 PARTITION OF hashed FOR VALUES WITH (MODULUS 3, REMAINDER 2);
CREATE TABLE logs (logged_on date NOT NULL, kind text NOT NULL) PARTITION BY RANGE (logged_on);
CREATE TABLE logs_2025 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (kind);
CREATE TABLE logs_2025_app PARTITION OF logs_2025 FOR VALUES IN ('app');
CREATE TABLE logs_2025_other PARTITION OF logs_2025 DEFAULT;
CREATE TABLE only_identity (id integer GENERATED ALWAYS AS IDENTITY);
)sql";

// Fails (psql error) when a row breaks a foreign key: each one is dropped and added again, which
// checks every row, in a transaction that is rolled back.
const char* kRecheckForeignKeys = R"sql(
BEGIN;
DO $recheck$
DECLARE
    fk record;
BEGIN
    FOR fk IN SELECT conrelid::regclass AS tbl, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS definition
              FROM pg_constraint WHERE contype = 'f' AND conparentid = 0 ORDER BY conname LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %s', fk.tbl, fk.name);
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %s %s', fk.tbl, fk.name, fk.definition);
    END LOOP;
END
$recheck$;
ROLLBACK;
)sql";

// The relations that hold rows: ordinary tables and leaf partitions.
const char* kCountTables = "SELECT 'tables=' || count(*) FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace;";

struct Filled {
  std::string database;
  verify::RowCoverage coverage;
};

Filled fill(const std::string& hint, const std::string& schema) {
  Filled filled{fresh_database(hint), {}};
  auto load = test_server().run_sql(filled.database, schema);
  EXPECT_TRUE(load.ok) << load.output;
  auto run = test_server().run_sql(filled.database, verify::fill_rows_sql());
  EXPECT_TRUE(run.ok) << run.output;
  auto coverage = verify::read_row_coverage(run.output);
  EXPECT_TRUE(coverage.has_value()) << run.output;
  if (coverage) filled.coverage = *coverage;
  return filled;
}

std::string rows(const std::string& database) { return verify::normalized_data(test_server().dump_data(database)); }

std::string query(const std::string& database, const std::string& sql) { return test_server().run_sql(database, sql).output; }

TEST(FillRows, EveryTableOfAHardSchemaGetsRows) {
  auto filled = fill("hard", kHardSchema);
  EXPECT_TRUE(filled.coverage.empty_tables.empty()) << ::testing::PrintToString(filled.coverage.empty_tables);
  EXPECT_EQ(filled.coverage.filled, filled.coverage.tables);
  EXPECT_NE(query(filled.database, kCountTables).find("tables=" + std::to_string(filled.coverage.tables)), std::string::npos)
      << "the summary counts every ordinary table and leaf partition, and only those";

  // Every row keeps every foreign key, the ones repaired after a cycle included.
  auto recheck = test_server().run_sql(filled.database, kRecheckForeignKeys);
  EXPECT_TRUE(recheck.ok) << recheck.output;
  // The cycle with a nullable side is closed too: its NULLs were pointed at rows afterwards.
  EXPECT_NE(query(filled.database, "SELECT 'unlinked=' || count(*) FROM cycle_p WHERE q_id IS NULL;").find("unlinked=0"),
            std::string::npos);
  // More than one row where the constraints allow it (a unique key over generated values).
  EXPECT_NE(query(filled.database, "SELECT 'many=' || (count(*) > 1) FROM domained;").find("many=true"), std::string::npos);
}

TEST(FillRows, TheSameSchemaGetsTheSameRows) {
  auto first = fill("same_a", kHardSchema);
  auto second = fill("same_b", kHardSchema);
  const auto first_rows = rows(first.database);
  EXPECT_NE(first_rows.find("COPY public.cycle_x"), std::string::npos);
  EXPECT_EQ(first_rows, rows(second.database));
}

TEST(FillRows, ATableNoRowCanEnterIsNamed) {
  auto filled = fill("impossible", "CREATE TABLE possible (id integer PRIMARY KEY);\n"
                                   "CREATE SCHEMA \"odd\nschema\";\n"
                                   "CREATE TABLE \"odd\nschema\".\"never \"\"here\"\"\" (id integer, CHECK (false));\n");
  EXPECT_EQ(filled.coverage.tables, 2);
  EXPECT_EQ(filled.coverage.filled, 1);
  ASSERT_EQ(filled.coverage.empty_tables.size(), 1u);
  EXPECT_EQ(filled.coverage.empty_tables[0], "\"odd\nschema\".\"never \"\"here\"\"\"");
}

TEST(FillRows, AForeignKeyToATableLeftEmptyLeavesNoBrokenRow) {
  // cycle_m's rows are inserted before cycle_n's, unchecked; cycle_n cannot be filled, so they go.
  auto filled = fill("broken_cycle", "CREATE TABLE cycle_m (id integer PRIMARY KEY, n_id integer NOT NULL);\n"
                                     "CREATE TABLE cycle_n (id integer PRIMARY KEY, m_id integer NOT NULL REFERENCES cycle_m, CHECK (false));\n"
                                     "ALTER TABLE cycle_m ADD FOREIGN KEY (n_id) REFERENCES cycle_n;\n");
  EXPECT_EQ(filled.coverage.filled, 0);
  auto recheck = test_server().run_sql(filled.database, kRecheckForeignKeys);
  EXPECT_TRUE(recheck.ok) << recheck.output;
}

TEST(FillRows, PostgisColumnsGetGeometriesOfTheirShapeAndSrid) {
  auto database = fresh_database("postgis");
  if (!test_server().run_sql(database, "CREATE EXTENSION postgis;").ok) GTEST_SKIP() << "PostGIS is not installed";
  auto load = test_server().run_sql(database, "CREATE TABLE places (id integer PRIMARY KEY, at geometry(Point, 4326) NOT NULL,"
                                              " area geometry(PolygonZ, 3857) NOT NULL, path geometry(MultiLineString) NOT NULL,"
                                              " shapes geometry(MultiPolygonM, 4326) NOT NULL, anywhere geometry NOT NULL, spot geography(Point) NOT NULL);");
  ASSERT_TRUE(load.ok) << load.output;
  auto run = test_server().run_sql(database, verify::fill_rows_sql());
  auto coverage = verify::read_row_coverage(run.output);
  ASSERT_TRUE(coverage.has_value()) << run.output;
  EXPECT_EQ(coverage->filled, 1) << run.output;  // the extension's own tables are not counted
  EXPECT_EQ(coverage->tables, 1);
}

TEST(FillRows, RequireRowsFailsTheProofOnAnEmptyTable) {
  const std::string schema = "CREATE TABLE kept (id integer PRIMARY KEY);\nCREATE TABLE never (id integer, CHECK (false));\n";
  std::string problems;
  auto catalog = parse_clean("schema.sql", schema, problems).catalog;
  ASSERT_EQ(problems, "");
  auto pair = pipeline::write_migration_pair(catalog, catalog, pipeline::PairOptions{});
  auto input = verify::proof_input("require_rows", schema, schema, pair);

  auto lenient = verify::prove_scripts(test_server(), input);
  EXPECT_TRUE(lenient.passed()) << lenient.failures();
  ASSERT_TRUE(lenient.rows.has_value());
  EXPECT_EQ(lenient.rows->empty_tables, std::vector<std::string>{"public.never"});
  ASSERT_GE(lenient.steps.size(), 2u);
  EXPECT_EQ(lenient.steps[1].name, "rows in 1 of 2 tables");
  EXPECT_EQ(lenient.steps[1].notes, std::vector<std::string>{"no rows in public.never"});

  verify::ProofOptions strict;
  strict.require_rows = true;
  auto proof = verify::prove_scripts(test_server(), input, strict);
  EXPECT_FALSE(proof.passed());
  EXPECT_NE(proof.failures().find("FAILED: rows in 1 of 2 tables"), std::string::npos) << proof.failures();
  EXPECT_NE(proof.failures().find("no rows in public.never"), std::string::npos) << proof.failures();
}

struct TempFile {
  fs::path path;
  explicit TempFile(const std::string& text) {
    std::string name = (fs::temp_directory_path() / "schemadelta-fill-rows-XXXXXX.sql").string();
    int fd = ::mkstemps(name.data(), 4);
    ::close(fd);
    path = name;
    std::ofstream(path) << text;
  }
  ~TempFile() { fs::remove(path); }
};

TEST(FillRows, VerifyRequireRowsExitsNonZeroAndNamesTheTable) {
  TempFile empty_table("CREATE TABLE kept (id integer PRIMARY KEY);\nCREATE TABLE \"never\x01\" (id integer, CHECK (false));\n");
  TempFile full("CREATE TABLE kept (id integer PRIMARY KEY);\n");
  auto run = [](const std::vector<std::string>& args) {
    std::vector<std::string> argv{SCHEMADELTA_BINARY, "verify"};
    argv.insert(argv.end(), args.begin(), args.end());
    return verify::run_process(argv);
  };

  auto lenient = run({empty_table.path, empty_table.path});
  EXPECT_EQ(lenient.exit_code, 0) << lenient.out << lenient.err;
  EXPECT_NE(lenient.out.find("PASS  rows in 1 of 2 tables"), std::string::npos) << lenient.out;

  auto strict = run({empty_table.path, empty_table.path, "--require-rows"});
  EXPECT_EQ(strict.exit_code, 1) << strict.out << strict.err;
  EXPECT_NE(strict.out.find("FAIL  rows in 1 of 2 tables"), std::string::npos) << strict.out;
  EXPECT_NE(strict.out.find("rows are required in every table"), std::string::npos) << strict.out;
  // The name is shown escaped, like every name in messages: no raw control character.
  EXPECT_NE(strict.out.find("no rows in public.\"never"), std::string::npos) << strict.out;
  EXPECT_EQ(strict.out.find('\x01'), std::string::npos) << strict.out;

  auto full_run = run({full.path, full.path, "--require-rows"});
  EXPECT_EQ(full_run.exit_code, 0) << full_run.out << full_run.err;
  EXPECT_NE(full_run.out.find("PASS  rows in 1 of 1 tables"), std::string::npos) << full_run.out;
}

TEST(FillRows, TheSummaryIsReadFromPsqlOutput) {
  auto coverage = verify::read_row_coverage(
      "psql:<stdin>:9: NOTICE:  something else\n"
      "psql:<stdin>:913: NOTICE:  fill_rows: {\"empty\": [\"s.\\\"a\\nb\\\"\"], \"filled\": 4, \"tables\": 5}\n");
  ASSERT_TRUE(coverage.has_value());
  EXPECT_EQ(coverage->tables, 5);
  EXPECT_EQ(coverage->filled, 4);
  EXPECT_EQ(coverage->empty_tables, std::vector<std::string>{"s.\"a\nb\""});
  EXPECT_FALSE(verify::read_row_coverage("psql:<stdin>:1: ERROR:  syntax error\n").has_value());
  EXPECT_FALSE(verify::read_row_coverage("NOTICE:  fill_rows: {not json\n").has_value());
}

}  // namespace
}  // namespace schemadelta::testing

// Names that try to escape: every control character (0x01-0x1f, 0x7f), dollar-quote tags the
// scripts use, RAISE placeholders, quotes and comment markers, in every place a name or a text
// can appear. The scripts must do exactly the migration and the rollback (proven on PostgreSQL
// 15 with rows), and no comment line or message of theirs may carry a raw control character.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <sstream>

#include "pipeline/migration_pair.h"
#include "generator/postgres/quoting.h"
#include "tests/support/test_server.h"
#include "verify/prove_scripts.h"

namespace schemadelta::testing {
namespace {

using generator::postgres::quote_identifier;
using generator::postgres::quote_literal;

// Hostile fragments: each control character, then the texts our scripts treat specially.
std::vector<std::string> hostile_fragments() {
  std::vector<std::string> fragments;
  for (int c = 1; c < 0x20; ++c) fragments.emplace_back(1, static_cast<char>(c));
  fragments.emplace_back(1, '\x7f');
  for (const char* text : {"$guard$", "$restore$", "$preflight$", "$body$", "$$", "%", "%s%I%L", "'", "\"", "*/", "/*", "\\",
                           ":foo", "\\! echo", "\xe2\x80\xa8", "\xe2\x80\xae", "\xc2\x9b"}) {
    fragments.emplace_back(text);
  }
  return fragments;
}

// A canary table both sides have: if any name runs SQL, the canary or its rows are gone.
const char* kCanary = "CREATE TABLE canary (id integer PRIMARY KEY, note text);\n";

// One schema per fragment holding every kind of object, each named with the fragment inside.
std::string hostile_schema(const std::vector<std::string>& fragments) {
  std::string sql = kCanary;
  for (std::size_t i = 0; i < fragments.size(); ++i) {
    const std::string f = fragments[i];
    const std::string n = fmt::format("{}x{}\nDROP TABLE canary;--", i, f);  // fits in 63 bytes
    auto id = [&](const std::string& prefix) { return quote_identifier(prefix + n); };
    const std::string s = id("s");
    const std::string table = s + "." + id("t");
    sql += "CREATE SCHEMA " + s + ";\n";
    sql += "CREATE TYPE " + s + "." + id("e") + " AS ENUM (" + quote_literal("a" + f) + ", " + quote_literal("b" + f) + ");\n";
    sql += "CREATE DOMAIN " + s + "." + id("d") + " AS text CONSTRAINT " + id("dc") + " CHECK (VALUE <> " + quote_literal(f + "!") + ");\n";
    sql += "CREATE SEQUENCE " + s + "." + id("q") + ";\n";
    sql += "CREATE TABLE " + table + " (" + id("k") + " integer PRIMARY KEY, " + id("c") + " text DEFAULT " + quote_literal(f) +
           " CONSTRAINT " + id("ck") + " CHECK (" + id("c") + " <> " + quote_literal(f + "?") + "), " + id("v") + " " + s + "." +
           id("e") + ", " + id("w") + " " + s + "." + id("d") + ");\n";
    sql += "CREATE INDEX " + id("i") + " ON " + table + " (" + id("c") + ");\n";
    sql += "CREATE VIEW " + s + "." + id("view") + " AS SELECT " + id("k") + ", " + id("c") + " FROM " + table + ";\n";
    sql += "CREATE FUNCTION " + s + "." + id("f") + "() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN RETURN NEW; END $fn$;\n";
    sql += "CREATE TRIGGER " + id("tr") + " BEFORE INSERT ON " + table + " FOR EACH ROW EXECUTE FUNCTION " + s + "." + id("f") + "();\n";
    sql += "ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY;\n";
    sql += "CREATE POLICY " + id("p") + " ON " + table + " USING (" + id("c") + " <> " + quote_literal(f) + ");\n";
    sql += "COMMENT ON TABLE " + table + " IS " + quote_literal("comment " + f + "\nDROP TABLE canary;--") + ";\n";
    sql += "COMMENT ON COLUMN " + table + "." + id("c") + " IS " + quote_literal(f) + ";\n";
  }
  return sql;
}

// Comment lines and RAISE texts: no raw control character in the part a name could reach.
std::string raw_control_in_comments(const std::string& script) {
  std::istringstream in(script);
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (!line.starts_with("--")) continue;
    for (unsigned char c : line) {
      if (c < 0x20 || c == 0x7f) return fmt::format("line {} has control character 0x{:02x}: {}", number, c, line);
    }
  }
  return "";
}

void prove_pair(const std::string& name, const std::string& source_sql, const std::string& target_sql) {
  std::string problems;
  auto source = parse_clean("source.sql", source_sql, problems);
  auto target = parse_clean("target.sql", target_sql, problems);
  ASSERT_EQ(problems, "");
  pipeline::PairOptions options;
  options.migration.explain = true;  // comments before every statement: more places for a name
  options.migration.source_name = "source\nDROP TABLE canary;--.sql";
  options.migration.target_name = "target\r\x1b[2J.sql";
  auto pair = pipeline::write_migration_pair(source.catalog, target.catalog, options);
  ASSERT_TRUE(pair.errors.empty()) << pair.errors.front();
  ASSERT_TRUE(pair.rollback_errors.empty()) << pair.rollback_errors.front();
  EXPECT_EQ(raw_control_in_comments(pair.migration.text), "");
  EXPECT_EQ(raw_control_in_comments(pair.rollback.text), "");
  auto proof = verify::prove_scripts(test_server(), verify::proof_input(name, source_sql, target_sql, pair));
  EXPECT_TRUE(proof.passed()) << proof.failures();
}

TEST(HostileNames, CreatedThenRolledBackDoExactlyTheMigration) {
  prove_pair("hostile_create", kCanary, hostile_schema(hostile_fragments()));
}

TEST(HostileNames, DroppedThenRestoredDoExactlyTheMigration) {
  prove_pair("hostile_drop", hostile_schema(hostile_fragments()), kCanary);
}

}  // namespace
}  // namespace schemadelta::testing

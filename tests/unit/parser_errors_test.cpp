// Bad input gets an error with file:line:column, never a crash; unmodeled statements are kept
// and reported, never dropped.
#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

const parser::Diagnostic* first_error(const parser::ParseResult& result) {
  for (const auto& d : result.diagnostics) {
    if (d.severity == parser::Severity::Error) return &d;
  }
  return nullptr;
}

TEST(ParserErrors, TruncatedStatementPointsAtItsEnd) {
  auto result = parse_text("CREATE TABLE a (id int);\nCREATE TABLE t (\n  id integer,\n  name text");
  ASSERT_TRUE(result.has_errors());
  const auto* error = first_error(result);
  EXPECT_EQ(error->location.line, 4);
  EXPECT_NE(error->message.find("CREATE TABLE"), std::string::npos) << error->message;
}

TEST(ParserErrors, TruncatedStatementWithoutParenthesesIsAnError) {
  auto result = parse_text("CREATE TABLE t");
  ASSERT_TRUE(result.has_errors());
  EXPECT_NE(first_error(result)->message.find("truncated"), std::string::npos);
}

TEST(ParserErrors, UnbalancedQuoteNamesTheQuote) {
  auto result = parse_text("CREATE TABLE t (\n  a text DEFAULT 'oops\n);\n");
  ASSERT_TRUE(result.has_errors());
  const auto* error = first_error(result);
  EXPECT_EQ(error->location.line, 2);
  EXPECT_EQ(error->location.column, 18);
  EXPECT_NE(error->message.find("unterminated quoted string"), std::string::npos) << error->message;
}

TEST(ParserErrors, UnterminatedDollarQuote) {
  auto result = parse_text("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1;");
  ASSERT_TRUE(result.has_errors());
  EXPECT_NE(first_error(result)->message.find("dollar"), std::string::npos);
}

TEST(ParserErrors, BinaryGarbageIsRejectedWithAPosition) {
  std::string garbage = "CREATE TABLE t (a int);\n";
  garbage += std::string("\x00\x01\xff\xfe\x80garbage", 12);
  auto result = parse_text(garbage);
  ASSERT_TRUE(result.has_errors());
  EXPECT_EQ(first_error(result)->location.line, 2);
}

TEST(ParserErrors, NulByteInValidUtf8IsRejected) {
  auto result = parse_text(std::string("CREATE TABLE t (a int);\n\x00;", 26));
  ASSERT_TRUE(result.has_errors());
  EXPECT_NE(first_error(result)->message.find("control character"), std::string::npos);
}

// A first deploy starts from nothing: an empty file is an empty schema (the snapshot loader
// warns about it, tests/cli/cli_test.sh).
TEST(ParserErrors, EmptyFileIsAnEmptySchema) {
  for (const std::string text : {"", "  \n\t\n"}) {
    auto result = parse_text(text);
    EXPECT_FALSE(result.has_errors()) << messages(result);
    EXPECT_EQ(result.catalog, model::empty_database_catalog());
    EXPECT_EQ(result.stats.statements, 0u);
  }
}

TEST(ParserErrors, CommentOnlyFileIsAnEmptySchema) {
  auto result = parse_text("-- nothing here yet\n");
  EXPECT_FALSE(result.has_errors()) << messages(result);
  EXPECT_EQ(result.catalog, model::empty_database_catalog());
}

TEST(ParserErrors, WordsThatAreNotSqlAreAnError) {
  auto result = parse_text("hello world;");
  ASSERT_TRUE(result.has_errors());
  EXPECT_NE(first_error(result)->message.find("does not start an SQL statement"), std::string::npos);
}

TEST(ParserErrors, FormattedDiagnosticShowsFileLineColumnAndCaret) {
  auto result = parse_text("CREATE TABLE t (a int,);\n");
  ASSERT_TRUE(result.has_errors());
  auto text = parser::format(*first_error(result));
  EXPECT_EQ(text.rfind("test.sql:1:", 0), 0u) << text;
  EXPECT_NE(text.find("error: "), std::string::npos);
  EXPECT_NE(text.find("^"), std::string::npos);
}

TEST(Unmanaged, UnknownStatementsAreKeptAndReported) {
  auto result = parse_text("CREATE TABLE t (a int);\nCREATE CAST (text AS int) WITH INOUT;\n");
  EXPECT_FALSE(result.has_errors()) << messages(result);
  ASSERT_EQ(result.catalog.unmanaged.size(), 1u);
  EXPECT_EQ(result.catalog.unmanaged[0].kind, "CREATE CAST");
  EXPECT_EQ(result.catalog.unmanaged[0].location.line, 2);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].severity, parser::Severity::Warning);
}

TEST(Unmanaged, StrictMakesThemErrors) {
  auto result = parse_text("CREATE CAST (text AS int) WITH INOUT;", true);
  EXPECT_TRUE(result.has_errors());
}

// Rules are modeled like triggers: what they read and call is known, so they are dropped before
// and created after it. ON SELECT rules (how a view is made) stay unmanaged.
TEST(Unmanaged, RulesAreModeledExceptOnSelect) {
  auto result = parse_text("CREATE TABLE t (a int);\nCREATE TABLE l (a int);\n"
                           "CREATE RULE r AS ON INSERT TO t WHERE NEW.a > 0 DO ALSO (INSERT INTO l VALUES (NEW.a); DELETE FROM l);\n"
                           "CREATE RULE \"_RETURN\" AS ON SELECT TO l DO INSTEAD SELECT 1 AS a;\n"
                           "COMMENT ON RULE r ON t IS 'copies';\n");
  EXPECT_FALSE(result.has_errors()) << messages(result);
  const auto& rules = result.catalog.schemas.at("public").rules;
  ASSERT_EQ(rules.size(), 1u);
  const auto& rule = rules.at({"t", "r"});
  EXPECT_EQ(rule.event, "INSERT");
  EXPECT_FALSE(rule.instead);
  ASSERT_TRUE(rule.where.has_value());
  ASSERT_EQ(result.catalog.unmanaged.size(), 1u);
  EXPECT_EQ(result.catalog.unmanaged[0].kind, "CREATE RULE ON SELECT");
  const model::ObjectId id{model::ObjectKind::Rule, "public", "r", "t", ""};
  EXPECT_EQ(result.catalog.comments.at(id), "copies");
  EXPECT_TRUE(result.catalog.dependencies.at(id).count({model::ObjectKind::Table, "public", "l", "", ""}));
}

// Collations and text search dictionaries and configurations are modeled (A9): what uses them
// depends on them, a COPY of a built-in configuration has its mappings, and parsers and templates
// (C functions) stay unmanaged statements.
TEST(Collations, ModeledWithWhatUsesThem) {
  auto result = parse_text(
      "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);\n"
      "CREATE COLLATION c2 FROM \"C\";\n"
      "CREATE DOMAIN d AS text COLLATE ci;\n"
      "CREATE TEXT SEARCH DICTIONARY nostop (TEMPLATE = snowball, Language = english);\n"
      "CREATE TEXT SEARCH CONFIGURATION cfg (COPY = english);\n"
      "ALTER TEXT SEARCH CONFIGURATION cfg ALTER MAPPING FOR asciiword WITH nostop, simple;\n"
      "ALTER TEXT SEARCH CONFIGURATION cfg DROP MAPPING FOR email;\n"
      "CREATE TABLE t (a text COLLATE ci, b text);\n"
      "CREATE INDEX t_b ON t (b COLLATE c2);\n"
      "CREATE INDEX t_fts ON t USING gin (to_tsvector('cfg', b));\n"
      "COMMENT ON TEXT SEARCH CONFIGURATION cfg IS 'app';\n"
      "CREATE TEXT SEARCH TEMPLATE tmpl (LEXIZE = dsimple_lexize);\n");
  EXPECT_FALSE(result.has_errors()) << messages(result);
  const auto& schema = result.catalog.schemas.at("public");
  const auto& ci = schema.collations.at("ci");
  EXPECT_EQ(ci.provider, "icu");
  EXPECT_FALSE(ci.deterministic);
  EXPECT_EQ(ci.lc_collate, "und-u-ks-level2");
  EXPECT_EQ(schema.collations.at("c2").lc_ctype, "C");
  EXPECT_EQ(schema.text_search_dictionaries.at("nostop").options.at("language"), "'english'");
  const auto& cfg = schema.text_search_configurations.at("cfg");
  EXPECT_EQ(cfg.parser, (model::QualifiedName{"pg_catalog", "default"}));
  EXPECT_EQ(cfg.mappings.at("asciiword"), (std::vector<model::QualifiedName>{{"public", "nostop"}, {"pg_catalog", "simple"}}));
  EXPECT_EQ(cfg.mappings.at("word"), (std::vector<model::QualifiedName>{{"pg_catalog", "english_stem"}}));
  EXPECT_FALSE(cfg.mappings.count("email"));
  const model::ObjectId ci_id{model::ObjectKind::Collation, "public", "ci", "", ""};
  const model::ObjectId cfg_id{model::ObjectKind::TextSearchConfiguration, "public", "cfg", "", ""};
  const auto& deps = result.catalog.dependencies;
  EXPECT_TRUE(deps.at({model::ObjectKind::Column, "public", "a", "t", ""}).count(ci_id));
  EXPECT_TRUE(deps.at({model::ObjectKind::Domain, "public", "d", "", ""}).count(ci_id));
  EXPECT_TRUE(deps.at({model::ObjectKind::Index, "public", "t_b", "t", ""}).count({model::ObjectKind::Collation, "public", "c2", "", ""}));
  EXPECT_TRUE(deps.at({model::ObjectKind::Index, "public", "t_fts", "t", ""}).count(cfg_id));
  EXPECT_TRUE(deps.at(cfg_id).count({model::ObjectKind::TextSearchDictionary, "public", "nostop", "", ""}));
  EXPECT_EQ(result.catalog.comments.at(cfg_id), "app");
  ASSERT_EQ(result.catalog.unmanaged.size(), 1u);
  EXPECT_EQ(result.catalog.unmanaged[0].kind, "CREATE TEXT SEARCH TEMPLATE");
}

// COMMENT ON objects the model does not hold (contrib's bloom and dict_int scripts write
// them): PostgreSQL accepts each, so each is an unmanaged statement, not a syntax error.
TEST(Unmanaged, CommentsOnKindsTheModelDoesNotHoldAreKept) {
  const std::vector<std::pair<std::string, std::string>> statements{
      {"COMMENT ON ACCESS METHOD bloom IS 'bloom index access method'", "COMMENT ON ACCESS METHOD"},
      {"COMMENT ON TEXT SEARCH PARSER p IS 'x'", "COMMENT ON TEXT SEARCH PARSER"},
      {"COMMENT ON TEXT SEARCH TEMPLATE t IS 'x'", "COMMENT ON TEXT SEARCH TEMPLATE"},
      {"COMMENT ON CAST (text AS public.my_type) IS 'x'", "COMMENT ON CAST"},
      {"COMMENT ON CAST (character varying(10)[] AS integer) IS 'x'", "COMMENT ON CAST"},
      {"COMMENT ON CONVERSION myconv IS 'x'", "COMMENT ON CONVERSION"},
      {"COMMENT ON SERVER s IS 'x'", "COMMENT ON SERVER"},
      {"COMMENT ON FOREIGN DATA WRAPPER w IS 'x'", "COMMENT ON FOREIGN DATA WRAPPER"},
      {"COMMENT ON EVENT TRIGGER e IS 'x'", "COMMENT ON EVENT TRIGGER"},
      {"COMMENT ON PUBLICATION p IS 'x'", "COMMENT ON PUBLICATION"},
      {"COMMENT ON SUBSCRIPTION s IS 'x'", "COMMENT ON SUBSCRIPTION"},
      {"COMMENT ON OPERATOR CLASS gin_trgm_ops USING gin IS 'x'", "COMMENT ON OPERATOR CLASS"},
      {"COMMENT ON OPERATOR FAMILY public.f USING btree IS 'x'", "COMMENT ON OPERATOR FAMILY"},
      {"COMMENT ON TRANSFORM FOR hstore LANGUAGE plpython3u IS 'x'", "COMMENT ON TRANSFORM FOR"},
      {"COMMENT ON STATISTICS public.st IS 'x'", "COMMENT ON STATISTICS"},
      {"COMMENT ON TABLESPACE ts IS 'x'", "COMMENT ON TABLESPACE"},
      {"COMMENT ON LARGE OBJECT 12345 IS 'x'", "COMMENT ON LARGE OBJECT"},
      {"COMMENT ON PROCEDURAL LANGUAGE plpgsql IS 'x'", "COMMENT ON PROCEDURAL LANGUAGE"}};
  for (const auto& [text, kind] : statements) {
    auto result = parse_text(text + ";\n");
    EXPECT_FALSE(result.has_errors()) << text << "\n" << messages(result);
    ASSERT_EQ(result.catalog.unmanaged.size(), 1u) << text;
    EXPECT_EQ(result.catalog.unmanaged[0].kind, kind) << text;
    EXPECT_TRUE(result.catalog.comments.empty()) << text;
  }
  // Still read far enough to refuse what PostgreSQL refuses.
  for (const std::string text : {"COMMENT ON ACCESS bloom IS 'x';", "COMMENT ON TEXT SEARCH intdict IS 'x';",
                                 "COMMENT ON OPERATOR CLASS c IS 'x';", "COMMENT ON LARGE OBJECT lo IS 'x';"}) {
    EXPECT_TRUE(parse_text(text).has_errors()) << text;
  }
}

// COMMENT ... IS '' drops the comment as IS NULL does: pg_dump prints none.
TEST(Comments, AnEmptyCommentIsNoComment) {
  auto result = parse_text("CREATE TABLE t (a int);\nCOMMENT ON TABLE t IS 'kept';\nCOMMENT ON TABLE t IS '';\n"
                           "COMMENT ON COLUMN t.a IS '';\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  EXPECT_TRUE(result.catalog.comments.empty());
  EXPECT_EQ(parse_text("CREATE TABLE t (a int);\nCOMMENT ON TABLE t IS ' ';\n").catalog.comments.size(), 1u);
}

TEST(Unmanaged, SemicolonsInsideRuleBodiesDoNotSplitTheStatement) {
  auto result = parse_text("CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2);\nCREATE TABLE t (a int);");
  EXPECT_FALSE(result.has_errors()) << messages(result);
  EXPECT_EQ(result.catalog.unmanaged.size(), 1u);
  EXPECT_EQ(result.catalog.schemas.at("public").tables.size(), 1u);
}

TEST(Session, PsqlMetaCommandsAndSessionSettingsAreNotStatements) {
  auto result = parse_text("\\restrict abc\nSET statement_timeout = 0;\nSELECT pg_catalog.set_config('search_path', '', false);\n"
                           "CREATE TABLE public.t (a int);\n\\unrestrict abc\n");
  EXPECT_EQ(messages(result), "");
  EXPECT_TRUE(result.catalog.unmanaged.empty());
}

std::string nested(const std::string& open, const std::string& close, int levels) {
  std::string text = "CREATE TABLE t (a int DEFAULT ";
  for (int i = 0; i < levels; ++i) text += open;
  text += "1";
  for (int i = 0; i < levels; ++i) text += close;
  return text + ");";
}

// Parentheses, brackets, CASE and operator chains all recurse in the parser: up to PostgreSQL's
// own limit they parse, beyond it they are an error, never a stack overflow.
TEST(ParserErrors, DeepNestingIsAnErrorNotACrash) {
  const std::vector<std::pair<std::string, std::string>> kinds{
      {"(", ")"}, {"ARRAY[", "]"}, {"CASE WHEN true THEN ", " END"}, {"- ", ""}, {"+ ", ""}};
  for (const auto& [open, close] : kinds) {
    auto fits = parse_text(nested(open, close, 9000));
    EXPECT_FALSE(fits.has_errors()) << open << ": " << messages(fits);
    auto too_deep = parse_text(nested(open, close, 30000));
    ASSERT_TRUE(too_deep.has_errors()) << open;
    EXPECT_NE(first_error(too_deep)->message.find("nested too deeply"), std::string::npos) << first_error(too_deep)->message;
  }
}

TEST(ParserErrors, ALongLineIsShownAroundTheColumn) {
  auto result = parse_text("CREATE TABLE t (a int DEFAULT " + std::string(5000, '1') + " $$);");
  ASSERT_TRUE(result.has_errors());
  const std::string text = parser::format(*first_error(result));
  EXPECT_LT(text.size(), 500u) << text;
  EXPECT_NE(text.find("..."), std::string::npos);
}

// A key made from an index the server would refuse never becomes some other constraint.
TEST(ParserErrors, KeyUsingAnIndexThatCannotBackItIsAnError) {
  const std::string table = "CREATE TABLE t (id int NOT NULL, v text);\n";
  for (const std::string index : {"CREATE INDEX i ON t (id);", "CREATE UNIQUE INDEX i ON t (lower(v));",
                                  "CREATE UNIQUE INDEX i ON t (id) WHERE id > 0;", "CREATE UNIQUE INDEX i ON t (id DESC);",
                                  "CREATE UNIQUE INDEX other ON t (id);"}) {
    auto result = parse_text(table + index + "\nALTER TABLE t ADD CONSTRAINT k PRIMARY KEY USING INDEX i;\n");
    ASSERT_TRUE(result.has_errors()) << index;
    EXPECT_EQ(first_error(result)->location.line, 3) << index;
    EXPECT_TRUE(result.catalog.find_schema("public")->tables.at("t").constraints.empty()) << index;
  }
  auto in_create = parse_text("CREATE TABLE x (a int);\nCREATE UNIQUE INDEX i ON x (a);\nCREATE TABLE t (id int, UNIQUE USING INDEX i);\n");
  ASSERT_TRUE(in_create.has_errors());
  EXPECT_NE(first_error(in_create)->message.find("existing index in CREATE TABLE"), std::string::npos);
}

}  // namespace
}  // namespace schemadelta::testing

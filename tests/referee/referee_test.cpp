// Every SQL file in the repository, statement by statement: our parser and PostgreSQL's
// (libpg_query) give the same verdict, and for accepted DDL our builders make the objects
// PostgreSQL's parse tree names. Disagreements that are not bugs are listed, with reasons, in
// exceptions.txt; an exception that no longer matches anything fails too.
#include <fnmatch.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "tests/referee/referee.h"

namespace schemadelta::referee {
namespace {

namespace fs = std::filesystem;

const std::string kRoot = SCHEMADELTA_SOURCE_DIR;

struct Exception {
  std::string pattern;  // path relative to the repository, fnmatch globs
  int line = 0;         // 0: any line
  std::string kind;
  std::string reason;
  int source_line = 0;
  size_t used = 0;
  bool covers(const Disagreement& d, const std::string& relative) const {
    return kind == d.kind && (line == 0 || line == d.line) && fnmatch(pattern.c_str(), relative.c_str(), 0) == 0;
  }
};

// Lines "PATH[:LINE] KIND reason...", '#' comments. Every exception needs a reason.
std::vector<Exception> read_exceptions() {
  std::vector<Exception> exceptions;
  std::istringstream in(read_file(kRoot + "/tests/referee/exceptions.txt"));
  std::string text;
  for (int number = 1; std::getline(in, text); ++number) {
    if (text.empty() || text[0] == '#') continue;
    std::istringstream fields(text);
    Exception e;
    std::string where;
    fields >> where >> e.kind;
    std::getline(fields >> std::ws, e.reason);
    e.source_line = number;
    if (auto colon = where.rfind(':'); colon != std::string::npos) {
      e.line = std::stoi(where.substr(colon + 1));
      where = where.substr(0, colon);
    }
    e.pattern = where;
    EXPECT_FALSE(e.kind.empty() || e.reason.empty()) << "exceptions.txt:" << number << ": PATH[:LINE] KIND and a reason";
    exceptions.push_back(e);
  }
  return exceptions;
}

std::string relative(const std::string& path) { return fs::relative(path, kRoot).generic_string(); }

// Spaces for everything but line ends: the text keeps its positions without its statements.
std::string blanked(std::string text) {
  for (auto& c : text) {
    if (c != '\n') c = ' ';
  }
  return text;
}

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// A repository file as what it is: a fuzz regression of diff/ holds two snapshots split at a
// line `-- target`, judged one at a time; a case's expected_up.sql runs on its source.sql and
// expected_down.sql on its target.sql, which our parser reads first.
Verdicts judge_repository_file(const std::string& path) {
  const std::string name = relative(path);
  const std::string text = read_file(path);
  Options options;
  if (name.rfind("tests/fuzz_regressions/diff/", 0) == 0) {
    const std::string marker = "\n-- target\n";
    const size_t split = text.find(marker);
    if (split != std::string::npos) {
      const size_t target = split + marker.size();
      Verdicts verdicts = judge(name, text.substr(0, target) + blanked(text.substr(target)));
      verdicts += judge(name, blanked(text.substr(0, target)) + text.substr(target));
      return verdicts;
    }
  }
  const fs::path folder = fs::path(path).parent_path();
  if (ends_with(name, "/expected_up.sql") && fs::exists(folder / "source.sql")) {
    options.context_files.push_back({relative((folder / "source.sql").string()), read_file((folder / "source.sql").string())});
  }
  if (ends_with(name, "/expected_down.sql") && fs::exists(folder / "target.sql")) {
    options.context_files.push_back({relative((folder / "target.sql").string()), read_file((folder / "target.sql").string())});
  }
  return judge(name, text, options);
}

TEST(Referee, EverySqlFileOfTheRepositoryAgreesWithPostgres) {
  const auto files = sql_files({kRoot});
  ASSERT_FALSE(files.empty());
  auto exceptions = read_exceptions();
  Verdicts total;
  size_t excused = 0;
  for (const auto& file : files) {
    const std::string name = relative(file);
    const Verdicts verdicts = judge_repository_file(file);
    for (const auto& d : verdicts.disagreements) {
      auto covering = std::find_if(exceptions.begin(), exceptions.end(), [&](const Exception& e) { return e.covers(d, name); });
      if (covering != exceptions.end()) {
        ++covering->used;
        ++excused;
        continue;
      }
      ADD_FAILURE() << d.file << ":" << d.line << ":" << d.column << ": " << d.kind << ": " << d.detail;
    }
    total += verdicts;
  }
  for (const auto& e : exceptions) {
    EXPECT_GT(e.used, 0u) << "exceptions.txt:" << e.source_line << ": matches no disagreement any more (" << e.pattern
                          << " " << e.kind << "): remove it";
  }
  std::cout << "[ referee ] " << files.size() << " files, " << total.statements << " statements, " << total.agreements
            << " agree (" << total.both_reject << " rejected by both, " << total.unmanaged << " unmanaged by us), "
            << total.unjudged << " unjudged; " << excused << " listed exceptions ("
            << count_by_kind(total.disagreements) << ")\n";
  EXPECT_GT(total.statements, files.size());
}

// The referee itself: each verdict and object check can fail, and says where.

TEST(Referee, AgreementIsCountedPerStatement) {
  const auto v = judge("t.sql", "CREATE TABLE s.t (a integer CONSTRAINT a_positive CHECK (a > 0), b text);\n"
                                "CREATE INDEX t_b ON s.t (b);\n-- between\nCREATE VIEW s.v AS SELECT a FROM s.t;\n");
  EXPECT_EQ(v.statements, 3u);
  EXPECT_EQ(v.agreements, 3u);
  EXPECT_TRUE(v.disagreements.empty()) << v.disagreements.front().detail;
}

TEST(Referee, ARejectionByBothIsAnAgreement) {
  const auto v = judge("t.sql", "CREATE TABLE t (a integer);\nCREATE TABLE u (a integer,, b text);\n");
  EXPECT_EQ(v.statements, 2u);
  EXPECT_EQ(v.both_reject, 1u);
  EXPECT_TRUE(v.disagreements.empty()) << v.disagreements.front().detail;
}

TEST(Referee, AStatementOnlyPostgresRejectsIsReportedWhereItFails) {
  // VACUUM is not modeled: our parser keeps it without reading it, PostgreSQL rejects it.
  const auto v = judge("t.sql", "CREATE TABLE t (a integer);\n  VACUUM FULL FULL FULL t;\n");
  ASSERT_EQ(v.disagreements.size(), 1u);
  const auto& d = v.disagreements.front();
  EXPECT_EQ(d.line, 2);
  EXPECT_GT(d.column, 3);  // at the token PostgreSQL stops at, not the statement's start
  EXPECT_TRUE(d.kind == "unmanaged-accepts" || d.kind == "ours-accepts") << d.kind;
}

TEST(Referee, NamesAreComparedAsPostgresFoldsThem) {
  const auto v = judge("t.sql", "CREATE TABLE \"Mixed\" (\"Col\" integer, plain integer);\nCREATE TABLE MIXED (a integer);\n");
  EXPECT_EQ(v.statements, 2u);
  EXPECT_EQ(v.agreements, 2u) << (v.disagreements.empty() ? "" : v.disagreements.front().detail);
}

TEST(Referee, AnObjectOfAnotherKindOrNameIsReported) {
  using model::ObjectId;
  using model::ObjectKind;
  const std::string sql = "CREATE INDEX t_a ON app.t (a)";
  EXPECT_TRUE(compare_objects(sql, {ObjectId{ObjectKind::Index, "app", "t_a", "t", ""}}).empty());
  const auto wrong_kind = compare_objects(sql, {ObjectId{ObjectKind::Constraint, "app", "t_a", "t", ""}});
  ASSERT_EQ(wrong_kind.size(), 2u);  // a constraint PostgreSQL does not name, and no index
  EXPECT_EQ(wrong_kind[0].first, "object");
  EXPECT_EQ(wrong_kind[1].first, "missing");
  const auto wrong_schema = compare_objects(sql, {ObjectId{ObjectKind::Index, "public", "t_a", "t", ""}});
  ASSERT_FALSE(wrong_schema.empty());
  EXPECT_EQ(wrong_schema[0].first, "object");
  const auto column = compare_objects("ALTER TABLE t ADD COLUMN b text, ADD CONSTRAINT b_key UNIQUE (b)",
                                      {ObjectId{ObjectKind::Column, "public", "b", "t", ""}});
  ASSERT_EQ(column.size(), 1u);  // the named constraint is missing
  EXPECT_EQ(column[0].first, "missing");
}

// Statements of contrib's extension scripts our grammar once refused while PostgreSQL accepts
// them: both accept them now, and the routine is modeled with its OUT parameter.
TEST(Referee, ContribSyntaxGetsPostgresVerdict) {
  const auto v = judge("t.sql",
                       "CREATE FUNCTION pg_check_frozen(regclass, t_ctid OUT tid) RETURNS SETOF tid AS 'x', 'y' LANGUAGE C;\n"
                       "COMMENT ON FUNCTION pg_check_frozen(setof regclass) IS 'an aggregate writes its input so';\n"
                       "CREATE TYPE ean13 (INPUT = ean13_in, OUTPUT = ean13_out, LIKE = pg_catalog.int8, DEFAULT = '0');\n"
                       "CREATE AGGREGATE old_sum (BASETYPE = integer, SFUNC = int4pl, STYPE = integer);\n"
                       "COMMENT ON LANGUAGE plpgsql IS 'PL/pgSQL procedural language';\n");
  EXPECT_EQ(v.statements, 5u);
  EXPECT_EQ(v.agreements, 5u);
  EXPECT_TRUE(v.disagreements.empty()) << v.disagreements.front().kind << ": " << v.disagreements.front().detail;
  EXPECT_EQ(v.unmanaged, 2u);  // the old aggregate syntax and a language's comment are kept, not modeled
}

// COMMENT ON FUNCTION naming an aggregate: the server takes it (only procedures are refused).
TEST(Referee, ACommentOnFunctionNamingAnAggregateIsTaken) {
  const auto v = judge("t.sql", "CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);\n"
                                "COMMENT ON FUNCTION total(setof integer) IS 'as PostGIS writes it';\n");
  EXPECT_EQ(v.agreements, 2u);
  EXPECT_TRUE(v.disagreements.empty()) << v.disagreements.front().kind << ": " << v.disagreements.front().detail;
}

// Bacula's `CREATE TABLE JobHisto (LIKE Job)` and DAViCal's `CREATE TEMP TABLE ... AS SELECT`:
// PostgreSQL's parser takes both; ours models the first (LIKE copies columns and NOT NULL) and
// keeps the second as unmanaged (its columns are a query's).
TEST(Referee, LikeAndCreateTableAsGetPostgresVerdict) {
  const auto v = judge("t.sql", "CREATE TABLE job (id integer NOT NULL DEFAULT 1, name text);\n"
                                "CREATE TABLE job_histo (LIKE job INCLUDING DEFAULTS, extra integer);\n"
                                "CREATE TEMP TABLE version_check AS SELECT * FROM job;\n");
  EXPECT_EQ(v.statements, 3u);
  EXPECT_EQ(v.agreements, 3u);
  EXPECT_EQ(v.unmanaged, 1u);
  EXPECT_TRUE(v.disagreements.empty()) << v.disagreements.front().kind << ": " << v.disagreements.front().detail;
}

// PostgreSQL's parser takes SETOF in any parameter; the server refuses it in a routine it
// creates, and so do our builders.
TEST(Referee, ASetArgumentIsRefusedByOurBuilderAsByTheServer) {
  const auto v = judge("t.sql", "CREATE FUNCTION f(setof integer) RETURNS integer AS 'SELECT 1' LANGUAGE sql;\n");
  ASSERT_EQ(v.disagreements.size(), 1u);
  EXPECT_EQ(v.disagreements.front().kind, "builder-rejects");
}

TEST(Referee, StatementsAfterAnErrorThatEndsOurReadingAreNotJudged) {
  const auto v = judge("t.sql", "CREATE TABLE t (a integer);\nSELECT 'open;\nCREATE TABLE u (a integer);\n");
  EXPECT_TRUE(v.disagreements.empty()) << v.disagreements.front().detail;
  EXPECT_EQ(v.statements + v.unjudged, 2u);  // the open string runs to the end for both
}

// Each of `statements` statements judged, and every verdict the same as PostgreSQL's.
void expect_all_agree(const Verdicts& v, size_t statements) {
  EXPECT_EQ(v.statements, statements);
  EXPECT_EQ(v.agreements, statements);
  for (const auto& d : v.disagreements) ADD_FAILURE() << d.line << ": " << d.kind << ": " << d.detail;
}

// Foreign keys and CHECKs own no index: an index may take their names (PostgreSQL accepts it).
TEST(Referee, AnIndexNamedLikeAForeignKeyOrCheckIsTaken) {
  const auto v = judge("t.sql", "CREATE TABLE c (id int PRIMARY KEY);\n"
                                "CREATE TABLE d (id int, cid int REFERENCES c(id), v int CHECK (v > 0));\n"
                                "CREATE INDEX d_cid_fkey ON d(cid);\nCREATE INDEX d_v_check ON d(v);\n");
  expect_all_agree(v, 4);
}

// COMMENT ON kinds the model does not hold (contrib's bloom, dict_int): both accept, ours keeps
// them unmanaged; a misspelled one both reject.
TEST(Referee, CommentsOnUnmodeledKindsGetPostgresVerdict) {
  const auto v = judge("t.sql", "COMMENT ON ACCESS METHOD bloom IS 'bloom index access method';\n"
                                "COMMENT ON TEXT SEARCH DICTIONARY intdict IS 'dictionary for integers';\n"
                                "COMMENT ON CAST (text AS integer) IS 'x';\n"
                                "COMMENT ON OPERATOR FAMILY f USING btree IS 'x';\n"
                                "COMMENT ON FOREIGN DATA WRAPPER w IS 'x';\n"
                                "COMMENT ON LARGE OBJECT 42 IS 'x';\n"
                                "COMMENT ON TEXT SEARCH intdict IS 'x';\n");
  expect_all_agree(v, 7);
  EXPECT_EQ(v.unmanaged, 6u);
  EXPECT_EQ(v.both_reject, 1u);
}

}  // namespace
}  // namespace schemadelta::referee

#include "release/tool_files.h"

#include <chrono>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "generator/postgres/quoting.h"
#include "model/printable.h"
#include "release/script_file.h"

namespace schemadelta::release {

namespace {

namespace fs = std::filesystem;
using generator::postgres::comment_line;
using generator::postgres::qualified;
using generator::postgres::quote_literal;
using generator::postgres::type_sql;

std::string column_list(const model::Table& table) {
  std::vector<std::string> columns;
  for (const auto& column : table.columns) columns.push_back(column.name + " " + type_sql(column.type));
  std::sort(columns.begin(), columns.end());  // the server's side sorts by name (C collation)
  std::string text;
  for (const auto& column : columns) text += (text.empty() ? "" : ", ") + column;
  return text;
}

std::set<std::string> relation_names(const model::Schema& schema) {
  std::set<std::string> names;
  for (const auto* map : {&schema.views, &schema.materialized_views}) for (const auto& [name, _] : *map) names.insert(name);
  for (const auto& [name, _] : schema.tables) names.insert(name);
  for (const auto& [name, _] : schema.sequences) names.insert(name);
  for (const auto& [name, _] : schema.indexes) names.insert(name);
  return names;
}

std::set<std::string> routine_names(const model::Schema& schema) {
  std::set<std::string> names;
  for (const auto& [_, routine] : schema.routines) names.insert(routine.name);
  return names;
}

std::set<std::string> type_names(const model::Schema& schema) {
  std::set<std::string> names;
  for (const auto& [name, _] : schema.types) names.insert(name);
  for (const auto& [name, _] : schema.domains) names.insert(name);
  return names;
}

// IF condition THEN RAISE ... : `what` is escaped into a literal (names cannot reach the code).
std::string fail_if(const std::string& condition, const std::string& what) {
  return "  IF " + condition + " THEN RAISE EXCEPTION '%', " + quote_literal("not at TARGET: " + model::printable(what)) + "; END IF;\n";
}

bool write_file(const fs::path& path, const std::string& text, std::string& problem) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) problem = "cannot write " + model::printable(path.string());
  return static_cast<bool>(out);
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string utc_now() { return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())); }

std::string fingerprint_note(const ToolScripts& scripts) {
  const auto fingerprints = read_fingerprints(scripts.migration);
  return fingerprints ? fingerprints->source + " -> " + fingerprints->target : std::string("unknown fingerprints");
}

std::string schemas_of(const model::Catalog* catalog) {
  std::string text;
  if (catalog) for (const auto& [name, _] : catalog->schemas) text += (text.empty() ? "" : ", ") + name;
  return text.empty() ? "(none)" : text;
}

}  // namespace

std::string target_state_check(const model::Catalog& source, const model::Catalog& target) {
  std::string code = "BEGIN\n";
  for (const auto& [name, schema] : target.schemas) {
    const std::string schema_literal = quote_literal(generator::postgres::quote_identifier(name));
    code += fail_if("to_regnamespace(" + schema_literal + ") IS NULL", "schema " + name + " is missing");
    for (const auto& relation : relation_names(schema)) {
      code += fail_if("to_regclass(" + quote_literal(qualified(name, relation)) + ") IS NULL", "relation " + name + "." + relation + " is missing");
    }
    for (const auto& [table_name, table] : schema.tables) {
      code += fail_if("(SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attname) FROM pg_attribute "
                      "WHERE attrelid = to_regclass(" + quote_literal(qualified(name, table_name)) +
                          ") AND attnum > 0 AND NOT attisdropped) IS DISTINCT FROM " + quote_literal(column_list(table)),
                      "the columns of " + name + "." + table_name + " differ");
    }
    for (const auto& routine : routine_names(schema)) {
      code += fail_if("NOT EXISTS (SELECT 1 FROM pg_proc WHERE pronamespace = to_regnamespace(" + schema_literal + ") AND proname = " +
                          quote_literal(routine) + ")",
                      "routine " + name + "." + routine + " is missing");
    }
    for (const auto& type : type_names(schema)) {
      code += fail_if("to_regtype(" + quote_literal(qualified(name, type)) + ") IS NULL", "type " + name + "." + type + " is missing");
    }
  }
  // What TARGET dropped must be gone.
  for (const auto& [name, schema] : source.schemas) {
    const auto* kept = target.find_schema(name);
    if (!kept) {
      code += fail_if("to_regnamespace(" + quote_literal(generator::postgres::quote_identifier(name)) + ") IS NOT NULL", "schema " + name + " is still there");
      continue;
    }
    const auto target_relations = relation_names(*kept);
    for (const auto& relation : relation_names(schema)) {
      if (target_relations.count(relation)) continue;
      code += fail_if("to_regclass(" + quote_literal(qualified(name, relation)) + ") IS NOT NULL", "relation " + name + "." + relation + " is still there");
    }
  }
  code += "END";
  // Types show schema-qualified unless in pg_catalog, as the expected lists write them.
  return "SET search_path = pg_catalog;\n" + generator::postgres::do_block("schemadelta_verify", code) + "\n";
}

std::string write_sqitch(const fs::path& dir, const std::string& change, const ToolScripts& scripts) {
  // Sqitch's names: no blanks, no ':', '@', '#', '\\' and no trailing punctuation; kept to a safe subset.
  static const std::regex valid("[A-Za-z_][A-Za-z0-9_-]*[A-Za-z0-9_]|[A-Za-z_]");
  if (!std::regex_match(change, valid)) return "--change " + model::printable(change) + ": a Sqitch change name is letters, digits, '_' and '-', starting with a letter or '_'";
  if (!scripts.source || !scripts.target) return "no catalogs";
  std::error_code error;
  for (const char* sub : {"deploy", "revert", "verify"}) {
    fs::create_directories(dir / sub, error);
    if (error) return "cannot create " + model::printable((dir / sub).string()) + ": " + error.message();
  }
  const fs::path plan = dir / "sqitch.plan";
  std::string plan_text = fs::exists(plan) ? read_text(plan) : "%syntax-version=1.0.0\n%project=schemadelta\n\n";
  std::istringstream lines(plan_text);
  for (std::string line; std::getline(lines, line);) {
    if (line.substr(0, line.find(' ')) == change) return "sqitch.plan already has a change " + change;
  }
  std::string problem;
  if (!fs::exists(dir / "sqitch.conf") && !write_file(dir / "sqitch.conf", "[core]\n\tengine = pg\n\tplan_file = sqitch.plan\n\ttop_dir = .\n", problem)) return problem;
  const std::string head = comment_line("Sqitch change " + change + ", written by schemadelta diff: " + scripts.source_name + " -> " + scripts.target_name) + "\n";
  if (!write_file(dir / "deploy" / (change + ".sql"), head + scripts.migration, problem)) return problem;
  if (!write_file(dir / "revert" / (change + ".sql"), head + scripts.rollback, problem)) return problem;
  if (!write_file(dir / "verify" / (change + ".sql"), head + comment_line("Fails unless the database is at TARGET " + fingerprint_note(scripts)) + "\n" +
                                                           target_state_check(*scripts.source, *scripts.target),
                  problem)) {
    return problem;
  }
  if (!plan_text.empty() && plan_text.back() != '\n') plan_text += "\n";
  // name timestamp planner <email> # note: the note is escaped to one line and holds no '#' ambiguity (it is last).
  plan_text += change + " " + utc_now() + " schemadelta <schemadelta@localhost> # " +
               model::printable("schemadelta diff " + scripts.source_name + " -> " + scripts.target_name + " (" + fingerprint_note(scripts) + ")") + "\n";
  return write_file(plan, plan_text, problem) ? "" : problem;
}

std::string flyway_file_name(char prefix, const std::string& version, const std::string& description) {
  // Flyway: a version is digits separated by '.' or '_' (shown as '.'); the separator is "__";
  // a description's underscores read as spaces.
  static const std::regex valid_version("[0-9]+([._][0-9]+)*");
  static const std::regex valid_description("[A-Za-z0-9 _.-]+");
  if (!std::regex_match(version, valid_version) || !std::regex_match(description, valid_description)) return "";
  std::string name = description;
  for (auto& c : name) if (c == ' ') c = '_';
  return std::string(1, prefix) + version + "__" + name + ".sql";
}

std::string write_flyway(const fs::path& dir, const std::string& version, const std::string& description, const ToolScripts& scripts) {
  const std::string versioned = flyway_file_name('V', version, description), undo = flyway_file_name('U', version, description);
  if (versioned.empty()) {
    return "--version " + model::printable(version) + " --description " + model::printable(description) +
           ": Flyway needs a version of digits separated by '.' or '_' and a description of letters, digits, spaces, '_', '.' and '-'";
  }
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) return "cannot create " + model::printable(dir.string()) + ": " + error.message();
  if (fs::exists(dir / versioned) || fs::exists(dir / undo)) return model::printable((dir / versioned).string()) + " or its undo exists already: a Flyway version is written once";
  auto head = [&](const std::string& kind, const model::Catalog* expects) {
    return comment_line("Flyway " + kind + " migration " + version + " (" + description + "), written by schemadelta diff") + "\n" +
           comment_line("Expects the schemas: " + schemas_of(expects) + " (set flyway.schemas to them)") + "\n";
  };
  // The scripts commit themselves and run parts outside a transaction (new enum values,
  // CREATE INDEX CONCURRENTLY): Flyway must not wrap them in one.
  const std::string conf = "executeInTransaction=false\n";
  std::string problem;
  if (!write_file(dir / versioned, head("versioned", scripts.source) + scripts.migration, problem) || !write_file(dir / (versioned + ".conf"), conf, problem) ||
      !write_file(dir / undo, head("undo", scripts.target) + scripts.rollback, problem) || !write_file(dir / (undo + ".conf"), conf, problem)) {
    return problem;
  }
  return "";
}

std::string write_liquibase(const fs::path& file, const std::string& author, const std::string& id, const ToolScripts& scripts) {
  // "--changeset author:id": neither may hold blanks or ':' (the id ends at the first blank).
  static const std::regex valid("[A-Za-z0-9_.@-]+");
  if (!std::regex_match(author, valid) || !std::regex_match(id, valid)) {
    return "--author " + model::printable(author) + " --id " + model::printable(id) + ": Liquibase reads letters, digits, '_', '.', '@' and '-' there";
  }
  // A line Liquibase would take for one of its own ("--changeset", "--rollback", "--comment", ...)
  // cannot be in the body: said, not written.
  static const std::regex directive(R"(\s*--\s*(liquibase|changeset|rollback|comment|precondition|preconditions|validchecksum|ignorelines|property|include|includeall)\b.*)",
                                    std::regex::icase);
  std::istringstream body(scripts.migration + scripts.rollback);
  for (std::string line; std::getline(body, line);) {
    if (std::regex_match(line, directive)) return "a line of the scripts reads as a Liquibase directive: " + model::printable(line);
  }
  std::string text = "--liquibase formatted sql\n\n";
  // The script splits nothing itself ($$ bodies hold ';') and holds its own transaction.
  text += "--changeset " + author + ":" + id + " splitStatements:false rollbackSplitStatements:false runInTransaction:false\n";
  text += "--comment: schemadelta diff " + model::printable(scripts.source_name + " -> " + scripts.target_name + " (" + fingerprint_note(scripts) + ")") + "\n";
  text += scripts.migration;
  if (!text.empty() && text.back() != '\n') text += "\n";
  std::istringstream rollback(scripts.rollback);
  for (std::string line; std::getline(rollback, line);) text += "--rollback " + line + "\n";
  std::error_code error;
  if (file.has_parent_path()) fs::create_directories(file.parent_path(), error);
  std::string problem;
  return write_file(file, text, problem) ? "" : problem;
}

}  // namespace schemadelta::release

#include "tests/referee/referee.h"

#include <pg_query.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <map>
#include <nlohmann/json.hpp>
#include <functional>
#include <optional>
#include <set>

#include "model/builtin_objects.h"
#include "model/catalog.h"
#include "parser/parse.h"
#include "parser/sql_text.h"

namespace schemadelta::referee {

namespace {

using nlohmann::json;
using model::ObjectKind;

// ---- positions: our diagnostics say line:column (code points), libpg_query says byte offsets.

class Positions {
 public:
  explicit Positions(const std::string& text) : text_(text) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(i + 1);
    }
  }
  size_t offset(int line, int column) const {
    if (line < 1) return 0;
    if (static_cast<size_t>(line) > starts_.size()) return text_.size();
    size_t at = starts_[line - 1];
    for (int c = 1; c < column && at < text_.size() && text_[at] != '\n'; ++c) {
      ++at;
      while (at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80) ++at;
    }
    return at;
  }
  std::pair<int, int> line_column(size_t offset) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    const size_t line = static_cast<size_t>(it - starts_.begin());
    int column = 1;
    for (size_t i = starts_[line - 1]; i < offset && i < text_.size(); ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    }
    return {static_cast<int>(line), column};
  }

 private:
  const std::string& text_;
  std::vector<size_t> starts_;
};

// Past whitespace and comments (nested /* */ as PostgreSQL nests them).
size_t skip_blank(const std::string& text, size_t at, size_t end) {
  while (at < end) {
    const char c = text[at];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++at;
    } else if (c == '-' && at + 1 < end && text[at + 1] == '-') {
      while (at < end && text[at] != '\n') ++at;
    } else if (c == '/' && at + 1 < end && text[at + 1] == '*') {
      const size_t open = at;
      int depth = 0;
      do {
        if (text.compare(at, 2, "/*") == 0) { ++depth; at += 2; }
        else if (text.compare(at, 2, "*/") == 0) { --depth; at += 2; }
        else ++at;
      } while (depth > 0 && at < end);
      if (depth > 0) return open;  // never closed: an error of its own, not a blank
    } else if (c == ';') {
      ++at;
    } else {
      break;
    }
  }
  return at;
}

// The rows after `COPY ... FROM stdin;` in a full dump, through the line `\.`: psql sends them as
// data, neither parser reads them as SQL. Blanked, so positions stay.
void blank_copy_data(std::string& text) {
  bool in_data = false;
  for (size_t at = 0; at < text.size();) {
    const size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view line(text.data() + at, end - at);
    if (in_data) {
      in_data = line != "\\." && line != "\\.\r";
      std::fill(text.begin() + static_cast<long>(at), text.begin() + static_cast<long>(end), ' ');
    } else if (line.rfind("COPY ", 0) == 0 && (line.find(" FROM stdin;") != std::string_view::npos)) {
      in_data = true;
    }
    at = end + 1;
  }
}

// ---- the statements of a file, as libpg_query splits them

struct Statement {
  size_t begin = 0, end = 0;  // [begin, end): from the first token to the next statement
  size_t text_end = 0;        // end of the statement's own text (before its semicolon)
};

std::vector<Statement> split(const std::string& text) {
  std::vector<Statement> statements;
  auto take = [&](const PgQuerySplitResult& result, bool last_runs_to_the_end = false) {
    for (int i = 0; i < result.n_stmts; ++i) {
      // stmt_len 0: the statement runs to the end of the input (of the text, when a prefix was split).
      const auto* s = result.stmts[i];
      const size_t location = static_cast<size_t>(s->stmt_location);
      const size_t end = s->stmt_len == 0 ? text.size() : location + static_cast<size_t>(s->stmt_len);
      const size_t begin = skip_blank(text, location, end);
      if (begin < end) statements.push_back({begin, 0, end});
    }
    if (last_runs_to_the_end && !statements.empty()) statements.back().text_end = text.size();
  };
  PgQuerySplitResult by_parser = pg_query_split_with_parser(text.c_str());
  if (!by_parser.error) {
    take(by_parser);
  } else {
    PgQuerySplitResult by_scanner = pg_query_split_with_scanner(text.c_str());
    if (!by_scanner.error) {
      take(by_scanner);
    } else if (by_scanner.error->cursorpos > 1) {
      // A lexical error (an unterminated string): the statements before it, and the one it is
      // in, which runs to the end.
      const std::string prefix = text.substr(0, static_cast<size_t>(by_scanner.error->cursorpos - 1));
      PgQuerySplitResult before = pg_query_split_with_scanner(prefix.c_str());
      if (!before.error) take(before, true);
      pg_query_free_split_result(before);
    }
    pg_query_free_split_result(by_scanner);
  }
  pg_query_free_split_result(by_parser);
  // What the split leaves at the end (an unclosed parenthesis, an unterminated string) is a
  // statement of its own.
  const size_t covered = statements.empty() ? 0 : statements.back().text_end;
  const size_t rest = skip_blank(text, covered, text.size());
  if (rest < text.size()) statements.push_back({rest, 0, text.size()});
  for (size_t i = 0; i < statements.size(); ++i) {
    statements[i].end = i + 1 < statements.size() ? statements[i + 1].begin : text.size();
  }
  return statements;
}

// ---- what PostgreSQL's parse tree says a statement creates

struct Expected {
  ObjectKind kind;
  std::string schema;  // empty: unqualified, any schema
  std::string name;    // empty: a name PostgreSQL chooses (unnamed index or constraint)
  std::string parent;  // owning relation, for columns, constraints, indexes, triggers, policies
  bool if_not_exists = false;  // IF NOT EXISTS: made by an earlier statement is as good
};

std::string str(const json& node, const char* key) {
  auto it = node.find(key);
  return it != node.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// [{"String":{"sval":"a"}}, ...] -> {"a", ...}
std::vector<std::string> names(const json& list) {
  std::vector<std::string> parts;
  if (!list.is_array()) return parts;
  for (const auto& item : list) {
    if (item.contains("String")) parts.push_back(str(item["String"], "sval"));
  }
  return parts;
}

void qualified(Expected& e, const std::vector<std::string>& parts) {
  if (parts.empty()) return;
  e.name = parts.back();
  if (parts.size() >= 2) e.schema = parts[parts.size() - 2];
}

Expected relation(ObjectKind kind, const json& range) {
  return {kind, str(range, "schemaname"), str(range, "relname"), ""};
}

void add_constraint(std::vector<Expected>& out, const json& constraint, const Expected& table) {
  out.push_back({ObjectKind::Constraint, table.schema, str(constraint, "conname"), table.name});
}

void add_column(std::vector<Expected>& out, const json& column, const Expected& table, bool if_not_exists = false) {
  out.push_back({ObjectKind::Column, table.schema, str(column, "colname"), table.name, if_not_exists});
  if (column.contains("constraints")) {
    for (const auto& c : column["constraints"]) {
      if (!c.contains("Constraint")) continue;
      const std::string type = str(c["Constraint"], "contype");
      // NOT NULL, NULL, DEFAULT, GENERATED and IDENTITY are column properties, not constraints.
      if (type == "CONSTR_CHECK" || type == "CONSTR_PRIMARY" || type == "CONSTR_UNIQUE" || type == "CONSTR_FOREIGN" ||
          type == "CONSTR_EXCLUSION") {
        add_constraint(out, c["Constraint"], table);
      }
    }
  }
}

void expect_create_table(std::vector<Expected>& out, const json& create, const std::string& schema_context) {
  Expected table = relation(ObjectKind::Table, create["relation"]);
  if (table.schema.empty()) table.schema = schema_context;
  out.push_back(table);
  // A partition's columns are its parent's, a typed table's its type's: the tree names none.
  if (create.contains("partbound") || create.contains("ofTypename")) {
    out.push_back({ObjectKind::Column, table.schema, "", table.name});
  }
  if (!create.contains("tableElts")) return;
  for (const auto& element : create["tableElts"]) {
    if (element.contains("ColumnDef")) add_column(out, element["ColumnDef"], table);
    if (element.contains("Constraint")) add_constraint(out, element["Constraint"], table);
    if (element.contains("TableLikeClause")) {  // LIKE other: its columns (and constraints, INCLUDING ...)
      out.push_back({ObjectKind::Column, table.schema, "", table.name});
      out.push_back({ObjectKind::Constraint, table.schema, "", table.name});
    }
  }
}

std::vector<Expected> expected_objects(const json& stmt, const std::string& schema_context = "");

// CREATE ... IF NOT EXISTS, whatever the statement.
std::vector<Expected> expected_objects_of(const json& stmt, const std::string& schema_context) {
  auto out = expected_objects(stmt, schema_context);
  if (stmt.is_object() && !stmt.empty() && stmt.begin().value().value("if_not_exists", false)) {
    for (auto& e : out) e.if_not_exists = true;
  }
  return out;
}

std::vector<Expected> expected_objects(const json& stmt, const std::string& schema_context) {
  std::vector<Expected> out;
  if (!stmt.is_object() || stmt.empty()) return out;
  const std::string type = stmt.begin().key();
  const json& n = stmt.begin().value();
  if (type == "CreateStmt") {
    expect_create_table(out, n, schema_context);
  } else if (type == "CreateTableAsStmt") {
    const bool materialized = str(n, "objtype") == "OBJECT_MATVIEW";
    out.push_back(relation(materialized ? ObjectKind::MaterializedView : ObjectKind::Table, n["into"]["rel"]));
  } else if (type == "ViewStmt") {
    out.push_back(relation(ObjectKind::View, n["view"]));
  } else if (type == "IndexStmt") {
    const Expected table = relation(ObjectKind::Table, n["relation"]);
    out.push_back({ObjectKind::Index, table.schema, str(n, "idxname"), table.name});
  } else if (type == "CreateFunctionStmt") {
    Expected e{n.value("is_procedure", false) ? ObjectKind::Procedure : ObjectKind::Function, "", "", ""};
    qualified(e, names(n["funcname"]));
    out.push_back(e);
  } else if (type == "CreateSeqStmt") {
    out.push_back(relation(ObjectKind::Sequence, n["sequence"]));
  } else if (type == "CompositeTypeStmt") {
    out.push_back(relation(ObjectKind::Type, n["typevar"]));
  } else if (type == "CreateEnumStmt" || type == "CreateRangeStmt") {
    Expected e{ObjectKind::Type, "", "", ""};
    qualified(e, names(n["typeName"]));
    out.push_back(e);
  } else if (type == "DefineStmt") {
    const std::string kind = str(n, "kind");
    Expected e{ObjectKind::Type, "", "", ""};
    if (kind == "OBJECT_AGGREGATE") e.kind = ObjectKind::Aggregate;
    else if (kind == "OBJECT_OPERATOR") e.kind = ObjectKind::Operator;
    else if (kind == "OBJECT_COLLATION") e.kind = ObjectKind::Collation;
    else if (kind == "OBJECT_TSDICTIONARY") e.kind = ObjectKind::TextSearchDictionary;
    else if (kind == "OBJECT_TSCONFIGURATION") e.kind = ObjectKind::TextSearchConfiguration;
    else if (kind != "OBJECT_TYPE") return out;
    qualified(e, names(n["defnames"]));
    out.push_back(e);
  } else if (type == "CreateDomainStmt") {
    Expected e{ObjectKind::Domain, "", "", ""};
    qualified(e, names(n["domainname"]));
    out.push_back(e);
  } else if (type == "CreateSchemaStmt") {
    out.push_back({ObjectKind::Schema, "", str(n, "schemaname"), ""});
    if (n.contains("schemaElts")) {
      for (const auto& element : n["schemaElts"]) {
        for (auto& e : expected_objects_of(element, str(n, "schemaname"))) out.push_back(e);
      }
    }
  } else if (type == "CreateExtensionStmt") {
    out.push_back({ObjectKind::Extension, "", str(n, "extname"), ""});
  } else if (type == "CreateTrigStmt") {
    const Expected table = relation(ObjectKind::Table, n["relation"]);
    out.push_back({ObjectKind::Trigger, table.schema, str(n, "trigname"), table.name});
  } else if (type == "RuleStmt" && str(n, "event") != "CMD_SELECT") {
    const Expected table = relation(ObjectKind::Table, n["relation"]);
    out.push_back({ObjectKind::Rule, table.schema, str(n, "rulename"), table.name});
  } else if (type == "CreatePolicyStmt") {
    const Expected table = relation(ObjectKind::Table, n["table"]);
    out.push_back({ObjectKind::Policy, table.schema, str(n, "policy_name"), table.name});
  } else if (type == "AlterTableStmt" && str(n, "objtype") == "OBJECT_TABLE") {
    const Expected table = relation(ObjectKind::Table, n["relation"]);
    for (const auto& command : n.value("cmds", json::array())) {
      const json& cmd = command["AlterTableCmd"];
      const std::string subtype = str(cmd, "subtype");
      if (subtype == "AT_AddColumn" && cmd.contains("def")) add_column(out, cmd["def"]["ColumnDef"], table, cmd.value("missing_ok", false));
      if (subtype == "AT_AddConstraint" && cmd.contains("def")) add_constraint(out, cmd["def"]["Constraint"], table);
    }
  }
  return out;
}

bool matches(const Expected& e, const model::ObjectId& id) {
  if (e.kind != id.kind) return false;
  if (!e.name.empty() && e.name != id.name) return false;
  if (!e.schema.empty() && e.schema != id.schema) return false;
  return e.parent == id.parent;
}

std::string describe(const Expected& e) {
  std::string text = model::kind_name(e.kind) + " ";
  if (!e.schema.empty()) text += e.schema + ".";
  if (!e.parent.empty()) text += e.parent + ".";
  return text + (e.name.empty() ? "(unnamed)" : e.name);
}

// ---- our verdicts

// Errors of the grammar and the scanner; every other error comes from a builder.
bool is_syntax_error(const std::string& message) {
  static const char* const prefixes[] = {"syntax error", "unexpected character", "unexpected control character",
                                         "unterminated", "statement nested too deeply", "invalid UTF-8",
                                         "empty file"};
  for (const char* p : prefixes) {
    if (message.rfind(p, 0) == 0) return true;
  }
  return false;
}

// Errors after which our parser reads no more of the file.
bool ends_the_file(const std::string& message) {
  return message.rfind("unexpected", 0) == 0 || message.rfind("unterminated", 0) == 0 ||
         message.rfind("invalid UTF-8", 0) == 0;
}

struct Ours {
  std::vector<std::string> syntax, builder;
  bool unmanaged = false;
  std::vector<model::ObjectId> objects;
};

std::string first_line(const std::string& text) {
  auto line = text.substr(0, text.find('\n'));
  return line.size() > 160 ? line.substr(0, 160) + "..." : line;
}

std::vector<std::pair<std::string, std::string>> object_differences(
    const json& tree, const std::vector<model::ObjectId>& made, bool unmanaged,
    const std::function<bool(const Expected&)>& made_later) {
  std::vector<std::pair<std::string, std::string>> differences;
  std::vector<Expected> expected;
  if (tree.is_object() && tree.contains("stmts")) {
    for (const auto& raw : tree["stmts"]) {
      for (auto& e : expected_objects_of(raw.value("stmt", json::object()), "")) expected.push_back(e);
    }
  }
  for (const auto& id : made) {
    if (std::none_of(expected.begin(), expected.end(), [&](const Expected& e) { return matches(e, id); })) {
      differences.push_back({"object", "our builders made " + model::describe(id) + ", PostgreSQL's tree names " +
                                           (expected.empty() ? std::string("no object") : describe(expected.front()))});
    }
  }
  if (unmanaged) return differences;
  for (const auto& e : expected) {
    if (e.name.empty()) continue;  // named by PostgreSQL's rules: its kind was checked above
    // Every database has these; a snapshot never holds them as objects (issue 12, A4).
    if ((e.kind == ObjectKind::Extension && model::is_builtin_extension(e.name)) ||
        (e.kind == ObjectKind::Schema && model::is_system_schema(e.name)) || model::is_system_schema(e.schema)) {
      continue;
    }
    if (std::any_of(made.begin(), made.end(), [&](const model::ObjectId& id) { return matches(e, id); })) continue;
    if (made_later(e)) continue;
    differences.push_back({"missing", "PostgreSQL's tree creates " + describe(e) + ", our builders made no such object"});
  }
  return differences;
}

}  // namespace

Verdicts& Verdicts::operator+=(const Verdicts& other) {
  statements += other.statements;
  agreements += other.agreements;
  both_reject += other.both_reject;
  unmanaged += other.unmanaged;
  unjudged += other.unjudged;
  disagreements.insert(disagreements.end(), other.disagreements.begin(), other.disagreements.end());
  return *this;
}

Verdicts judge(const std::string& file_name, std::string text, const Options& options) {
  if (options.blank_psql_commands) {
    for (size_t at = 0; at < text.size();) {
      const size_t end = std::min(text.find('\n', at), text.size());
      if (text[at] == '\\') std::fill(text.begin() + static_cast<long>(at), text.begin() + static_cast<long>(end), ' ');
      at = end + 1;
    }
  }
  // Ours reads the file as it is (it skips COPY data itself); PostgreSQL's parser without the rows.
  const std::string ours_text = text;
  blank_copy_data(text);
  Verdicts verdicts;
  const Positions positions(text);
  const auto statements = split(text);
  auto where = [&](size_t offset) { return positions.line_column(offset); };
  auto disagree = [&](size_t offset, const std::string& kind, const std::string& detail) {
    const auto [line, column] = where(offset);
    verdicts.disagreements.push_back({file_name, line, column, kind, detail});
  };

  parser::Source source;
  for (const auto& [name, context_text] : options.context_files) source.files.push_back({name, context_text});
  source.files.push_back({file_name, ours_text});
  const parser::ParseResult result = parser::parse(source);

  // Our findings, each on the statement whose text holds it.
  std::vector<Ours> ours(statements.size());
  auto statement_at = [&](size_t offset) -> std::optional<size_t> {
    for (size_t i = statements.size(); i-- > 0;) {
      if (statements[i].begin <= offset) return i;
    }
    return statements.empty() ? std::nullopt : std::optional<size_t>(0);
  };
  std::optional<size_t> reading_ended;
  std::set<size_t> not_read;  // statements after the one refused, or before it
  for (const auto& d : result.diagnostics) {
    if (d.location.file != file_name) continue;
    const size_t offset = positions.offset(d.location.line, d.location.column);
    const auto index = statement_at(offset);
    if (d.severity == parser::Severity::Error) {
      if (ends_the_file(d.message)) reading_ended = offset;
      // A file that is not UTF-8 is refused before any statement of it is read.
      if (d.message.rfind("invalid UTF-8", 0) == 0) not_read.insert(statement_at(offset).value_or(0));
      if (!index) {
        disagree(offset, "file", "our parser: " + d.message + "; PostgreSQL finds no statement to reject");
        continue;
      }
      (is_syntax_error(d.message) ? ours[*index].syntax : ours[*index].builder).push_back(d.message);
    }
  }
  for (const auto& u : result.catalog.unmanaged) {
    if (u.location.file != file_name) continue;
    if (auto index = statement_at(positions.offset(u.location.line, u.location.column))) ours[*index].unmanaged = true;
  }
  for (const auto& [id, location] : result.catalog.locations) {
    if (location.file != file_name) continue;
    if (auto index = statement_at(positions.offset(location.line, location.column))) ours[*index].objects.push_back(id);
  }

  for (size_t i = 0; i < statements.size(); ++i) {
    const auto& s = statements[i];
    const bool before_refusal = !not_read.empty() && !not_read.count(i);
    if ((reading_ended && s.begin > *reading_ended) || before_refusal) {
      ++verdicts.unjudged;
      continue;
    }
    ++verdicts.statements;
    const std::string statement_text = text.substr(s.begin, s.text_end - s.begin);
    PgQueryParseResult pg = pg_query_parse(statement_text.c_str());
    std::optional<std::string> pg_error;
    size_t pg_error_at = s.begin;
    // What the server refuses before its parser sees the text, which libpg_query does not check:
    // a NUL byte (the protocol's end of a query string) and bytes that are not UTF-8.
    if (auto nul = statement_text.find('\0'); nul != std::string::npos) {
      pg_error = "a query string cannot hold a NUL byte";
      pg_error_at = s.begin + nul;
    } else if (auto bad = parser::invalid_utf8_offset(statement_text)) {
      pg_error = "invalid byte sequence for encoding \"UTF8\"";
      pg_error_at = s.begin + *bad;
    } else if (pg.error) {
      pg_error = pg.error->message;
      if (pg.error->cursorpos > 0) pg_error_at = s.begin + static_cast<size_t>(pg.error->cursorpos - 1);
    }
    json tree = pg_error ? json() : json::parse(pg.parse_tree, nullptr, false);
    pg_query_free_parse_result(pg);

    const Ours& o = ours[i];
    const bool we_reject = !o.syntax.empty();
    if (we_reject && pg_error) {
      ++verdicts.agreements;
      ++verdicts.both_reject;
      continue;
    }
    if (we_reject) {
      disagree(s.begin, "ours-rejects", "our parser: " + o.syntax.front() + "; PostgreSQL accepts: " + first_line(statement_text));
      continue;
    }
    if (pg_error) {
      disagree(pg_error_at, o.unmanaged ? "unmanaged-accepts" : "ours-accepts",
               "PostgreSQL: " + *pg_error + "; our parser " + (o.unmanaged ? "keeps it as unmanaged" : "accepts it") + ": " +
                   first_line(statement_text));
      continue;
    }
    if (!o.builder.empty()) {
      disagree(s.begin, "builder-rejects", "our builder: " + o.builder.front() + "; PostgreSQL's parser accepts: " + first_line(statement_text));
      continue;
    }
    // Both accept: the objects must be the same.
    auto later = [&](const Expected& e) {
      // Remembered at a later statement (CREATE OR REPLACE, a second file), or, after IF NOT
      // EXISTS, anywhere: the object was there already.
      return std::any_of(result.catalog.locations.begin(), result.catalog.locations.end(), [&](const auto& entry) {
        return matches(e, entry.first) &&
               (e.if_not_exists || entry.second.file != file_name ||
                positions.offset(entry.second.line, entry.second.column) >= s.end);
      });
    };
    const auto differences = object_differences(tree, o.objects, o.unmanaged, later);
    for (const auto& [kind, detail] : differences) disagree(s.begin, kind, detail + ": " + first_line(statement_text));
    const bool agreed = differences.empty();
    if (agreed) {
      ++verdicts.agreements;
      if (o.unmanaged) ++verdicts.unmanaged;
    }
  }
  return verdicts;
}

}  // namespace schemadelta::referee

namespace schemadelta::referee {

namespace fs = std::filesystem;

std::vector<std::string> sql_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  auto is_sql = [](const fs::path& p) { return p.extension() == ".sql" || p.extension() == ".pgsql"; };
  for (const auto& path : paths) {
    if (!fs::is_directory(path)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(path); it != fs::recursive_directory_iterator(); ++it) {
      const auto name = it->path().filename().string();
      if (it->is_directory() && (name.rfind('.', 0) == 0 || name == "demo-output" ||
                                 fs::exists(it->path() / "CMakeCache.txt"))) {
        it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && is_sql(it->path())) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::pair<std::string, std::string>> compare_objects(const std::string& sql,
                                                                const std::vector<model::ObjectId>& made) {
  PgQueryParseResult pg = pg_query_parse(sql.c_str());
  if (pg.error) {
    std::string message = pg.error->message;
    pg_query_free_parse_result(pg);
    return {{"ours-accepts", "PostgreSQL: " + message}};
  }
  const json tree = json::parse(pg.parse_tree, nullptr, false);
  pg_query_free_parse_result(pg);
  return object_differences(tree, made, false, [](const Expected&) { return false; });
}

std::string count_by_kind(const std::vector<Disagreement>& disagreements) {
  std::map<std::string, size_t> counts;
  for (const auto& d : disagreements) ++counts[d.kind];
  std::string text;
  for (const auto& [kind, count] : counts) text += (text.empty() ? "" : ", ") + std::to_string(count) + " " + kind;
  return text.empty() ? "none" : text;
}

}  // namespace schemadelta::referee

#include "tests/real_upgrades/upgrade_chain.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <sstream>
#include <stdexcept>

#include "parser/sql_text.h"
#include "parser/sql_token.h"
#include "tests/support/test_server.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

using parser::SqlToken;
using parser::TokenKind;

// A statement as tokens (comments dropped) and as text (the tokens joined by spaces).
struct Statement {
  std::vector<SqlToken> tokens;
  std::string text;

  // The i-th token lower-cased when it is an unquoted word, else "".
  std::string word(std::size_t i) const {
    if (i >= tokens.size() || tokens[i].kind != TokenKind::Word) return "";
    return parser::ascii_lower(tokens[i].text);
  }
};

std::vector<Statement> split_statements(const std::string& sql) {
  std::vector<Statement> statements(1);
  parser::for_each_sql_token(sql, [&](SqlToken&& token) {
    if (token.kind == TokenKind::Semicolon) {
      if (!statements.back().tokens.empty()) statements.emplace_back();
      return;
    }
    auto& s = statements.back();
    if (!s.text.empty()) s.text += ' ';
    s.text += token.text;
    s.tokens.push_back(std::move(token));
  });
  if (statements.back().tokens.empty()) statements.pop_back();
  return statements;
}

bool is_schema_statement(const Statement& s) {
  static const std::set<std::string> skipped = {"begin", "commit", "rollback", "start", "end", "select", "insert", "update",
                                                "delete", "set"};
  return !skipped.count(s.word(0));
}

// The (possibly qualified) name starting at token i: name [. name]; i moves past it.
std::string qualified_name(const Statement& s, std::size_t& i) {
  std::string name;
  while (i < s.tokens.size()) {
    const auto kind = s.tokens[i].kind;
    if (kind != TokenKind::Word && kind != TokenKind::QuotedIdentifier) break;
    name += s.tokens[i++].text;
    if (i < s.tokens.size() && s.tokens[i].kind == TokenKind::Dot) {
      name += '.';
      ++i;
    } else {
      break;
    }
  }
  return name;
}

// Skips "if not exists" / "if exists" at token i.
void skip_if_exists(const Statement& s, std::size_t& i) {
  if (s.word(i) == "if" && s.word(i + 1) == "not" && s.word(i + 2) == "exists") i += 3;
  else if (s.word(i) == "if" && s.word(i + 1) == "exists") i += 2;
}

// The actions of an ALTER TABLE, split at top-level commas, starting at token i.
std::vector<std::pair<std::size_t, std::size_t>> alter_actions(const Statement& s, std::size_t i) {
  std::vector<std::pair<std::size_t, std::size_t>> actions;
  int depth = 0;
  std::size_t start = i;
  for (; i < s.tokens.size(); ++i) {
    const auto kind = s.tokens[i].kind;
    if (kind == TokenKind::LParen || kind == TokenKind::LBracket) ++depth;
    if (kind == TokenKind::RParen || kind == TokenKind::RBracket) --depth;
    if (kind == TokenKind::Comma && depth == 0) {
      actions.push_back({start, i});
      start = i + 1;
    }
  }
  actions.push_back({start, s.tokens.size()});
  return actions;
}

// The latest "CREATE [UNIQUE] INDEX name" among earlier statements; "" when none.
std::string earlier_index_definition(const std::vector<Statement>& earlier, const std::string& name) {
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    std::size_t i = 1;
    if (it->word(0) != "create") continue;
    if (it->word(i) == "unique") ++i;
    if (it->word(i++) != "index") continue;
    if (it->word(i) == "concurrently") ++i;
    skip_if_exists(*it, i);
    if (parser::ascii_lower(qualified_name(*it, i)) == name) return it->text + ";";
  }
  return "";
}

// The statement that undoes one schema statement; "" when it cannot be undone. A dropped index
// comes back as the earlier upgrade scripts last created it.
std::string undo(const Statement& s, std::set<std::string>& created_then_dropped, const std::set<std::string>& dropped_later,
                 const std::vector<Statement>& earlier) {
  std::size_t i = 1;
  const std::string verb = s.word(0);
  if (verb == "create") {
    if (s.word(i) == "unique") ++i;
    std::string kind = s.word(i++);
    if (kind == "index" && s.word(i) == "concurrently") ++i;
    if (kind != "index" && kind != "table" && kind != "sequence" && kind != "view") return "";
    skip_if_exists(s, i);
    const std::string name = qualified_name(s, i);
    if (name.empty() || (kind == "index" && name == "on")) return "";
    const std::string key = kind + " " + parser::ascii_lower(name);
    if (dropped_later.count(key)) {
      created_then_dropped.insert(key);
      return "-- created and dropped by the upgrade: " + key;
    }
    return "DROP " + parser::ascii_upper(kind) + " " + name + ";";
  }
  if (verb == "drop") {
    const std::string kind = s.word(1);
    std::size_t j = 2;
    skip_if_exists(s, j);
    const std::string name = parser::ascii_lower(qualified_name(s, j));
    const std::string key = kind + " " + name;
    if (created_then_dropped.count(key)) return "-- " + key + " did not outlive the upgrade";
    return kind == "index" ? earlier_index_definition(earlier, name) : "";
  }
  if (verb == "alter" && s.word(1) == "table") {
    i = 2;
    if (s.word(i) == "only") ++i;
    skip_if_exists(s, i);
    const std::string table = qualified_name(s, i);
    std::string undone;
    for (const auto& [from, to] : alter_actions(s, i)) {
      std::size_t a = from;
      if (s.word(a) != "add" || to - from < 2) return "";
      ++a;
      if (s.word(a) == "constraint") {
        ++a;
        undone = "DROP CONSTRAINT " + s.tokens[a].text + (undone.empty() ? "" : ", ") + undone;
        continue;
      }
      if (s.word(a) == "column") ++a;
      static const std::set<std::string> table_constraints = {"primary", "unique", "check", "foreign", "exclude"};
      if (table_constraints.count(s.word(a))) return "";
      skip_if_exists(s, a);
      undone = "DROP COLUMN " + s.tokens[a].text + (undone.empty() ? "" : ", ") + undone;
    }
    return "ALTER TABLE " + table + " " + undone + ";";
  }
  return "";
}

}  // namespace

std::map<std::string, std::string> known_failures() {
  std::map<std::string, std::string> known;
  std::istringstream in(read_file(std::string(SCHEMADELTA_SOURCE_DIR) + "/tests/real_upgrades/known_failures.txt"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto bar = line.find(" | ");
    if (bar == std::string::npos) throw std::runtime_error("known_failures.txt: no ' | ' in: " + line);
    known[line.substr(0, bar)] = line.substr(bar + 3);
  }
  return known;
}

std::string real_upgrades_cache() {
  const char* cache = std::getenv("SCHEMADELTA_REAL_UPGRADES");
  return cache ? cache : "";
}

std::vector<std::string> application_names() {
  std::vector<std::string> names;
  const fs::path apps = fs::path(real_upgrades_cache()) / "apps";
  if (real_upgrades_cache().empty() || !fs::is_directory(apps)) return names;
  for (const auto& entry : fs::directory_iterator(apps)) {
    if (fs::exists(entry.path() / "base.sql")) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

Application read_application(const std::string& name) {
  const fs::path dir = fs::path(real_upgrades_cache()) / "apps" / name;
  Application app;
  app.name = name;
  app.base_sql = read_file((dir / "base.sql").string());
  app.base_version = read_file((dir / "base_version").string());
  while (!app.base_version.empty() && app.base_version.back() == '\n') app.base_version.pop_back();
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir / "upgrades")) files.push_back(entry.path());
  std::sort(files.begin(), files.end());  // NNN_ prefixes: the order the fetch script gave
  for (const auto& file : files) {
    const std::string stem = file.stem().string();
    app.upgrades.push_back({stem.substr(stem.find('_') + 1), read_file(file.string())});
  }
  return app;
}

std::vector<std::string> schema_statements(const std::string& sql) {
  std::vector<std::string> kept;
  for (const auto& s : split_statements(sql)) {
    if (is_schema_statement(s)) kept.push_back(s.text + ";");
  }
  return kept;
}

std::optional<std::string> inverse_script(const std::string& sql, const std::string& earlier_sql, std::string& why) {
  const auto earlier = split_statements(earlier_sql);
  std::vector<Statement> statements;
  std::vector<std::string> drops;  // per statement: "kind name" when it is a DROP
  for (auto& s : split_statements(sql)) {
    if (!is_schema_statement(s)) continue;
    std::string drop;
    if (s.word(0) == "drop") {
      std::size_t j = 2;
      skip_if_exists(s, j);
      drop = s.word(1) + " " + parser::ascii_lower(qualified_name(s, j));
    }
    drops.push_back(drop);
    statements.push_back(std::move(s));
  }
  std::set<std::string> temporary;
  std::vector<std::string> undone;
  for (std::size_t i = 0; i < statements.size(); ++i) {
    const std::set<std::string> dropped_later(drops.begin() + static_cast<std::ptrdiff_t>(i) + 1, drops.end());
    std::string step = undo(statements[i], temporary, dropped_later, earlier);
    if (step.empty()) {
      why = "cannot be undone: " + statements[i].text.substr(0, 160);
      return std::nullopt;
    }
    undone.push_back(std::move(step));
  }
  std::string script;
  for (auto it = undone.rbegin(); it != undone.rend(); ++it) script += *it + "\n";
  return script;
}

namespace {

std::string join_statements(const std::vector<std::string>& statements) {
  std::string text;
  for (const auto& s : statements) text += s + "\n";
  return text;
}

verify::DumpOptions dump_options() {
  verify::DumpOptions options;
  options.no_owner = true;
  options.no_privileges = true;
  return options;
}

// Runs `sql` in a fresh database holding `dump`; the database's dump afterwards, or nullopt with
// psql's output in `error`.
std::optional<std::string> dump_after(const std::string& hint, const std::string& dump, const std::string& sql, std::string& error) {
  auto& server = test_server();
  const std::string db = fresh_database(hint);
  std::optional<std::string> result;
  auto load = server.run_sql(db, dump);
  if (!load.ok) {
    error = "loading the schema: " + load.output;
  } else if (auto run = server.run_sql(db, sql); !run.ok) {
    error = run.output;
  } else {
    result = verify::without_restrict_keys(server.dump_schema(db, dump_options()));
  }
  server.drop_database(db);
  return result;
}

// The schema of a dump, columns by name: an upgrade appends the columns it adds.
model::Catalog parsed(const std::string& dump) {
  parser::Source source;
  source.files.push_back({"dump.sql", dump});
  auto catalog = parser::parse(source).catalog;
  for (auto& [_, schema] : catalog.schemas) {
    for (auto& [__, table] : schema.tables) {
      std::sort(table.columns.begin(), table.columns.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    }
  }
  return without_owners(std::move(catalog));
}

}  // namespace

UpgradeChain build_chain(const Application& app) {
  UpgradeChain chain;
  chain.app = app.name;
  {
    parser::Source source;
    source.files.push_back({"base.sql", app.base_sql});
    create_roles_for(parser::parse(source).catalog);
  }
  std::string error;
  auto newest = dump_after(app.name + "_base", "", app.base_sql, error);
  if (!newest) throw std::runtime_error(app.name + ": the base schema does not load: " + error);

  std::vector<SchemaVersion> backwards{{app.base_version, *newest}};
  for (std::size_t k = app.upgrades.size(); k-- > 0;) {
    const auto& upgrade = app.upgrades[k];
    std::string why;
    std::string earlier;
    for (std::size_t e = 0; e < k; ++e) earlier += app.upgrades[e].sql + "\n;\n";
    const auto inverse = inverse_script(upgrade.sql, earlier, why);
    if (!inverse) {
      chain.stopped_because = "upgrade " + upgrade.version + " " + why;
      break;
    }
    const std::string older_label = k > 0 ? app.upgrades[k - 1].version : "before_" + upgrade.version;
    auto older = dump_after(app.name + "_undo", backwards.back().dump, *inverse, error);
    if (!older) {
      chain.stopped_because = "undoing upgrade " + upgrade.version + " fails: " + error;
      break;
    }
    // The application's own upgrade must take the rebuilt version back to the newer one.
    auto upgraded = dump_after(app.name + "_redo", *older, join_statements(schema_statements(upgrade.sql)), error);
    if (!upgraded) {
      chain.stopped_because = "upgrade " + upgrade.version + " fails on the rebuilt " + older_label + ": " + error;
      break;
    }
    const std::string difference = verify::catalog_difference(parsed(backwards.back().dump), parsed(*upgraded));
    if (!difference.empty()) {
      chain.stopped_because = "upgrade " + upgrade.version + " on the rebuilt " + older_label + " does not give the newer schema: " + difference;
      break;
    }
    // The newer version as the application's upgrade makes it: the reference for our migration.
    backwards.back().dump = *upgraded;
    backwards.push_back({older_label, *older});
  }
  if (chain.stopped_because.empty() && !app.upgrades.empty()) chain.stopped_because = "every upgrade undone";
  if (app.upgrades.empty()) chain.stopped_because = "no upgrade scripts";
  chain.versions.assign(backwards.rbegin(), backwards.rend());
  return chain;
}

}  // namespace schemadelta::testing

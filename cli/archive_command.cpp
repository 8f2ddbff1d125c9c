// schemadelta archive list DATABASE / schemadelta archive purge DATABASE (--before-release R |
// --older-than INTERVAL | --all): what migrations kept in the holding schema of a live database.
#include <iostream>

#include "cli/commands.h"
#include "generator/postgres/quoting.h"
#include "verify/client_tools.h"
#include "snapshot/connection_string.h"
#include "verify/process.h"
#include "model/printable.h"

namespace schemadelta::cli {

namespace {

using generator::postgres::quote_identifier;
using generator::postgres::quote_literal;

struct ArchiveArguments {
  std::string database;  // a connection URI or conninfo string, as psql takes it
  std::string archive_schema = "schemadelta_archive";
  std::string before_release, older_than;
  bool all = false;
};

// Runs `sql` with psql against the database: unaligned, tab-separated rows on success.
std::optional<std::string> run_psql(const std::string& database, const std::string& sql) {
  auto psql = verify::find_client_tool("psql");
  if (!psql) {
    std::cerr << "schemadelta: error: psql not found on PATH or under /usr/lib/postgresql/*/bin\n";
    return std::nullopt;
  }
  // The password goes through the environment, never the command line (`ps` shows it).
  const auto connection = snapshot::split_connection(database);
  verify::ProcessOptions options;
  options.stdin_text = sql;
  options.env = snapshot::client_environment(connection, 10);
  auto result =
      verify::run_process({*psql, "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-d", connection.without_password}, options);
  if (result.exit_code != 0) {
    std::cerr << "schemadelta: error: " << model::printable(result.err.empty() ? "psql failed" : result.err);
    return std::nullopt;
  }
  return result.out;
}

// Whether the database has the record table: nullopt when it cannot be asked (already reported).
std::optional<bool> has_holdings(const ArchiveArguments& args) {
  auto answer = run_psql(args.database,
                         "SELECT to_regclass(" + quote_literal(quote_identifier(args.archive_schema) + ".holdings") + ") IS NOT NULL;\n");
  if (!answer) return std::nullopt;
  if (answer->find('t') == std::string::npos) std::cout << "No holdings: the database has no " << model::printable(args.archive_schema) << ".holdings table.\n";
  return answer->find('t') != std::string::npos;
}

int run_list(const ArchiveArguments& args) {
  auto exists = has_holdings(args);
  if (!exists) return kInputError;
  if (!*exists) return kOk;
  const std::string schema = quote_identifier(args.archive_schema);
  auto rows = run_psql(args.database,
                       "SELECT release, to_char(archived_at, 'YYYY-MM-DD HH24:MI:SS'), kind, object_schema || '.' || object_name || "
                       "coalesce('.' || object_column, ''), holding FROM " + schema + ".holdings ORDER BY archived_at, holding;\n");
  if (!rows) return kInputError;
  if (rows->empty()) {
    std::cout << "No holdings.\n";
    return kOk;
  }
  std::cout << "release\tarchived at\tkind\tobject\tholding\n";
  // Object names may hold control characters: each field is shown escaped.
  std::string field;
  for (char c : *rows) {
    if (c == '\t' || c == '\n') {
      std::cout << model::printable(field) << c;
      field.clear();
    } else {
      field += c;
    }
  }
  std::cout << model::printable(field);
  return kOk;
}

int run_purge(const ArchiveArguments& args) {
  const int criteria = (args.all ? 1 : 0) + (args.before_release.empty() ? 0 : 1) + (args.older_than.empty() ? 0 : 1);
  if (criteria != 1) {
    std::cerr << "schemadelta: error: archive purge needs exactly one of --before-release, --older-than, --all\n";
    return kInputError;
  }
  auto exists = has_holdings(args);
  if (!exists) return kInputError;
  if (!*exists) return kOk;
  const std::string schema = quote_identifier(args.archive_schema);
  std::string condition = "true";
  if (!args.older_than.empty()) condition = "archived_at < pg_catalog.now() - " + quote_literal(args.older_than) + "::interval";
  if (!args.before_release.empty()) {
    auto known = run_psql(args.database, "SELECT count(*) FROM " + schema + ".holdings WHERE release = " +
                                             quote_literal(args.before_release) + ";\n");
    if (!known) return kInputError;
    if (known->starts_with("0")) {
      std::cerr << "schemadelta: error: no holdings of release " << model::printable(args.before_release) << " (see `schemadelta archive list`)\n";
      return kInputError;
    }
    condition = "archived_at < (SELECT min(archived_at) FROM " + schema + ".holdings WHERE release = " +
                quote_literal(args.before_release) + ")";
  }
  // One transaction: every holding table and its record go together.
  auto removed = run_psql(args.database, "BEGIN;\n"
                                         "CREATE TEMPORARY TABLE schemadelta_purged ON COMMIT DROP AS SELECT holding, kind FROM " +
                                             schema + ".holdings WHERE " + condition + ";\n"
                                             "DO $purge$ DECLARE item record; BEGIN\n"
                                             "  FOR item IN SELECT * FROM schemadelta_purged LOOP\n"
                                             "    IF item.kind <> 'sequence' THEN\n"
                                             "      EXECUTE format('DROP TABLE IF EXISTS %I.%I', " + quote_literal(args.archive_schema) +
                                             ", item.holding);\n"
                                             "    END IF;\n"
                                             "    DELETE FROM " + schema + ".holdings WHERE holding = item.holding;\n"
                                             "  END LOOP;\nEND $purge$;\n"
                                             "SELECT count(*) FROM schemadelta_purged;\nCOMMIT;\n");
  if (!removed) return kInputError;
  std::cout << "Purged " << (removed->empty() ? std::string("0") : removed->substr(0, removed->find('\n'))) << " holdings.\n";
  return kOk;
}

}  // namespace

void add_archive_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ArchiveArguments>();
  auto* command = app.add_subcommand("archive", "Show or remove what migrations kept in a database's holding schema");
  command->require_subcommand(1);
  auto* list = command->add_subcommand("list", "List the holdings: release, when, what");
  auto* purge = command->add_subcommand("purge", "Remove holdings (their data is gone for good)");
  for (auto* sub : {list, purge}) {
    sub->add_option("database", args->database, "Connection URI or conninfo (postgresql://...); password from PGPASSWORD or .pgpass")
        ->required();
    sub->add_option("--archive-schema", args->archive_schema, "The holding schema (default schemadelta_archive)");
  }
  purge->add_option("--before-release", args->before_release, "Holdings archived before the first holding of this release");
  purge->add_option("--older-than", args->older_than, "Holdings older than this interval ('30 days')");
  purge->add_flag("--all", args->all, "Every holding");
  list->callback([args, &exit_code] { exit_code = run_list(*args); });
  purge->callback([args, &exit_code] { exit_code = run_purge(*args); });
}

}  // namespace schemadelta::cli

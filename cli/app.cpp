#include "cli/app.h"

#include "cli/commands.h"
#include "cli/reporting.h"
#include "cli/value_checks.h"

namespace schemadelta::cli {

extern const char* const kBuildSource;  // version.cpp, written at build time by cli/version.cmake

std::string version_line() { return std::string("schemadelta ") + SCHEMADELTA_VERSION + " (" + kBuildSource + ")"; }

const std::vector<CommandDocs>& command_docs() {
  static const std::vector<CommandDocs> docs = {
      {"parse",
       {{"schemadelta parse schema.sql", "print the model of a schema file as JSON"},
        {"schemadelta parse db/ --format sql -o canonical.sql", "write a folder of .sql files as canonical DDL"},
        {"pg_dump --schema-only mydb | schemadelta parse -", "read a dump from stdin"}},
       {{0, "the snapshot was read"}, {2, "bad input: a syntax error (file:line:col), an unreadable file, a bad option"}}},
      {"diff",
       {{"schemadelta diff old.sql new.sql -o migration.sql --rollback rollback.sql", "write the migration and its rollback"},
        {"schemadelta diff postgresql://app@db/app schema/ --format json", "the plan (changes, SQL, hazards) from a live database to a folder"},
        {"schemadelta diff old.sql new.sql --rename table:public.users=accounts --allow-data-loss",
         "keep a renamed table's rows; write drops too"}},
       {{0, "the migration was written (or there are no differences)"},
        {2, "bad input: a syntax error, an unreadable file, a bad option value, a rename of an absent object"},
        {3, "refused: the migration would lose data (pass --allow-data-loss)"}}},
      {"check",
       {{"schemadelta check schema/ postgresql://app@db/app", "does the database still have the schema in source control?"},
        {"schemadelta check expected.sql actual.sql --format junit -o drift.xml", "a JUnit report for CI"},
        {"schemadelta check schema/ postgresql://app@db/app --fail-on unsupported", "also fail on statements the tool does not model"}},
       {{0, "no drift"},
        {1, "drift (or, with --fail-on unsupported, statements the tool does not model)"},
        {2, "bad input: a syntax error, an unreadable file or database, a bad option"}}},
      {"snapshot",
       {{"schemadelta snapshot postgresql://app@db/app -o schema.sql", "the live schema, to commit and compare later"},
        {"PGPASSWORD=secret schemadelta snapshot postgresql://app@db/app --schema public", "one schema; the password from the environment"}},
       {{0, "the snapshot was written"}, {2, "the database cannot be read (pg_dump failed), or a bad option"}}},
      {"verify",
       {{"schemadelta verify old.sql new.sql", "prove the migration and rollback diff writes, on generated rows"},
        {"schemadelta verify old.sql new.sql --migration migration.sql --rollback rollback.sql", "prove scripts edited by hand"},
        {"schemadelta verify --cleanup", "remove the servers of verify runs that were killed"}},
       {{0, "every check passed"}, {1, "a check failed"}, {2, "bad input, or no PostgreSQL server could be started"}}},
      {"archive",
       {{"schemadelta archive list postgresql://app@db/app", "what migrations kept in the holding schema"},
        {"schemadelta archive purge postgresql://app@db/app --older-than '30 days'", "remove old holdings"}},
       {{0, "done"}, {2, "the database cannot be read, or a bad option"}}},
      {"archive list",
       {{"schemadelta archive list postgresql://app@db/app", "release, time, object and holding table of each holding"},
        {"schemadelta archive list postgresql://app@db/app --archive-schema kept", "a holding schema of another name"}},
       {{0, "the holdings were listed"}, {2, "the database cannot be read"}}},
      {"archive purge",
       {{"schemadelta archive purge postgresql://app@db/app --before-release v42", "remove what releases before v42 kept"},
        {"schemadelta archive purge postgresql://app@db/app --all", "remove every holding"}},
       {{0, "the holdings were removed"}, {2, "the database cannot be read, no such release, or not exactly one criterion"}}},
      {"apply",
       {{"schemadelta apply migration.sql postgresql://deploy@db/app --release v42", "run it if the database is at its SOURCE, record it"},
        {"schemadelta apply migration.sql postgresql://deploy@db/app --dry-run", "try the script's transaction and roll it back"},
        {"schemadelta apply rollback.sql 'host=db dbname=app user=deploy' --release v42-rollback", "the rollback, to a key=value connection"}},
       {{0, "applied and at TARGET, already at TARGET (nothing run), or the dry run passed"},
        {1, "not at the script's SOURCE: nothing run (the report says where it is; --force runs anyway)"},
        {2, "bad input: an unreadable script, no fingerprints in its header, an unreachable database"},
        {4, "the script failed (recorded as failed); or the dry run failed"},
        {5, "the script ran but the database is not at TARGET (recorded), or the record could not be written"}}},
      {"history",
       {{"schemadelta history postgresql://deploy@db/app", "every deployment apply recorded, oldest first"},
        {"schemadelta history postgresql://deploy@db/app --format json", "the same as JSON"}},
       {{0, "listed (none is an empty list)"}, {2, "the database cannot be read"}}},
  };
  return docs;
}

namespace {

std::string footer_of(const CommandDocs& docs) {
  std::string text = "Examples:\n";
  for (const auto& [line, what] : docs.examples) text += "  " + line + "\n      " + what + "\n";
  text += "\nExit status:\n";
  for (const auto& [code, meaning] : docs.exit_codes) text += "  " + std::to_string(code) + "  " + meaning + "\n";
  return text;
}

CLI::App* find_command(CLI::App& app, const std::string& path) {
  CLI::App* command = &app;
  std::size_t start = 0;
  while (start <= path.size()) {
    auto end = path.find(' ', start);
    if (end == std::string::npos) end = path.size();
    command = command->get_subcommand(path.substr(start, end - start));
    start = end + 1;
  }
  return command;
}

}  // namespace

std::unique_ptr<CLI::App> make_app(int& exit_code) {
  auto app = std::make_unique<CLI::App>("schemadelta: compare two SQL schema snapshots and write the scripts between them");
  app->require_subcommand(1);
  app->set_version_flag("--version", version_line());
  // --quiet and --verbose are taken after the command too (`schemadelta diff ... -q`).
  app->fallthrough();
  auto* quiet_flag = app->add_flag_callback("-q,--quiet", [] { set_verbosity(Verbosity::Quiet); },
                                            "Say only errors: no warnings, no progress");
  app->add_flag_callback("-v,--verbose", [] { set_verbosity(Verbosity::Verbose); },
                         "Print every warning (by default a run of one kind is one line with its count)")
      ->excludes(quiet_flag);
  add_parse_command(*app, exit_code);
  add_diff_command(*app, exit_code);
  add_check_command(*app, exit_code);
  add_snapshot_command(*app, exit_code);
  add_verify_command(*app, exit_code);
  add_archive_command(*app, exit_code);
  add_apply_command(*app, exit_code);
  add_history_command(*app, exit_code);
  for (const auto& docs : command_docs()) find_command(*app, docs.name)->footer(footer_of(docs));
  add_value_checks(*app);
  std::string overview = "Commands exit 0 when done, 1 when they find differences (check: drift; verify: a failed check),\n"
                         "2 on bad input or options, 3 when diff refuses to lose data. `schemadelta COMMAND --help` shows examples.\n";
  app->footer(overview);
  return app;
}

}  // namespace schemadelta::cli

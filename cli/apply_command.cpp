// schemadelta apply SCRIPT DATABASE [--release R] [--dry-run] [--force] [--source SNAPSHOT]
// schemadelta history DATABASE [--format text|json]
// The work is release/apply.h's; here the options and the streams.
#include <iostream>

#include "cli/commands.h"
#include "cli/snapshot_options.h"
#include "release/apply.h"

namespace schemadelta::cli {

void add_apply_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<release::ApplyOptions>();
  auto* command = app.add_subcommand("apply", "Run a script diff wrote on a database at its SOURCE, check it reached TARGET, record the deployment");
  command->add_option("script", args->script, "The migration or rollback script written by schemadelta diff")->required();
  command->add_option("database", args->database, "postgresql:// URI or libpq key=value string (password: PGPASSWORD or .pgpass)")->required();
  command->add_option("--release", args->release, "The release label recorded with the deployment");
  command->add_option("--source", args->source, "The SOURCE snapshot the script was written from: a drift report by object when the database is elsewhere");
  command->add_flag("--dry-run", args->dry_run, "Run the script's transaction and roll it back: nothing changes, nothing is recorded");
  command->add_flag("--force", args->force, "Run even when the database is not at the script's SOURCE (recorded as forced)");
  command->add_option("--archive-schema", args->archive_schema, "Where deployments are recorded (default schemadelta_archive)");
  add_snapshot_options(command, args->snapshot, false);
  command->callback([args, &exit_code] { exit_code = release::apply(*args, std::cout, std::cerr); });
}

void add_history_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<release::HistoryOptions>();
  auto* command = app.add_subcommand("history", "List the deployments apply recorded in a database");
  command->add_option("database", args->database, "postgresql:// URI or libpq key=value string")->required();
  command->add_option("--format", args->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  command->add_option("--archive-schema", args->archive_schema, "Where deployments are recorded (default schemadelta_archive)");
  command->add_option("--connect-timeout", args->connect_timeout, "Seconds to wait for the database to answer (default 10; 0: for ever)")
      ->check(CLI::NonNegativeNumber);
  command->callback([args, &exit_code] { exit_code = release::history(*args, std::cout, std::cerr); });
}

}  // namespace schemadelta::cli

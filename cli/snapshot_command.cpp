// schemadelta snapshot URI -o schema.sql [--schema S]... [--exclude-schema S]...
// A live database's schema as pg_dump prints it, to keep in source control or compare later.
#include <iostream>

#include "cli/commands.h"
#include "cli/output_file.h"
#include "snapshot/live_database.h"
#include "model/printable.h"

namespace schemadelta::cli {

namespace {

struct SnapshotArguments {
  std::string database, output;
  snapshot::LiveDumpOptions dump;
};

int run_snapshot(const SnapshotArguments& args) {
  if (!outputs_are_safe({}, {args.output})) return kInputError;
  if (!snapshot::is_connection_uri(args.database)) {
    std::cerr << "schemadelta: error: snapshot reads a live database: give a postgresql:// URI\n";
    return kInputError;
  }
  try {
    return write_output(args.output, snapshot::dump_live_schema(args.database, args.dump)) ? kOk : kInputError;
  } catch (const std::exception& e) {
    std::cerr << "schemadelta: error: " << model::printable(e.what()) << "\n";
    return kInputError;
  }
}

}  // namespace

void add_snapshot_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<SnapshotArguments>();
  auto* command = app.add_subcommand("snapshot", "Write a live database's schema (pg_dump --schema-only) to a file");
  command->add_option("database", args->database, "postgresql:// URI; the password from PGPASSWORD or .pgpass")->required();
  command->add_option("-o,--output", args->output, "Write the snapshot to this file instead of stdout");
  command->add_option("--schema", args->dump.schemas, "Only these schemas (pg_dump patterns; repeatable)");
  command->add_option("--exclude-schema", args->dump.exclude_schemas, "Leave these schemas out (repeatable)");
  command->add_option("--connect-timeout", args->dump.connect_timeout_seconds, "Seconds to wait for the database to answer (default 10; 0: for ever)")
      ->check(CLI::NonNegativeNumber);
  command->callback([args, &exit_code] { exit_code = run_snapshot(*args); });
}

}  // namespace schemadelta::cli

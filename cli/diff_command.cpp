// schemadelta diff SOURCE TARGET [-o FILE] [--explain] [--owners] [--lock-timeout T] ...
#include <iostream>

#include "cli/commands.h"
#include "cli/load_snapshot.h"
#include "cli/output_file.h"
#include "compare/change_set.h"
#include "generator/postgres/migration.h"

namespace schemadelta::cli {

namespace {

struct DiffArguments {
  std::string source, target, output;
  bool explain = false, owners = false, strict = false;
  std::string lock_timeout = "10s", statement_timeout = "0";
};

int run_diff(const DiffArguments& args) {
  auto source = load_snapshot({args.source}, args.strict);
  auto target = load_snapshot({args.target}, args.strict);
  if (!source || !target) return kInputError;
  compare::CompareOptions compare_options;
  compare_options.owners = args.owners;
  auto changes = compare::compare(source->catalog, target->catalog, compare_options);
  if (!changes.errors.empty()) {
    for (const auto& error : changes.errors) std::cerr << "schemadelta: error: " << error << "\n";
    return kInputError;
  }
  generator::postgres::MigrationOptions options;
  options.source_name = args.source;
  options.target_name = args.target;
  options.explain = args.explain;
  options.lock_timeout = args.lock_timeout;
  options.statement_timeout = args.statement_timeout;
  auto script = generator::postgres::migration_script(changes, options);
  if (!write_output(args.output, script.text)) return kInputError;
  if (!args.output.empty() && args.output != "-") {
    std::cerr << "schemadelta: " << (script.empty ? "no differences" : std::to_string(changes.changes.size()) + " changes, " +
                                                                          std::to_string(script.statements) + " statements")
              << " -> " << args.output << "\n";
  }
  return kOk;
}

}  // namespace

void add_diff_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<DiffArguments>();
  auto* command = app.add_subcommand("diff", "Write the migration script that turns SOURCE into TARGET");
  command->add_option("source", args->source, "The schema the database has now (file, folder or -)")->required();
  command->add_option("target", args->target, "The schema it should have (file, folder or -)")->required();
  command->add_option("-o,--output", args->output, "Write the script to this file instead of stdout");
  command->add_flag("--explain", args->explain, "Say before each statement why it is there");
  command->add_flag("--owners", args->owners, "Compare and change object owners too");
  command->add_flag("--strict", args->strict, "Unmanaged statements in the inputs are errors");
  command->add_option("--lock-timeout", args->lock_timeout, "SET lock_timeout at the top of the script (default 10s)");
  command->add_option("--statement-timeout", args->statement_timeout, "SET statement_timeout (default 0: none)");
  command->callback([args, &exit_code] { exit_code = run_diff(*args); });
}

}  // namespace schemadelta::cli

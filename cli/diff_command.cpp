// schemadelta diff SOURCE TARGET [-o FILE] [--explain] [--owners] [--lock-timeout T] ...
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/load_snapshot.h"
#include "cli/output_file.h"
#include "compare/change_set.h"
#include "generator/postgres/migration.h"

namespace schemadelta::cli {

namespace {

struct DiffArguments {
  std::string source, target, output, rename_file;
  std::vector<std::string> renames;
  bool explain = false, owners = false, strict = false, strict_column_order = false;
  std::string lock_timeout = "10s", statement_timeout = "0";
};

int run_diff(const DiffArguments& args) {
  auto source = load_snapshot({args.source}, args.strict);
  auto target = load_snapshot({args.target}, args.strict);
  if (!source || !target) return kInputError;
  compare::CompareOptions compare_options;
  compare_options.owners = args.owners;
  compare_options.strict_column_order = args.strict_column_order;
  std::vector<std::string> rename_texts = args.renames;
  if (!args.rename_file.empty()) {
    std::ifstream in(args.rename_file);
    if (!in) {
      std::cerr << "schemadelta: error: cannot read " << args.rename_file << "\n";
      return kInputError;
    }
    for (std::string line; std::getline(in, line);) {
      auto first = line.find_first_not_of(" \t");
      if (first == std::string::npos || line[first] == '#') continue;
      rename_texts.push_back(line.substr(first, line.find_last_not_of(" \t\r") - first + 1));
    }
  }
  for (const auto& text : rename_texts) {
    std::string error;
    auto rename = compare::parse_rename(text, error);
    if (!rename) {
      std::cerr << "schemadelta: error: " << error << "\n";
      return kInputError;
    }
    compare_options.renames.push_back(*rename);
  }
  auto changes = compare::compare(source->catalog, target->catalog, compare_options);
  if (!changes.errors.empty()) {
    for (const auto& error : changes.errors) std::cerr << "schemadelta: error: " << error << "\n";
    return kInputError;
  }
  for (const auto& warning : changes.warnings) std::cerr << "schemadelta: warning: " << warning << "\n";
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
  command->add_flag("--strict-column-order", args->strict_column_order, "Report tables whose column order differs");
  command->add_option("--rename", args->renames, "KIND:[schema.]old=new (repeatable): rename instead of drop + create")
      ->take_all();
  command->add_option("--rename-file", args->rename_file, "A file of KIND:[schema.]old=new lines");
  command->add_option("--lock-timeout", args->lock_timeout, "SET lock_timeout at the top of the script (default 10s)");
  command->add_option("--statement-timeout", args->statement_timeout, "SET statement_timeout (default 0: none)");
  command->callback([args, &exit_code] { exit_code = run_diff(*args); });
}

}  // namespace schemadelta::cli

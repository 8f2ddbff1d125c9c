// schemadelta diff SOURCE TARGET [-o FILE] [--explain] [--owners] [--lock-timeout T] ...
#include <iostream>
#include <optional>

#include "cli/commands.h"
#include "cli/snapshot_options.h"
#include "cli/output_file.h"
#include "cli/phase_files.h"
#include "cli/keep_until_exit.h"
#include "cli/plan_output.h"
#include "cli/reporting.h"
#include "cli/summary.h"
#include "cli/script_options.h"
#include "cli/tool_file_options.h"
#include "serialize/plan_json.h"
#include "pipeline/migration_pair.h"
#include "model/printable.h"

namespace schemadelta::cli {

namespace {

struct DiffArguments {
  std::string source, target, output, rollback, format = "sql";
  bool allow_data_loss = false, summary = false, expand_contract = false;
  ScriptOptions script;
  SnapshotOptions snapshot;
  ToolFileOptions tools;
};

// Data-loss safety: destructive changes are refused unless explicitly allowed (said on stderr).
std::optional<int> refusal(const pipeline::MigrationPair& pair, const DiffArguments& args) {
  const auto& loss = pair.data_loss;
  if (pair.refused(args.allow_data_loss) && !loss.destructive.empty()) {
    std::cerr << "schemadelta: refusing to write a migration that loses data (" << loss.destructive.size() << " destructive changes):\n";
    for (const auto& destructive : loss.destructive) std::cerr << "  - " << model::printable(destructive) << "\n";
    std::cerr << "Pass --allow-data-loss to write it anyway (what is dropped is kept in the holding schema " << model::printable(args.script.archive_schema)
              << " for the rollback), or --rename if an object was renamed.\n";
    return kDataLossRefused;
  }
  if (pair.refused(args.allow_data_loss)) {
    std::cerr << "schemadelta: refusing to write a migration that cannot keep what it changes (" << loss.not_kept.size() << "):\n";
    for (const auto& problem : loss.not_kept) std::cerr << "  - " << model::printable(problem) << "\n";
    std::cerr << "Add a primary key, or pass --allow-data-loss to lose those values for good (the rest is still kept).\n";
    return kDataLossRefused;
  }
  return std::nullopt;
}

// --expand-contract -o DIR: the two phases and their rollbacks instead of one migration.
int run_expand_contract(const DiffArguments& args, const model::Catalog& source, const model::Catalog& target,
                        const pipeline::PairOptions& options) {
  const auto phases = pipeline::write_expand_contract(source, target, options);
  if (!phases.errors.empty()) {
    for (const auto& error : phases.errors) std::cerr << "schemadelta: error: " << model::printable(error) << "\n";
    return kInputError;
  }
  for (const auto* pair : {&phases.expand, &phases.contract}) {
    for (const auto& error : pair->rollback_errors) std::cerr << "schemadelta: error: rollback: " << model::printable(error) << "\n";
    if (!pair->rollback_errors.empty()) return kInputError;
    for (const auto& warning : pair->forward.warnings) std::cerr << "schemadelta: warning: " << model::printable(warning) << "\n";
  }
  if (auto refused = refusal(phases.contract, args)) return *refused;
  for (const auto& problem : phases.contract.data_loss.not_kept) {
    std::cerr << "schemadelta: warning: not kept, the rollback cannot bring its values back: " << model::printable(problem) << "\n";
  }
  if (!write_phase_files(args.output, phases, snapshot_name(args.source), snapshot_name(args.target), !args.script.no_preserve)) {
    return kInputError;
  }
  if (!quiet()) {
    std::cerr << "schemadelta: expand " << phases.expand.forward.changes.size() << " changes, contract "
              << phases.contract.forward.changes.size() << " changes, " << phases.state.syncs.size() << " columns kept in step -> "
              << model::printable(args.output) << "\n";
  }
  return kOk;
}

int run_diff(const DiffArguments& args) {
  const auto outputs = args.expand_contract ? phase_file_paths(args.output) : std::vector<std::string>{args.output, args.rollback};
  if (!outputs_are_safe({args.source, args.target, args.snapshot.ignore_file, args.script.renames.rename_file}, outputs)) {
    return kInputError;
  }
  auto snapshots = load_snapshot_pair(args.source, args.target, args.snapshot, args.script.archive_schema);
  if (!snapshots) return kInputError;
  // The SQL text read is not needed past parsing (verify proves with it, diff does not).
  std::string().swap(snapshots->first.sql);
  std::string().swap(snapshots->second.sql);
  const auto options = pair_options(args.script, args.source, args.target);
  if (!options) return kInputError;
  if (args.expand_contract) return run_expand_contract(args, snapshots->first.catalog, snapshots->second.catalog, *options);
  // The snapshots' catalogs are handed over: the change sets keep them, indexed, without a copy.
  const auto& pair = keep_until_exit(pipeline::write_migration_pair(std::move(snapshots->first.catalog), std::move(snapshots->second.catalog), *options));
  if (!pair.errors.empty()) {
    for (const auto& error : pair.errors) std::cerr << "schemadelta: error: " << model::printable(error) << "\n";
    return kInputError;
  }
  const auto& changes = pair.forward;
  for (const auto& warning : changes.warnings) std::cerr << "schemadelta: warning: " << model::printable(warning) << "\n";
  if (args.summary) return write_output(args.output, diff_summary(changes, colour_for(args.output))) ? kOk : kInputError;
  if (args.format == "json") {
    // The plan is an analysis, not a script: it shows destructive changes instead of refusing.
    return write_output(args.output, plan_json_text(pair, snapshots->first, snapshots->second, snapshot_name(args.source),
                                                    snapshot_name(args.target), !args.script.no_preserve))
               ? kOk
               : kInputError;
  }
  if (auto refused = refusal(pair, args)) return *refused;
  const auto& loss = pair.data_loss;
  // --allow-data-loss: hold what can be held, drop the rest, and name each such column (the
  // scripts' headers and the JSON plan say it too: hazard NotHeld).
  for (const auto& problem : loss.not_kept) {
    std::cerr << "schemadelta: warning: not kept, the rollback cannot bring its values back: " << model::printable(problem) << "\n";
  }
  if (!args.rollback.empty()) {
    if (!pair.rollback_errors.empty()) {
      for (const auto& error : pair.rollback_errors) std::cerr << "schemadelta: error: rollback: " << model::printable(error) << "\n";
      return kInputError;
    }
    for (const auto& problem : pair.backward_plan.problems) std::cerr << "schemadelta: warning: the rollback cannot keep " << model::printable(problem) << "\n";
  }
  // What the scripts do, for the reviewer, before they are written (--summary alone writes only this).
  if (!quiet()) std::cerr << diff_summary(changes, colour_on_stderr()) << std::flush;
  const auto& script = pair.migration;
  const std::string& rollback_text = pair.rollback.text;
  if (!write_output(args.output, script.text)) return kInputError;
  if (!args.rollback.empty() && !write_output(args.rollback, rollback_text)) return kInputError;
  if (!write_tool_files(args.tools, pair, args.source, args.target)) return kInputError;
  if (!args.output.empty() && args.output != "-" && !quiet()) {
    std::cerr << "schemadelta: " << (script.empty ? "no differences" : std::to_string(changes.changes.size()) + " changes, " +
                                                                          std::to_string(script.statements) + " statements")
              << " -> " << args.output << (args.rollback.empty() ? "" : ", rollback -> " + args.rollback) << "\n";
  }
  return kOk;
}

}  // namespace

void add_diff_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<DiffArguments>();
  // No script, plan or message of diff names an object's source line: the catalogs are built
  // without their locations (a map entry per object, a tenth of a large model).
  args->snapshot.locations = false;
  auto* command = app.add_subcommand("diff", "Write the migration script that turns SOURCE into TARGET");
  command->add_option("source", args->source, "The schema the database has now (file, folder, - or postgresql:// URI)")->required();
  command->add_option("target", args->target, "The schema it should have (file, folder, - or postgresql:// URI)")->required();
  command->add_option("-o,--output", args->output, "Write the script to this file instead of stdout");
  add_script_options(command, args->script);
  add_tool_file_options(command, args->tools);
  add_snapshot_options(command, args->snapshot, true);
  command->add_option("--format", args->format, "sql (the migration script) or json (the plan: changes, classes, hazards)")
      ->check(CLI::IsMember({"sql", "json"}));
  command->add_option("--rollback", args->rollback, "Also write the rollback script (TARGET back to SOURCE) to this file");
  command->add_flag("--summary", args->summary,
                    "Write only the summary (to stdout or -o), not the scripts: a line per changed object, old -> new, "
                    "with its hazards (diff says it on stderr anyway, unless --quiet)");
  command
      ->add_flag("--expand-contract", args->expand_contract,
                 "Write the release in two phases into the folder -o names: 1-expand.sql (what the old application version "
                 "lives with), 2-contract.sql (the rest), a rollback of each, and plan.json")
      ->needs(command->get_option("--output"))
      ->excludes(command->get_option("--rollback"))
      ->excludes(command->get_option("--format"))
      ->excludes(command->get_option("--summary"));
  command->add_flag("--allow-data-loss", args->allow_data_loss,
                    "Write the migration even when changes drop or narrow data (kept in the holding schema unless --no-preserve)");
  command->callback([args, &exit_code] { exit_code = run_diff(*args); });
}

}  // namespace schemadelta::cli

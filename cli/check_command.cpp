// schemadelta check EXPECTED ACTUAL [--format text|json|junit|sarif] [-o FILE] [--fail-on unsupported]
// Exit 0: no drift. 1: drift (or unsupported statements with --fail-on unsupported). 2: bad input.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <sstream>

#include "cli/commands.h"
#include "cli/snapshot_options.h"
#include "cli/output_file.h"
#include "compare/drift.h"
#include "serialize/drift_report.h"
#include "snapshot/live_database.h"

namespace schemadelta::cli {

namespace {

struct CheckArguments {
  std::string expected, actual, output, format = "text";
  std::vector<std::string> fail_on;
  bool owners = false;
  std::string archive_schema = "schemadelta_archive";
  SnapshotOptions snapshot;
};

int run_check(const CheckArguments& args) {
  if (!outputs_are_safe({args.expected, args.actual, args.snapshot.ignore_file}, {args.output})) return kInputError;
  auto snapshots = load_snapshot_pair(args.expected, args.actual, args.snapshot, args.archive_schema, {"EXPECTED", "ACTUAL"});
  if (!snapshots) return kInputError;
  const auto* expected = &snapshots->first;
  const auto* actual = &snapshots->second;
  compare::CompareOptions options;
  options.owners = args.owners;
  const auto report = compare::detect_drift(expected->catalog, actual->catalog, options);
  // With --normalize-with-server EXPECTED was compared as a server's dump of it, whose lines the
  // user never sees: places are taken from EXPECTED read as written (its messages said once).
  std::optional<snapshot::Snapshot> as_written;
  if (args.snapshot.normalize_with_server && !snapshot::is_connection_uri(args.expected)) {
    auto plain = args.snapshot;
    plain.normalize_with_server = false;
    plain.internal_schemas.push_back(args.archive_schema);
    std::ostringstream said_already;
    auto* stderr_buffer = std::cerr.rdbuf(said_already.rdbuf());
    as_written = load_snapshot({args.expected}, plain);
    std::cerr.rdbuf(stderr_buffer);
  }
  const auto* places = as_written ? &as_written->catalog : &expected->catalog;
  serialize::DriftContext context{snapshot_name(args.expected), snapshot_name(args.actual), SCHEMADELTA_VERSION, places, &actual->catalog, {}};
  // Why the exit is 1 beyond drift, said in every format.
  context.fail_on_unsupported = std::find(args.fail_on.begin(), args.fail_on.end(), "unsupported") != args.fail_on.end();
  for (const auto& reason : args.fail_on) {
    const auto unsupported = expected->catalog.unmanaged.size() + actual->catalog.unmanaged.size();
    if (reason == "unsupported" && unsupported > 0) {
      context.failures.push_back(std::to_string(unsupported) + " unsupported statement" + (unsupported == 1 ? "" : "s") +
                                 " (not compared), and --fail-on unsupported");
    }
  }
  std::string text;
  if (args.format == "json") text = serialize::drift_json(report, context);
  else if (args.format == "junit") text = serialize::drift_junit(report, context);
  else if (args.format == "sarif") text = serialize::drift_sarif(report, context);
  else {
    const bool terminal = (args.output.empty() || args.output == "-") && ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
    text = serialize::drift_text(report, context, terminal);
  }
  if (!write_output(args.output, text)) return kInputError;
  return report.has_drift() || !context.failures.empty() ? kDifferences : kOk;
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<CheckArguments>();
  auto* command = app.add_subcommand("check", "Compare a database (or snapshot) with the expected schema: exit 1 on drift");
  command->add_option("expected", args->expected, "The schema it should have (file, folder, - or postgresql:// URI)")->required();
  command->add_option("actual", args->actual, "The schema it has (file, folder, - or postgresql:// URI)")->required();
  command->add_option("--format", args->format, "text (default), json, junit or sarif")
      ->check(CLI::IsMember({"text", "json", "junit", "sarif"}));
  command->add_option("-o,--output", args->output, "Write the report to this file instead of stdout");
  command->add_option("--fail-on", args->fail_on, "Also fail (exit 1) on: unsupported (statements the tool does not model)")
      ->check(CLI::IsMember({"unsupported"}));
  command->add_flag("--owners", args->owners, "Compare object owners too");
  command->add_option("--archive-schema", args->archive_schema, "The holding schema, never compared (default schemadelta_archive)");
  add_snapshot_options(command, args->snapshot, true);
  command->callback([args, &exit_code] { exit_code = run_check(*args); });
}

}  // namespace schemadelta::cli

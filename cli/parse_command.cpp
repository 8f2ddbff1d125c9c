// schemadelta parse FILE|DIR|-|URI ... [--format json|sql] [-o FILE] [snapshot options]
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/snapshot_options.h"
#include "cli/output_file.h"
#include "generator/postgres/catalog_ddl.h"
#include "serialize/catalog_json.h"

namespace schemadelta::cli {

namespace {

struct ParseArguments {
  std::vector<std::string> inputs;
  std::string format = "json";
  std::string output;
  SnapshotOptions snapshot;
};

int run_parse(const ParseArguments& args) {
  auto inputs = args.inputs;
  inputs.push_back(args.snapshot.ignore_file);
  if (!outputs_are_safe(inputs, {args.output})) return kInputError;
  auto snapshot = load_snapshot(args.inputs, args.snapshot);
  if (!snapshot) return kInputError;
  if (args.format == "json") {
    // Written as it is made, as the DDL below (the document of a huge table, built whole and then
    // its text, was most of the peak).
    const bool written = write_output(args.output, [&](const PutText& put) {
      struct Sink : serialize::JsonSink {
        explicit Sink(const PutText& put) : put(put) {}
        void write(std::string_view text) override { put(text); }
        const PutText& put;
      } sink(put);
      serialize::write_json(snapshot->catalog, sink, nullptr, 2);
      put("\n");
    });
    return written ? kOk : kInputError;
  }
  return write_output(args.output, [&](const PutText& put) { generator::postgres::write_catalog_ddl(snapshot->catalog, put); }) ? kOk
                                                                                                                        : kInputError;
}

}  // namespace

void add_parse_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ParseArguments>();
  // Neither the model's JSON nor its DDL says where an object was defined: no locations kept.
  args->snapshot.locations = false;
  auto* command = app.add_subcommand("parse", "Read a schema snapshot and print its model (JSON) or canonical DDL");
  command->add_option("inputs", args->inputs, "SQL files, folders of *.sql files, - for stdin, or a postgresql:// URI")->required();
  command->add_option("--format", args->format, "json (the model) or sql (canonical DDL)")
      ->check(CLI::IsMember({"json", "sql"}));
  command->add_option("-o,--output", args->output, "Write to this file instead of stdout");
  add_snapshot_options(command, args->snapshot, true);
  command->callback([args, &exit_code] { exit_code = run_parse(*args); });
}

}  // namespace schemadelta::cli

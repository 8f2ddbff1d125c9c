#include "cli/tool_file_options.h"

#include <iostream>

#include "cli/reporting.h"
#include "model/printable.h"
#include "release/tool_files.h"
#include "snapshot/load_snapshot.h"

namespace schemadelta::cli {

void add_tool_file_options(CLI::App* command, ToolFileOptions& options) {
  auto* sqitch = command->add_option("--sqitch", options.sqitch, "Also add the scripts as a Sqitch change to this project folder (with --change)");
  auto* change = command->add_option("--change", options.change, "The Sqitch change name (deploy/NAME.sql, revert/NAME.sql, verify/NAME.sql)");
  auto* flyway = command->add_option("--flyway", options.flyway, "Also write V<version>__<description>.sql and its U... undo into this folder");
  auto* version = command->add_option("--version", options.version, "The Flyway version (1, 1.2, 2_1)");
  auto* description = command->add_option("--description", options.description, "The Flyway description (spaces become underscores)");
  auto* liquibase = command->add_option("--liquibase", options.liquibase, "Also write a Liquibase formatted SQL changelog to this file (with --author, --id)");
  auto* author = command->add_option("--author", options.author, "The Liquibase changeset's author");
  auto* id = command->add_option("--id", options.id, "The Liquibase changeset's id");
  sqitch->needs(change);
  change->needs(sqitch);
  flyway->needs(version)->needs(description);
  version->needs(flyway);
  description->needs(flyway);
  liquibase->needs(author)->needs(id);
  author->needs(liquibase);
  id->needs(liquibase);
}

bool write_tool_files(const ToolFileOptions& options, const pipeline::MigrationPair& pair, const std::string& source, const std::string& target) {
  if (!options.any()) return true;
  if (!pair.rollback_errors.empty()) {
    std::cerr << "schemadelta: error: the tools' files need the rollback, which cannot be written:\n";
    for (const auto& error : pair.rollback_errors) std::cerr << "  - " << model::printable(error) << "\n";
    return false;
  }
  const release::ToolScripts scripts{pair.migration.text, pair.rollback.text, pair.forward.source.get(), pair.forward.target.get(),
                                     snapshot::snapshot_name(source), snapshot::snapshot_name(target)};
  bool ok = true;
  auto report = [&](const std::string& tool, const std::string& problem, const std::string& where) {
    if (!problem.empty()) {
      std::cerr << "schemadelta: error: " << tool << ": " << model::printable(problem) << "\n";
      ok = false;
    } else if (!quiet()) {
      std::cerr << "schemadelta: " << tool << " -> " << model::printable(where) << "\n";
    }
  };
  if (!options.sqitch.empty()) report("sqitch", release::write_sqitch(options.sqitch, options.change, scripts), options.sqitch);
  if (!options.flyway.empty()) report("flyway", release::write_flyway(options.flyway, options.version, options.description, scripts), options.flyway);
  if (!options.liquibase.empty()) report("liquibase", release::write_liquibase(options.liquibase, options.author, options.id, scripts), options.liquibase);
  return ok;
}

}  // namespace schemadelta::cli

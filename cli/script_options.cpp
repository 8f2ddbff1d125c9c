#include "cli/script_options.h"

#include "cli/snapshot_options.h"
#include "generator/postgres/target_version.h"

namespace schemadelta::cli {

void add_script_options(CLI::App* command, ScriptOptions& options) {
  command->add_flag("--explain", options.explain, "Say before each statement why it is there");
  command->add_flag("--owners", options.owners, "Compare and change object owners too");
  command->add_flag("--concurrently", options.concurrently,
                    "Build new indexes on existing tables with CREATE INDEX CONCURRENTLY, after the transaction");
  command->add_flag("--strict-column-order", options.strict_column_order, "Report tables whose column order differs");
  command->add_flag("--no-preserve", options.no_preserve, "Drop data for good instead of keeping it in the holding schema");
  command->add_option("--archive-schema", options.archive_schema, "The holding schema (default schemadelta_archive); never compared");
  command->add_option("--release", options.release, "A label recorded with every holding (default: an id of the two snapshots)");
  command->add_option("--lock-timeout", options.lock_timeout, "SET lock_timeout at the top of the script (default 10s)");
  command->add_option("--statement-timeout", options.statement_timeout, "SET statement_timeout (default 0: none)");
  command->add_option("--target-version", options.target_version,
                      "The PostgreSQL major the scripts are for (14-18, default the newest): a change it cannot express is refused")
      ->check(CLI::Range(generator::postgres::k_oldest_target_version, generator::postgres::k_newest_target_version));
  add_rename_options(command, options.renames);
}

std::optional<pipeline::PairOptions> pair_options(const ScriptOptions& options, const std::string& source,
                                                             const std::string& target) {
  auto renames = read_renames(options.renames);
  if (!renames) return std::nullopt;
  pipeline::PairOptions pair;
  pair.compare.owners = options.owners;
  pair.compare.strict_column_order = options.strict_column_order;
  pair.compare.renames = *renames;
  pair.compare.concurrent_indexes = options.concurrently;  // the hazards say what the script does
  pair.preserve = !options.no_preserve;
  pair.archive_schema = options.archive_schema;
  pair.release = options.release;
  auto& script = pair.migration;
  script.tool_version = SCHEMADELTA_VERSION;
  script.source_name = snapshot_name(source);
  script.target_name = snapshot_name(target);
  script.explain = options.explain;
  script.concurrently = options.concurrently;
  script.lock_timeout = options.lock_timeout;
  script.statement_timeout = options.statement_timeout;
  script.target_version = options.target_version ? options.target_version : generator::postgres::k_newest_target_version;
  return pair;
}

}  // namespace schemadelta::cli

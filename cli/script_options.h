#pragma once
// The options that decide what the migration and rollback scripts are, declared once for `diff`
// (which writes them) and `verify` (which proves them): what verify proves is what diff writes.
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/rename_options.h"
#include "pipeline/migration_pair.h"

namespace schemadelta::cli {

struct ScriptOptions {
  bool explain = false, owners = false, strict_column_order = false, concurrently = false, no_preserve = false;
  std::string archive_schema = "schemadelta_archive", release;
  std::string lock_timeout = "10s", statement_timeout = "0";
  int target_version = 0;  // --target-version 14..18; 0: not given (the newest; verify: its server's)
  RenameOptions renames;
};

// --explain, --owners, --strict-column-order, --concurrently, --no-preserve, --archive-schema,
// --release, --lock-timeout, --statement-timeout, --target-version, --rename, --rename-file.
void add_script_options(CLI::App* command, ScriptOptions& options);

// The options the pair of scripts is written with; nullopt when the renames cannot be read
// (already reported). `source` and `target` are the inputs as given (passwords are masked).
std::optional<pipeline::PairOptions> pair_options(const ScriptOptions& options, const std::string& source,
                                                             const std::string& target);

}  // namespace schemadelta::cli

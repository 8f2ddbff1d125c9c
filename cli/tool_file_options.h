#pragma once
// diff's options that also write the migration and rollback as another tool's files:
// --sqitch DIR --change NAME, --flyway DIR --version V --description D, --liquibase FILE --author A --id I.
#include <string>

#include <CLI/CLI.hpp>

#include "pipeline/migration_pair.h"

namespace schemadelta::cli {

struct ToolFileOptions {
  std::string sqitch, change, flyway, version, description, liquibase, author, id;
  bool any() const { return !sqitch.empty() || !flyway.empty() || !liquibase.empty(); }
};

void add_tool_file_options(CLI::App* command, ToolFileOptions& options);

// Writes the files asked for; false (said on stderr) when one cannot be written.
bool write_tool_files(const ToolFileOptions& options, const pipeline::MigrationPair& pair, const std::string& source, const std::string& target);

}  // namespace schemadelta::cli

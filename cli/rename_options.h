#pragma once
// --rename and --rename-file, read the same way by every command that compares.
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "compare/renames.h"

namespace schemadelta::cli {

struct RenameOptions {
  std::vector<std::string> renames;  // KIND:[schema.]old=new
  std::string rename_file;           // one per line, # comments
};

void add_rename_options(CLI::App* command, RenameOptions& options);

// nullopt when a rename cannot be read (already reported).
std::optional<std::vector<compare::Rename>> read_renames(const RenameOptions& options);

}  // namespace schemadelta::cli

#pragma once
// Reading a snapshot for any command: files, folders, stdin or a live database (through
// pg_dump), optionally normalized through a throwaway server, filtered by --schema,
// --exclude-schema and the ignore file; diagnostics printed to stderr.
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "model/object_filter.h"
#include "parser/parse.h"

namespace schemadelta::cli {

struct SnapshotOptions {
  bool strict = false;                 // unmanaged statements are errors
  std::vector<std::string> schemas, exclude_schemas;
  std::string ignore_file;             // empty: .schemadelta-ignore in the current folder, if any
  bool normalize_with_server = false;  // load into a throwaway server and read back its dump
  std::vector<std::string> internal_schemas;  // always left out (the holding schema)
};

// --schema, --exclude-schema, --ignore-file, --strict; --normalize-with-server when asked.
void add_snapshot_options(CLI::App* command, SnapshotOptions& options, bool normalization);

// nullopt when the input cannot be read or has errors (already reported).
std::optional<parser::ParseResult> load_snapshot(const std::vector<std::string>& inputs, const SnapshotOptions& options);

// The name a snapshot is shown under (a connection string with its password masked).
std::string snapshot_name(const std::string& input);

}  // namespace schemadelta::cli

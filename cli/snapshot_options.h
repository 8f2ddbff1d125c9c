#pragma once
// The options every command that reads snapshots takes.
#include <CLI/CLI.hpp>

#include "snapshot/load_snapshot.h"

namespace schemadelta::cli {

using snapshot::load_snapshot;
using snapshot::load_snapshot_pair;
using snapshot::snapshot_name;
using snapshot::SnapshotOptions;

// --schema, --exclude-schema, --ignore-file, --strict, --connect-timeout; --normalize-with-server
// when asked.
void add_snapshot_options(CLI::App* command, SnapshotOptions& options, bool normalization);

}  // namespace schemadelta::cli

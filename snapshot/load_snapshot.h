#pragma once
// Reading a snapshot for any command: files, folders, stdin or a live database (through
// pg_dump), optionally normalized through a throwaway server, filtered by --schema,
// --exclude-schema and the ignore file; diagnostics printed to stderr.
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/object_filter.h"
#include "parser/parse.h"
#include "parser/parse_pool.h"

namespace schemadelta::snapshot {

struct SnapshotOptions {
  bool strict = false;                 // unmanaged statements are errors
  std::vector<std::string> schemas, exclude_schemas;
  int connect_timeout = 10;            // seconds to wait for a live database to answer (0: for ever)
  std::string ignore_file;             // empty: .schemadelta-ignore in the current folder, if any
  bool normalize_with_server = false;  // load into a throwaway server and read back its dump
  std::vector<std::string> internal_schemas;  // always left out (the holding schema)
  unsigned jobs = 0;                   // threads parsing statements (0: one per core; 1: none)
  std::shared_ptr<parser::ParsePool> pool;  // threads shared with another snapshot read at the same time
  bool locations = true;               // where each object was defined (parser::ParseOptions)
};

// A parsed snapshot and the SQL it was read from (files in order, or the live database's dump).
struct Snapshot : parser::ParseResult {
  std::string sql;
};

// nullopt when the input cannot be read or has errors (already reported).
std::optional<Snapshot> load_snapshot(const std::vector<std::string>& inputs, const SnapshotOptions& options);

// The two snapshots a comparing command reads, the holding schema `archive_schema` left out of
// both (it is the tool's own). nullopt when either cannot be read (already reported). `roles`
// name the two sides in messages.
std::optional<std::pair<Snapshot, Snapshot>> load_snapshot_pair(const std::string& first, const std::string& second,
                                                                const SnapshotOptions& options, const std::string& archive_schema,
                                                                const std::array<std::string, 2>& roles = {"SOURCE", "TARGET"});

// The name a snapshot is shown under (a connection string with its password masked).
std::string snapshot_name(const std::string& input);

}  // namespace schemadelta::snapshot

#pragma once
// `schemadelta apply SCRIPT DATABASE` and `schemadelta history DATABASE`: a script `diff` wrote is
// run only on a database at the script's SOURCE (the fingerprints in its header, the database's
// computed from a snapshot as `check` reads it: holding schema left out, owners not compared), the
// result is checked against the script's TARGET, and every run is recorded.
#include <ostream>
#include <string>

#include "snapshot/load_snapshot.h"

namespace schemadelta::release {

// apply's exit statuses (2 is every command's bad input; 3 is diff's data-loss refusal).
enum ApplyExit : int {
  kApplied = 0,        // ran and the database is at TARGET; or it was already there; or --dry-run passed
  kNotAtSource = 1,    // the database is elsewhere: nothing ran (the drift report says where)
  kBadInput = 2,       // unreadable script, no fingerprints in its header, bad options, database unreachable
  kScriptFailed = 4,   // psql stopped at an error: recorded as failed (--dry-run: the rolled-back run failed)
  kNotAtTarget = 5,    // the script ran but the database is not at TARGET afterwards, or the record failed
};

struct ApplyOptions {
  std::string script, database;
  std::string release;                 // --release: the label recorded
  std::string source;                  // --source: the SOURCE snapshot, for a drift report by object
  std::string archive_schema = "schemadelta_archive";
  bool force = false, dry_run = false;
  snapshot::SnapshotOptions snapshot;  // the same filters diff was given
};

int apply(const ApplyOptions& options, std::ostream& out, std::ostream& err);

struct HistoryOptions {
  std::string database, format = "text", archive_schema = "schemadelta_archive";
  int connect_timeout = 10;
};

// 0 listed (none recorded is an empty list), 2 the database cannot be read.
int history(const HistoryOptions& options, std::ostream& out, std::ostream& err);

}  // namespace schemadelta::release

#pragma once
// The deployment history: one row per apply in <archive schema>.deployments (the holding schema,
// which snapshots leave out, so the record never counts as drift).
#include <string>

#include <nlohmann/json.hpp>

namespace schemadelta::release {

struct Deployment {
  std::string release;                    // --release, may be empty
  std::string script_name, script_sha256;
  std::string source_fingerprint, target_fingerprint;  // the script's header
  std::string fingerprint_before, fingerprint_after;    // the database's, around the run ("" when unknown)
  std::string outcome;                    // "applied", "failed", "not at target"
  bool forced = false;
  std::string client_host;
  double started_epoch_seconds = 0, seconds = 0;
  std::string message;                    // psql's error for a failed run
};

// Creates the table when missing and inserts the row, in one transaction (one psql -c).
std::string record_sql(const Deployment& deployment, const std::string& archive_schema);

// Answers "t" when the table exists.
std::string history_exists_sql(const std::string& archive_schema);
// Answers one line: a JSON array of the rows, oldest first.
std::string history_sql(const std::string& archive_schema);
// The rows as text lines, every value from the database escaped.
std::string history_text(const nlohmann::json& rows);

}  // namespace schemadelta::release

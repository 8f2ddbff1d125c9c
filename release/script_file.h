#pragma once
// What apply reads from a script `diff` wrote: the fingerprints in its header, its transactional
// part (for --dry-run), and psql's echo of a run (for the progress lines).
#include <optional>
#include <string>
#include <vector>

namespace schemadelta::release {

// The header line "-- state fingerprint <16 hex> -> <16 hex>": SOURCE's and TARGET's
// state_fingerprint (release/state_fingerprint.h).
struct ScriptFingerprints {
  std::string source, target;
};
// nullopt when the script has no such line among its leading comment lines.
std::optional<ScriptFingerprints> read_fingerprints(const std::string& script);

// True when the script's header says it has nothing to do ("-- No differences").
bool is_empty_script(const std::string& script);

// --dry-run: the settings before the first part, then the lines between the script's own "BEGIN;"
// and its last "COMMIT;" line, ended by ROLLBACK instead. nullopt when the script has no such
// transaction. `skipped` says which parts outside the transaction are left out.
std::optional<std::string> rolled_back_transaction(const std::string& script, std::vector<std::string>& skipped);

// One statement psql ran: its first line of SQL (comments skipped) and the time psql measured.
struct TimedStatement {
  std::string first_line;
  double milliseconds = 0;
};
// Parses what `psql --echo-queries -o /dev/null` with \timing on writes to stdout: each statement
// as sent, then "Time: N ms" (psql prints "Time: 1.234 ms (00:01.234)" past a second). A statement
// without a time line at the end (the one that failed) is returned with milliseconds -1.
std::vector<TimedStatement> timed_statements(const std::string& psql_stdout);

}  // namespace schemadelta::release

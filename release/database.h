#pragma once
// The database apply and history work on: a postgresql:// URI or a libpq key=value conninfo
// (turned into the equivalent URI, so that every path below reads one form and its password goes
// to PGPASSWORD, never onto a command line), reached through psql.
#include <optional>
#include <string>
#include <vector>

namespace schemadelta::release {

// The URI for `database`; nullopt with `error` set when a conninfo cannot be read.
std::optional<std::string> database_uri(const std::string& database, std::string& error);

struct PsqlRun {
  int exit_code = -1;  // psql's: 0 ok, 1 fatal, 2 connection lost, 3 script error
  std::string out, err;  // err with the password and connection string masked
};

// psql -X -w -v ON_ERROR_STOP=1 on `uri` with `arguments` after those; `input` on stdin.
// Throws verify::VerifyError when psql cannot be found or started.
PsqlRun run_psql(const std::string& uri, const std::vector<std::string>& arguments, const std::optional<std::string>& input,
                 int connect_timeout_seconds);

}  // namespace schemadelta::release

#pragma once
// A libpq connection URI taken apart, so that a password never reaches a command line (where `ps`
// shows it), a message or a script header. Parsed, not matched with a pattern: a password may hold
// '@', '/', '?', ':' or '%XX' escapes, written as the user meant them.
#include <optional>
#include <string>
#include <vector>

namespace schemadelta::snapshot {

struct ConnectionParts {
  std::string without_password;       // the URI with the password left out of user info and query
  std::optional<std::string> password;  // percent-decoded
  bool has_connect_timeout = false;   // the URI sets connect_timeout itself
};

// Splits a "postgresql://" or "postgres://" URI; other text is returned whole, with no password.
ConnectionParts split_connection(const std::string& connection);

// The connection string with any password replaced by "***": every '@' up to the host counts as
// part of the user info, so an unescaped '@' or '/' in a password is masked too.
std::string redact_connection(const std::string& connection);

// The environment for a client program (pg_dump, psql) reaching `connection`: ours without PG*
// variables it should not inherit, plus PGPASSWORD when the URI has a password and
// PGCONNECT_TIMEOUT (unless the URI sets connect_timeout), so a server that never answers
// gives an error instead of a hang.
std::vector<std::string> client_environment(const ConnectionParts& connection, int connect_timeout_seconds);

}  // namespace schemadelta::snapshot

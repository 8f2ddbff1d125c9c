#pragma once
// Finding PostgreSQL's client programs (psql, pg_dump) for live databases: on PATH first, else
// the newest under /usr/lib/postgresql/*/bin (Debian's layout).
#include <optional>
#include <string>

namespace schemadelta::verify {

std::optional<std::string> find_client_tool(const std::string& program);

// An executable `program` in a directory of PATH.
std::optional<std::string> find_on_path(const std::string& program);

}  // namespace schemadelta::verify

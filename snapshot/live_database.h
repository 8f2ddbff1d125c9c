#pragma once
// Reading a live PostgreSQL database: its schema as `pg_dump --schema-only` prints it (the real
// tool for the job; parsed afterwards like any dump). Connection strings follow libpq: a URI or
// key=value pairs; the password comes from PGPASSWORD or .pgpass, and is masked in every message.
#include <string>
#include <vector>

#include "snapshot/connection_string.h"

namespace schemadelta::snapshot {

// "postgresql://..." or "postgres://...".
bool is_connection_uri(const std::string& text);


struct LiveDumpOptions {
  std::vector<std::string> schemas;          // pg_dump --schema (patterns)
  std::vector<std::string> exclude_schemas;  // pg_dump --exclude-schema
  int connect_timeout_seconds = 10;          // 0: wait for ever (libpq's connect_timeout)
};

// Throws VerifyError (pg_dump's message, password masked) when pg_dump is missing or fails.
std::string dump_live_schema(const std::string& connection, const LiveDumpOptions& options = {});

}  // namespace schemadelta::snapshot

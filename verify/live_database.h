#pragma once
// Reading a live PostgreSQL database: its schema as `pg_dump --schema-only` prints it (the real
// tool for the job; parsed afterwards like any dump). Connection strings follow libpq: a URI or
// key=value pairs; the password comes from PGPASSWORD or .pgpass, and is masked in every message.
#include <string>
#include <vector>

namespace schemadelta::verify {

// "postgresql://..." or "postgres://...".
bool is_connection_uri(const std::string& text);

// The connection string with any password replaced by "***", for messages and script headers.
std::string redact_connection(const std::string& connection);

struct LiveDumpOptions {
  std::vector<std::string> schemas;          // pg_dump --schema (patterns)
  std::vector<std::string> exclude_schemas;  // pg_dump --exclude-schema
};

// Throws VerifyError (pg_dump's message, password masked) when pg_dump is missing or fails.
std::string dump_live_schema(const std::string& connection, const LiveDumpOptions& options = {});

}  // namespace schemadelta::verify

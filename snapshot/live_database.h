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


// How a live database is read: pg_dump when it is as new as the server, else the catalog
// (verify/catalog_dump.h); or always one of them.
enum class LiveReader { Auto, PgDump, Catalog };

struct LiveDumpOptions {
  std::vector<std::string> schemas;          // pg_dump --schema (patterns)
  std::vector<std::string> exclude_schemas;  // pg_dump --exclude-schema
  int connect_timeout_seconds = 10;          // 0: wait for ever (libpq's connect_timeout)
  LiveReader reader = LiveReader::Auto;
};

// The server's major version (psql's SHOW server_version_num). Throws VerifyError, password masked.
int live_server_version(const std::string& connection, const LiveDumpOptions& options = {});

// Throws VerifyError (pg_dump's or psql's message, password masked) when the read fails.
std::string dump_live_schema(const std::string& connection, const LiveDumpOptions& options = {});

}  // namespace schemadelta::snapshot

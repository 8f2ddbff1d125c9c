#include "snapshot/live_database.h"

#include "verify/catalog_dump.h"
#include "verify/client_tools.h"
#include "snapshot/connection_string.h"
#include "verify/process.h"
#include "verify/throwaway_server.h"
#include "verify/verify_error.h"

namespace schemadelta::snapshot {

using verify::find_client_tool;
using verify::ProcessOptions;
using verify::run_process;
using verify::VerifyError;

bool is_connection_uri(const std::string& text) { return text.starts_with("postgresql://") || text.starts_with("postgres://"); }

namespace {

// A client's message without the password, wherever the client echoed the connection.
VerifyError client_failure(const std::string& connection, const ConnectionParts& parts, std::string message) {
  while (!message.empty() && message.back() == '\n') message.pop_back();
  for (const auto& shown : {connection, parts.without_password}) {
    if (auto at = message.find(shown); at != std::string::npos) message.replace(at, shown.size(), redact_connection(connection));
  }
  if (parts.password && !parts.password->empty()) {
    for (auto at = message.find(*parts.password); at != std::string::npos; at = message.find(*parts.password, at + 3)) {
      message.replace(at, parts.password->size(), "***");
    }
  }
  return VerifyError(redact_connection(connection) + ": " + message);
}

// The major version a client tool prints with --version ("pg_dump (PostgreSQL) 15.18 ..."), 0 if none.
int tool_major(const std::string& tool) {
  auto result = run_process({tool, "--version"});
  auto at = result.out.find(") ");
  return at == std::string::npos ? 0 : std::atoi(result.out.c_str() + at + 2);
}

std::vector<std::string> psql_argv(const std::string& psql, const ConnectionParts& parts) {
  return {psql, "-X", "-q", "-w", "-v", "ON_ERROR_STOP=1", "-d", parts.without_password};
}

}  // namespace

int live_server_version(const std::string& connection, const LiveDumpOptions& options) {
  auto psql = find_client_tool("psql");
  if (!psql) throw VerifyError("psql not found on PATH or under /usr/lib/postgresql/*/bin");
  const auto parts = split_connection(connection);
  auto argv = psql_argv(*psql, parts);
  argv.insert(argv.end(), {"-A", "-t", "-c", "SHOW server_version_num"});
  ProcessOptions process;
  process.env = client_environment(parts, options.connect_timeout_seconds);
  auto result = run_process(argv, process);
  if (result.exit_code != 0) throw client_failure(connection, parts, result.err.empty() ? "psql failed" : result.err);
  return std::atoi(result.out.c_str()) / 10000;
}

std::string dump_live_schema(const std::string& connection, const LiveDumpOptions& options) {
  auto pg_dump = find_client_tool("pg_dump");
  // pg_dump refuses a server newer than itself: such a server (PostgreSQL 16, 17, 18 beside
  // Debian 12's client 15) is read from its catalog, into the same statements.
  if (!pg_dump || options.reader == LiveReader::Catalog ||
      (options.reader == LiveReader::Auto && live_server_version(connection, options) > tool_major(*pg_dump))) {
    auto psql = find_client_tool("psql");
    if (!psql) throw VerifyError("psql not found on PATH or under /usr/lib/postgresql/*/bin");
    const auto parts = split_connection(connection);
    verify::CatalogDumpOptions catalog;
    catalog.schemas = options.schemas;
    catalog.exclude_schemas = options.exclude_schemas;
    try {
      return verify::catalog_schema_dump(psql_argv(*psql, parts), client_environment(parts, options.connect_timeout_seconds), catalog);
    } catch (const VerifyError& e) {
      throw client_failure(connection, parts, e.what());
    }
  }
  std::vector<std::string> argv{*pg_dump, "--schema-only", "--no-password"};
  for (const auto& schema : options.schemas) argv.push_back("--schema=" + schema);
  for (const auto& schema : options.exclude_schemas) argv.push_back("--exclude-schema=" + schema);
  // The password travels in the environment: a command line is visible to every user (`ps`).
  const auto parts = split_connection(connection);
  argv.push_back("--dbname=" + parts.without_password);
  ProcessOptions process;
  process.env = client_environment(parts, options.connect_timeout_seconds);
  auto result = run_process(argv, process);
  if (result.exit_code != 0) {
    throw client_failure(connection, parts, result.err.empty() ? "pg_dump failed" : result.err);
  }
  // pg_dump 15.14+ brackets the dump in \restrict KEY / \unrestrict KEY with a random key: left
  // out, so two snapshots of one database are the same bytes.
  return verify::without_restrict_keys(result.out);
}

}  // namespace schemadelta::snapshot

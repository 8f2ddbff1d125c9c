#include "snapshot/live_database.h"

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

std::string dump_live_schema(const std::string& connection, const LiveDumpOptions& options) {
  auto pg_dump = find_client_tool("pg_dump");
  if (!pg_dump) throw VerifyError("pg_dump not found on PATH or under /usr/lib/postgresql/*/bin");
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
    std::string message = result.err.empty() ? "pg_dump failed" : result.err;
    while (!message.empty() && message.back() == '\n') message.pop_back();
    // pg_dump may echo the connection string: never print a password.
    for (const auto& shown : {connection, parts.without_password}) {
      if (auto at = message.find(shown); at != std::string::npos) message.replace(at, shown.size(), redact_connection(connection));
    }
    if (parts.password && !parts.password->empty()) {
      for (auto at = message.find(*parts.password); at != std::string::npos; at = message.find(*parts.password, at + 3)) {
        message.replace(at, parts.password->size(), "***");
      }
    }
    throw VerifyError(redact_connection(connection) + ": " + message);
  }
  // pg_dump 15.14+ brackets the dump in \restrict KEY / \unrestrict KEY with a random key: left
  // out, so two snapshots of one database are the same bytes.
  return verify::without_restrict_keys(result.out);
}

}  // namespace schemadelta::snapshot

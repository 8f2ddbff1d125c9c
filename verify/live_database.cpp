#include "verify/live_database.h"

#include <regex>

#include "verify/client_tools.h"
#include "verify/process.h"
#include "verify/verify_error.h"

namespace schemadelta::verify {

bool is_connection_uri(const std::string& text) { return text.starts_with("postgresql://") || text.starts_with("postgres://"); }

std::string redact_connection(const std::string& connection) {
  // URI user:password@ ...
  static const std::regex uri_password(R"(^(postgres(?:ql)?://[^:/@?]*):[^@/?]*@)");
  // ... password=... as a URI parameter or a key=value pair (quoted or not).
  static const std::regex keyword_password(R"((^|[?&\s])password\s*=\s*('([^'\\]|\\.)*'|[^&\s]*))");
  std::string text = std::regex_replace(connection, uri_password, "$1:***@");
  return std::regex_replace(text, keyword_password, "$1password=***");
}

std::string dump_live_schema(const std::string& connection, const LiveDumpOptions& options) {
  auto pg_dump = find_client_tool("pg_dump");
  if (!pg_dump) throw VerifyError("pg_dump not found on PATH or under /usr/lib/postgresql/*/bin");
  std::vector<std::string> argv{*pg_dump, "--schema-only", "--no-password"};
  for (const auto& schema : options.schemas) argv.push_back("--schema=" + schema);
  for (const auto& schema : options.exclude_schemas) argv.push_back("--exclude-schema=" + schema);
  argv.push_back("--dbname=" + connection);
  auto result = run_process(argv);
  if (result.exit_code != 0) {
    std::string message = result.err.empty() ? "pg_dump failed" : result.err;
    while (!message.empty() && message.back() == '\n') message.pop_back();
    // pg_dump may echo the connection string: never print a password.
    if (auto at = message.find(connection); at != std::string::npos) message.replace(at, connection.size(), redact_connection(connection));
    throw VerifyError(redact_connection(connection) + ": " + message);
  }
  return result.out;
}

}  // namespace schemadelta::verify

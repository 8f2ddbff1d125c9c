#include "release/database.h"

#include <cctype>

#include <fmt/format.h>

#include "snapshot/connection_string.h"
#include "verify/client_tools.h"
#include "verify/process.h"
#include "verify/verify_error.h"

namespace schemadelta::release {

namespace {

std::string percent_encode(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out += char(c);
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

// libpq's conninfo grammar: keyword = value pairs separated by whitespace; a value is a run of
// non-space characters or single-quoted, with \' and \\ escapes in either.
bool read_conninfo(const std::string& text, std::vector<std::pair<std::string, std::string>>& pairs, std::string& error) {
  std::size_t i = 0;
  auto skip_space = [&] { while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i; };
  while (true) {
    skip_space();
    if (i == text.size()) return true;
    std::string key;
    while (i < text.size() && text[i] != '=' && !std::isspace(static_cast<unsigned char>(text[i]))) key += text[i++];
    skip_space();
    if (i == text.size() || text[i] != '=' || key.empty()) {
      error = "expected keyword=value";
      return false;
    }
    ++i;
    skip_space();
    std::string value;
    if (i < text.size() && text[i] == '\'') {
      ++i;
      bool closed = false;
      while (i < text.size()) {
        if (text[i] == '\\' && i + 1 < text.size()) { value += text[i + 1]; i += 2; continue; }
        if (text[i] == '\'') { closed = true; ++i; break; }
        value += text[i++];
      }
      if (!closed) {
        error = "unterminated quoted value";
        return false;
      }
    } else {
      while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) {
        if (text[i] == '\\' && i + 1 < text.size()) { value += text[i + 1]; i += 2; continue; }
        value += text[i++];
      }
    }
    pairs.emplace_back(key, value);
  }
}

}  // namespace

std::optional<std::string> database_uri(const std::string& database, std::string& error) {
  if (database.starts_with("postgresql://") || database.starts_with("postgres://")) return database;
  if (database.find('=') == std::string::npos) {
    error = "not a postgresql:// URI nor a key=value connection string";
    return std::nullopt;
  }
  std::vector<std::pair<std::string, std::string>> pairs;
  if (!read_conninfo(database, pairs, error)) return std::nullopt;
  std::string uri = "postgresql://?";
  for (std::size_t i = 0; i < pairs.size(); ++i) uri += (i ? "&" : "") + percent_encode(pairs[i].first) + "=" + percent_encode(pairs[i].second);
  return uri;
}

PsqlRun run_psql(const std::string& uri, const std::vector<std::string>& arguments, const std::optional<std::string>& input,
                 int connect_timeout_seconds) {
  auto psql = verify::find_client_tool("psql");
  if (!psql) throw verify::VerifyError("psql not found on PATH or under /usr/lib/postgresql/*/bin");
  const auto parts = snapshot::split_connection(uri);
  std::vector<std::string> argv{*psql, "-X", "-w", "-v", "ON_ERROR_STOP=1", "--dbname=" + parts.without_password};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  verify::ProcessOptions options;
  options.env = snapshot::client_environment(parts, connect_timeout_seconds);
  options.stdin_text = input;
  auto result = verify::run_process(argv, options);
  PsqlRun run{result.exit_code, std::move(result.out), std::move(result.err)};
  // psql may echo the connection string: never show a password.
  const std::string redacted = snapshot::redact_connection(uri);
  for (const auto& shown : {uri, parts.without_password}) {
    if (shown.empty() || shown == redacted) continue;
    for (auto at = run.err.find(shown); at != std::string::npos; at = run.err.find(shown, at + redacted.size())) {
      run.err.replace(at, shown.size(), redacted);
    }
  }
  if (parts.password && !parts.password->empty()) {
    for (auto at = run.err.find(*parts.password); at != std::string::npos; at = run.err.find(*parts.password, at + 3)) {
      run.err.replace(at, parts.password->size(), "***");
    }
  }
  return run;
}

}  // namespace schemadelta::release

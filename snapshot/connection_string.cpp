#include "snapshot/connection_string.h"

#include <cctype>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace schemadelta::snapshot {

namespace {

bool starts_with_scheme(const std::string& text, std::size_t& after) {
  for (const char* scheme : {"postgresql://", "postgres://"}) {
    if (text.starts_with(scheme)) {
      after = std::strlen(scheme);
      return true;
    }
  }
  return false;
}

std::string percent_decode(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto hex = [&](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) && hex(text[i + 2])) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

struct Pieces {
  std::size_t authority_begin = 0;  // after "scheme://"
  std::optional<std::size_t> at;    // the '@' that ends the user info
  std::optional<std::size_t> colon; // the ':' between user and password
  std::size_t query_begin = std::string::npos;  // the '?', if any
};

Pieces find_pieces(const std::string& uri, std::size_t after_scheme) {
  Pieces pieces;
  pieces.authority_begin = after_scheme;
  // The user info ends at the last '@' of the string: hosts, paths and parameters seldom hold one,
  // passwords may. Masking more than needed is the safe mistake.
  if (auto at = uri.rfind('@'); at != std::string::npos && at >= after_scheme) {
    pieces.at = at;
    if (auto colon = uri.find(':', after_scheme); colon != std::string::npos && colon < at) pieces.colon = colon;
  }
  pieces.query_begin = uri.find('?', pieces.at ? *pieces.at : after_scheme);
  return pieces;
}

// "a=1&password=x&b=2" -> "a=1&b=2", with the password taken out.
std::string without_password_parameter(const std::string& query, std::optional<std::string>& password, bool& has_timeout,
                                       bool redact) {
  std::string kept;
  std::size_t start = 0;
  while (start <= query.size()) {
    std::size_t end = query.find('&', start);
    if (end == std::string::npos) end = query.size();
    std::string parameter = query.substr(start, end - start);
    std::string key = percent_decode(parameter.substr(0, parameter.find('=')));
    if (key == "connect_timeout") has_timeout = true;
    if (key == "password") {
      password = parameter.find('=') == std::string::npos ? "" : percent_decode(parameter.substr(parameter.find('=') + 1));
      if (redact) kept += (kept.empty() ? "" : "&") + std::string("password=***");
    } else if (!parameter.empty()) {
      kept += (kept.empty() ? "" : "&") + parameter;
    }
    start = end + 1;
  }
  return kept;
}

ConnectionParts take_apart(const std::string& connection, bool redact) {
  ConnectionParts parts;
  std::size_t after = 0;
  if (!starts_with_scheme(connection, after)) {
    parts.without_password = connection;
    return parts;
  }
  const Pieces pieces = find_pieces(connection, after);
  std::string text = connection.substr(0, after);
  if (pieces.at) {
    if (pieces.colon) {
      parts.password = percent_decode(connection.substr(*pieces.colon + 1, *pieces.at - *pieces.colon - 1));
      text += connection.substr(after, *pieces.colon - after) + (redact ? ":***" : "");
    } else {
      text += connection.substr(after, *pieces.at - after);
    }
    text += connection.substr(*pieces.at, (pieces.query_begin == std::string::npos ? connection.size() : pieces.query_begin) - *pieces.at);
  } else {
    text += connection.substr(after, (pieces.query_begin == std::string::npos ? connection.size() : pieces.query_begin) - after);
  }
  if (pieces.query_begin != std::string::npos) {
    std::string query = without_password_parameter(connection.substr(pieces.query_begin + 1), parts.password, parts.has_connect_timeout, redact);
    if (!query.empty()) text += "?" + query;
  }
  parts.without_password = text;
  return parts;
}

}  // namespace

ConnectionParts split_connection(const std::string& connection) { return take_apart(connection, false); }

std::string redact_connection(const std::string& connection) { return take_apart(connection, true).without_password; }

std::vector<std::string> client_environment(const ConnectionParts& connection, int connect_timeout_seconds) {
  std::vector<std::string> environment;
  for (char** entry = environ; *entry; ++entry) {
    std::string variable(*entry);
    if (connection.password && variable.starts_with("PGPASSWORD=")) continue;
    if (!connection.has_connect_timeout && variable.starts_with("PGCONNECT_TIMEOUT=")) continue;
    environment.push_back(std::move(variable));
  }
  if (connection.password) environment.push_back("PGPASSWORD=" + *connection.password);
  if (!connection.has_connect_timeout && connect_timeout_seconds > 0) {
    environment.push_back("PGCONNECT_TIMEOUT=" + std::to_string(connect_timeout_seconds));
  }
  return environment;
}

}  // namespace schemadelta::snapshot

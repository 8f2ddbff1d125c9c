#include "sql/quoting.h"

#include "sql/keywords.h"

namespace schemadelta::sql {

namespace {

std::string doubled(const std::string& text, char quote) {
  std::string out(1, quote);
  for (char c : text) {
    out += c;
    if (c == quote) out += quote;
  }
  return out + quote;
}

}  // namespace

std::string quote_identifier(const std::string& name, bool allow_dollar) {
  bool plain = !name.empty() && (name[0] == '_' || (name[0] >= 'a' && name[0] <= 'z'));
  for (char c : name) {
    if (!(c == '_' || (allow_dollar && c == '$') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) plain = false;
  }
  if (plain && !needs_quotes_as_keyword(name)) return name;
  return doubled(name, '"');
}

std::string quote_literal(const std::string& text) { return doubled(text, '\''); }

}  // namespace schemadelta::sql

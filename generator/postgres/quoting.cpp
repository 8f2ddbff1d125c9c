#include "generator/postgres/quoting.h"

#include <cstdint>

#include <fmt/format.h>

#include "model/printable.h"

namespace schemadelta::generator::postgres {

std::string qualified(const std::string& schema, const std::string& name) {
  return schema.empty() ? quote_identifier(name) : quote_identifier(schema) + "." + quote_identifier(name);
}

std::string qualified(const model::QualifiedName& name) { return qualified(name.schema, name.name); }

std::string type_sql(const model::TypeRef& type) {
  if (!type.is_builtin()) {
    return qualified(type.schema, type.name) + type.modifiers + (type.array_dimensions ? "[]" : "");
  }
  return model::to_string(type);
}

std::string comment_line(const std::string& text) { return "-- " + model::printable(text); }

std::string message_literal(const std::string& text) { return quote_literal(model::printable(text)); }

std::string raise_format_text(const std::string& text) {
  std::string out;
  for (char c : model::printable(text)) {
    out += c;
    if (c == '%') out += '%';
  }
  return out;
}

std::string printable_on_server(const std::string& expression) {
  return "pg_catalog.regexp_replace((" + expression + ")::text, '[[:cntrl:]]', '?', 'g')";
}

std::string do_block(const std::string& tag, const std::string& code) {
  std::string quote = "$" + tag + "$";
  for (int n = 1; code.find(quote) != std::string::npos; ++n) quote = "$" + tag + std::to_string(n) + "$";
  return "DO " + quote + " " + code + " " + quote + ";";
}

std::string dollar_quote(const std::string& body) {
  std::string tag = "$$";
  for (int n = 1; body.find(tag) != std::string::npos; ++n) tag = "$body" + std::to_string(n) + "$";
  return tag + body + tag;
}

std::string within_name_limit(const std::string& name) {
  if (name.size() <= 63) return name;
  std::uint32_t hash = 2166136261u;
  for (unsigned char c : name) hash = (hash ^ c) * 16777619u;
  std::string prefix = name.substr(0, 54);
  while (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0xC0) == 0x80) prefix.pop_back();  // continuation bytes
  if (!prefix.empty() && static_cast<unsigned char>(prefix.back()) >= 0xC0) prefix.pop_back();          // a lead byte left alone
  return prefix + fmt::format("_{:08x}", hash);
}

}  // namespace schemadelta::generator::postgres

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

std::string do_block(const std::string& tag, std::string code) {
  std::string quote = "$" + tag + "$";
  for (int n = 1; code.find(quote) != std::string::npos; ++n) quote = "$" + tag + std::to_string(n) + "$";
  const std::string head = "DO " + quote + " ";
  code.reserve(head.size() + code.size() + quote.size() + 2);
  code.insert(0, head);
  code.append(" ").append(quote).append(";");
  return code;
}

std::string concat(std::initializer_list<std::string_view> pieces, std::size_t room) {
  std::size_t size = room;
  for (const auto piece : pieces) size += piece.size();
  std::string text;
  text.reserve(size);
  for (const auto piece : pieces) text += piece;
  return text;
}

namespace {

std::string dollar_tag(std::string_view body) {
  std::string tag = "$$";
  for (int n = 1; body.find(tag) != std::string_view::npos; ++n) tag = "$body" + std::to_string(n) + "$";
  return tag;
}

}  // namespace

std::string dollar_quote(const std::string& body) {
  std::string quoted;
  quoted.reserve(dollar_quote_size(body));
  append_dollar_quoted(quoted, body);
  return quoted;
}

void append_dollar_quoted(std::string& out, std::string_view body) {
  const std::string tag = dollar_tag(body);
  out.append(tag).append(body).append(tag);
}

std::size_t dollar_quote_size(std::string_view body) { return body.size() + 2 * dollar_tag(body).size(); }

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

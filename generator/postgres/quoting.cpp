#include "generator/postgres/quoting.h"

#include <set>

#include "model/printable.h"

namespace schemadelta::generator::postgres {

namespace {

// Keywords that cannot be bare column or table names (PostgreSQL's reserved and
// col_name/type_func_name keywords): quoting them is always safe.
bool needs_quotes_as_keyword(const std::string& word) {
  static const std::set<std::string> words{
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
      "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character",
      "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create",
      "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
      "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc",
      "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float",
      "for", "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having",
      "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval",
      "into", "is", "isnull", "join", "lateral", "leading", "least", "left", "like", "limit",
      "localtime", "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not",
      "notnull", "null", "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer",
      "overlaps", "overlay", "placing", "position", "precision", "primary", "real", "references",
      "returning", "right", "row", "select", "session_user", "setof", "similar", "smallint", "some",
      "substring", "symmetric", "table", "tablesample", "then", "time", "timestamp", "to",
      "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar",
      "variadic", "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat",
      "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
      "xmlserialize", "xmltable", "json", "json_array", "json_object", "system_user"};
  return words.count(word) > 0;
}

}  // namespace

std::string quote_identifier(const std::string& name) {
  bool plain = !name.empty() && (name[0] == '_' || (name[0] >= 'a' && name[0] <= 'z'));
  for (char c : name) {
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) plain = false;
  }
  if (plain && !needs_quotes_as_keyword(name)) return name;
  std::string text = "\"";
  for (char c : name) {
    text += c;
    if (c == '"') text += '"';
  }
  return text + "\"";
}

std::string quote_literal(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

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

}  // namespace schemadelta::generator::postgres

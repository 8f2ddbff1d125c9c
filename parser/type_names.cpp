#include "parser/type_names.h"

#include <map>
#include <set>

namespace schemadelta::parser {

namespace {

// Aliases of pg_catalog types, by the name PostgreSQL accepts, to format_type's name.
const std::map<std::string, std::string>& aliases() {
  static const std::map<std::string, std::string> map{
      {"int", "integer"}, {"int4", "integer"}, {"integer", "integer"},
      {"int8", "bigint"}, {"bigint", "bigint"}, {"int2", "smallint"}, {"smallint", "smallint"},
      {"float8", "double precision"}, {"float4", "real"}, {"real", "real"},
      {"bool", "boolean"}, {"boolean", "boolean"},
      {"varchar", "character varying"}, {"decimal", "numeric"}, {"dec", "numeric"},
      {"numeric", "numeric"}, {"timestamptz", "timestamp with time zone"},
      {"timetz", "time with time zone"}, {"varbit", "bit varying"},
      {"serial", "integer"}, {"serial4", "integer"}, {"bigserial", "bigint"}, {"serial8", "bigint"},
      {"smallserial", "smallint"}, {"serial2", "smallint"},
  };
  return map;
}

const std::set<std::string>& builtin_names() {
  static const std::set<std::string> names{
      "text", "integer", "bigint", "smallint", "numeric", "real", "double precision", "boolean",
      "character varying", "character", "bpchar", "\"char\"", "name", "bytea", "date",
      "time without time zone", "time with time zone", "timestamp without time zone",
      "timestamp with time zone", "interval", "uuid", "json", "jsonb", "jsonpath", "xml", "inet",
      "cidr", "macaddr", "macaddr8", "money", "bit", "bit varying", "tsvector", "tsquery",
      "point", "line", "lseg", "box", "path", "polygon", "circle", "oid", "regclass", "regproc",
      "regprocedure", "regoper", "regoperator", "regtype", "regconfig", "regdictionary",
      "regnamespace", "regrole", "regcollation", "oidvector", "int2vector", "int4range",
      "int8range", "numrange", "tsrange", "tstzrange", "daterange", "int4multirange",
      "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange",
      "record", "void", "trigger", "event_trigger", "anyelement", "anyarray", "anynonarray",
      "anyenum", "anyrange", "anymultirange", "anycompatible", "anycompatiblearray",
      "anycompatiblenonarray", "anycompatiblerange", "anycompatiblemultirange", "cstring",
      "internal", "language_handler", "fdw_handler", "index_am_handler", "tsm_handler",
      "table_am_handler", "unknown", "pg_lsn", "txid_snapshot", "pg_snapshot", "xid", "xid8",
      "cid", "tid", "refcursor", "aclitem", "gtsvector", "pg_node_tree", "pg_ndistinct",
      "pg_dependencies", "pg_mcv_list", "pg_ddl_command", "pg_brin_bloom_summary",
      "pg_brin_minmax_multi_summary", "regoperator", "smgr"};
  return names;
}

std::string join_modifiers(const std::vector<std::string>& modifiers) {
  if (modifiers.empty()) return {};
  std::string text = "(";
  for (size_t i = 0; i < modifiers.size(); ++i) text += (i ? "," : "") + modifiers[i];
  return text + ")";
}

// float(p): real up to 24 bits of precision, double precision above.
std::string float_name(const std::vector<std::string>& modifiers) {
  if (modifiers.size() == 1) {
    try {
      return std::stoi(modifiers[0]) <= 24 ? "real" : "double precision";
    } catch (...) {
    }
  }
  return "double precision";
}

// Multi-word SQL-standard names, already joined with spaces, e.g. "character varying",
// "timestamp with time zone", "national character varying", "interval day to second".
model::TypeRef standard_name(const std::string& words, const std::vector<std::string>& modifiers) {
  model::TypeRef type;
  std::string name = words;
  if (name.starts_with("national ")) name = name.substr(9);
  if (name.starts_with("nchar")) name = "character" + name.substr(5);
  if (name.starts_with("char ") || name == "char") name = "character" + name.substr(4);
  if (name == "timestamp" || name == "timestamp without time zone") name = "timestamp without time zone";
  if (name == "time" || name == "time without time zone") name = "time without time zone";
  type.name = name;
  type.modifiers = join_modifiers(modifiers);
  if ((name == "character" || name == "bit") && modifiers.empty()) type.modifiers = "(1)";
  return type;
}

}  // namespace

bool is_builtin_type_name(const std::string& name) { return builtin_names().count(name) > 0; }

CanonicalType canonical_type(const WrittenType& written, const SchemaResolver& resolve_schema) {
  CanonicalType result;
  auto& type = result.type;
  const auto& parts = written.name_parts;
  if (written.multi_word) {
    std::string words;
    for (const auto& part : parts) words += (words.empty() ? "" : " ") + part;
    type = standard_name(words, written.modifiers);
  } else if (parts.size() == 1 || (parts.size() == 2 && parts[0] == "pg_catalog")) {
    const std::string& name = parts.back();
    auto alias = aliases().find(name);
    if (written.quoted && name == "char") {
      type.name = "\"char\"";
    } else if (!written.quoted && (name == "float")) {
      type.name = float_name(written.modifiers);
    } else if (!written.quoted && (name == "char" || name == "character" || name == "bit" ||
                                   name == "timestamp" || name == "time" || name == "interval")) {
      type = standard_name(name, written.modifiers);
    } else if (alias != aliases().end()) {
      type.name = alias->second;
      type.modifiers = join_modifiers(written.modifiers);
      result.is_serial = name.find("serial") != std::string::npos;
    } else if (is_builtin_type_name(name) || parts.size() == 2) {
      type.name = name;
      type.modifiers = join_modifiers(written.modifiers);
    } else {
      type.schema = resolve_schema(name);
      type.name = name;
      type.modifiers = join_modifiers(written.modifiers);
    }
    if (type.name == "numeric" && written.modifiers.size() == 1) type.modifiers = "(" + written.modifiers[0] + ",0)";
  } else {
    type.schema = parts[parts.size() - 2];
    type.name = parts.back();
    type.modifiers = join_modifiers(written.modifiers);
  }
  type.array_dimensions = written.array_dimensions > 0 ? 1 : 0;
  return result;
}

}  // namespace schemadelta::parser

#pragma once
// PostgreSQL's built-in type names and their aliases, so `int4`, `int` and `integer` (and
// pg_dump's spellings) become one canonical TypeRef.
#include <functional>
#include <string>
#include <vector>

#include "model/names.h"

namespace schemadelta::parser {

// A type as written: the words of its name (already folded; several for `double precision`,
// `timestamp with time zone`, `character varying`), its modifiers and array dimensions.
struct WrittenType {
  std::vector<std::string> name_parts;  // qualified name parts, or the words of a multi-word name
  bool multi_word = false;              // the parts are words of one SQL-standard name
  bool quoted = false;                  // a single quoted identifier ("char" is not char)
  std::vector<std::string> modifiers;   // canonical modifier texts, e.g. {"10", "2"}
  int array_dimensions = 0;
};

// Built-in types come back with an empty schema and PostgreSQL's format_type name. Anything
// else gets the schema `resolve_schema(name)` finds on the search_path; qualified names keep
// theirs. `serial`, `bigserial`, ... come back as their integer type with is_serial set.
struct CanonicalType {
  model::TypeRef type;
  bool is_serial = false;
};

using SchemaResolver = std::function<std::string(const std::string& name)>;

CanonicalType canonical_type(const WrittenType& written, const SchemaResolver& resolve_schema);

bool is_builtin_type_name(const std::string& name);

}  // namespace schemadelta::parser

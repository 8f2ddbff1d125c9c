#pragma once
// References between objects: plain names, already resolved against the search_path.
#include <compare>
#include <string>
#include <vector>

#include "model/boxed.h"

namespace schemadelta::model {

struct QualifiedName {
  std::string schema, name;  // schema is empty only for built-in objects (pg_catalog)
  friend auto operator<=>(const QualifiedName&, const QualifiedName&) = default;
};

// A type as PostgreSQL's format_type prints it: built-ins by canonical name ("character
// varying", "timestamp with time zone"), user types by schema and name. Every column has one:
// the schema and modifiers, empty on most, are boxed (8 bytes when empty instead of 32 each).
struct TypeRef {
  BoxedString schema;     // empty for built-in types
  std::string name;
  BoxedString modifiers;  // "(20)", "(10,2)", "(3) with time zone" parts after the name
  int array_dimensions = 0;
  friend auto operator<=>(const TypeRef&, const TypeRef&) = default;
  bool is_builtin() const { return schema.empty(); }
};

// The canonical text of a type, unquoted ("public.mpaa_rating", "integer[]"): for messages,
// signatures and JSON. Quoting for SQL is the generator's business.
std::string to_string(const TypeRef& type);

}  // namespace schemadelta::model

#pragma once
// Which objects of a snapshot a command looks at: --schema / --exclude-schema and the ignore
// rules of .schemadelta-ignore ("kind:schema.name", globs with * and ?). Objects filtered out
// are removed with everything that belongs to them (a table's columns, constraints, indexes,
// triggers, policies) and every side-table entry about them.
#include <optional>
#include <string>
#include <vector>

#include "model/catalog.h"

namespace schemadelta::model {

struct ObjectPattern {
  std::string kind = "*";  // "table", "view", "function", ... or "*"
  std::string schema = "*";
  std::string name = "*";
};

struct ObjectFilter {
  std::vector<std::string> schemas;          // globs; empty: every schema
  std::vector<std::string> exclude_schemas;  // globs
  std::vector<ObjectPattern> ignore;
  bool empty() const { return schemas.empty() && exclude_schemas.empty() && ignore.empty(); }
};

// "kind:schema.name", "kind:name" (any schema), "schema.name" (any kind). nullopt and `error`
// set when the line cannot be read. Kinds: schema, extension, type, domain, sequence, function,
// procedure, aggregate, operator, table, view, materialized_view, index, trigger, policy,
// constraint, or *.
std::optional<ObjectPattern> parse_object_pattern(const std::string& text, std::string& error);

// Shell-style glob: * any run, ? one character; everything else literal.
bool glob_match(const std::string& pattern, const std::string& text);

void apply_filter(Catalog& catalog, const ObjectFilter& filter);

}  // namespace schemadelta::model

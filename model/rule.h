#pragma once
#include <optional>
#include <string>

#include "model/expr.h"

namespace schemadelta::model {

// CREATE RULE: a query rewrite on a table or view (ON INSERT DO INSTEAD ...), as older schemas
// protect or update through parent tables and views.
struct Rule {
  std::string name;
  std::string table;         // the table or view, in the rule's schema
  std::string event;         // SELECT, INSERT, UPDATE, DELETE
  bool instead = false;      // DO INSTEAD (else ALSO)
  std::optional<Expr> where;
  Expr actions;              // NOTHING, one command, or "(cmd; cmd)" as written
  bool operator==(const Rule&) const = default;
};

}  // namespace schemadelta::model

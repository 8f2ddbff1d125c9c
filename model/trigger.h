#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/expr.h"
#include "model/names.h"

namespace schemadelta::model {

struct Trigger {
  std::string name;
  std::string table;          // in the trigger's schema
  std::string timing;         // BEFORE, AFTER, INSTEAD OF
  std::vector<std::string> events;  // INSERT, UPDATE, UPDATE OF a, b, DELETE, TRUNCATE (in that order)
  bool for_each_row = false;
  std::optional<Expr> when;
  QualifiedName function;
  std::vector<std::string> arguments;  // canonical literal text
  bool is_constraint = false;
  bool deferrable = false;
  bool initially_deferred = false;
  std::optional<QualifiedName> referenced_table;  // constraint triggers: FROM table
  std::string old_table, new_table;               // REFERENCING transition tables
  std::string enabled = "ORIGIN";                 // ORIGIN, DISABLED, REPLICA, ALWAYS
  bool operator==(const Trigger&) const = default;
};

}  // namespace schemadelta::model

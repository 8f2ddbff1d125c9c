#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/expr.h"

namespace schemadelta::model {

// Views and materialized views (the kind in their ObjectId tells them apart).
struct View {
  std::string name;
  std::vector<std::string> column_names;  // explicit (a, b) list, empty when none
  Expr query;
  std::string check_option;  // "", "LOCAL", "CASCADED"
  std::map<std::string, std::string> options;
  bool with_data = true;  // materialized views only
  bool operator==(const View&) const = default;
};

}  // namespace schemadelta::model

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
  bool with_data = true;  // materialized views only: how CREATE fills it, not part of its identity
  // WITH [NO] DATA is left out: it says whether the view was filled when created, not what it is
  // (pg_dump writes WITH NO DATA for every materialized view, whatever the database holds).
  bool operator==(const View& other) const {
    return name == other.name && column_names == other.column_names && query == other.query && check_option == other.check_option &&
           options == other.options;
  }
};

}  // namespace schemadelta::model

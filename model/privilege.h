#pragma once
#include <compare>
#include <set>
#include <string>

namespace schemadelta::model {

// One entry of an object's access list. "public" is the PUBLIC pseudo-role.
struct Grant {
  std::string grantee;
  std::string privilege;  // SELECT, INSERT, ..., EXECUTE, USAGE, CREATE
  bool with_grant_option = false;
  friend auto operator<=>(const Grant&, const Grant&) = default;
};

using AccessList = std::set<Grant>;

}  // namespace schemadelta::model

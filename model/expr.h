#pragma once
// An expression or body the model does not interpret: what the user wrote, its canonical form
// (compared), and the search_path it was written under (to emit it back faithfully).
#include <string>
#include <vector>

#include "model/boxed.h"

namespace schemadelta::model {

struct Expr {
  std::string original;
  std::string canonical;
  std::vector<std::string> search_path;
  bool operator==(const Expr& other) const { return canonical == other.canonical; }
};

// An expression most objects leave out (a column's default, a constraint's check): 8 bytes when
// absent, where a std::optional<Expr> takes 96 whether set or not.
using OptionalExpr = BoxedOptional<Expr>;

}  // namespace schemadelta::model

// What the comparison decides for functions, procedures, aggregates and operators. One family of
// the Comparer (comparer.h).
#include "compare/comparer.h"

namespace schemadelta::compare::detail {

// Functions and procedures are replaced in place while their interface stays; aggregates and
// operators are created again.
void Comparer::compare_routine(const ObjectId& id) {
  if (id.kind == ObjectKind::Aggregate) {
    if (*definition<model::Aggregate>(before_, id) != *definition<model::Aggregate>(after_, id)) recreate(id, "definition changed");
    return;
  }
  if (id.kind == ObjectKind::Operator) {
    if (*definition<model::Operator>(before_, id) != *definition<model::Operator>(after_, id)) recreate(id, "definition changed");
    return;
  }
  const auto* a = definition<model::Routine>(before_, id);
  const auto* b = definition<model::Routine>(after_, id);
  if (*a == *b) return;
  if (same_interface(*a, *b)) add(ChangeType::ReplaceRoutine, id, "definition changed");
  else recreate(id, "return type or parameters changed: CREATE OR REPLACE cannot do it");
}

bool Comparer::uses_a_view(const ObjectId& id) const {
  auto it = to_.dependencies.find(id);
  if (it == to_.dependencies.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [](const ObjectId& used) {
    return used.kind == ObjectKind::View || used.kind == ObjectKind::MaterializedView;
  });
}

}  // namespace schemadelta::compare::detail

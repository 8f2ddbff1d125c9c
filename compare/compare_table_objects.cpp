// What the comparison decides for constraints, indexes and triggers. One family of the Comparer
// (comparer.h).
#include "compare/comparer.h"

namespace schemadelta::compare::detail {

void Comparer::compare_constraint(const ObjectId& id) {
  const auto* a = definition<model::Constraint>(before_, id);
  const auto* b = definition<model::Constraint>(after_, id);
  if (*a == *b) return;
  auto relaxed = *a;
  relaxed.validated = b->validated;
  if (relaxed == *b && b->validated) add(ChangeType::ValidateConstraint, id, "constraint now validated");
  else recreate(id, "constraint definition changed");
}

void Comparer::compare_index(const ObjectId& id) {
  const auto* a = definition<model::Index>(before_, id);
  const auto* b = definition<model::Index>(after_, id);
  if (without_attachment(*a) != without_attachment(*b)) {
    recreate(id, "index definition changed");
  } else {
    if (a->attached_to != b->attached_to && b->attached_to) add(ChangeType::AttachIndex, id, "index now belongs to a partitioned index");
    if (a->statistics != b->statistics) add(ChangeType::AlterTable, id, "index statistics changed").attribute = TableAttribute::IndexStatistics;
  }
}

void Comparer::compare_trigger(const ObjectId& id) {
  const auto* a = definition<model::Trigger>(before_, id);
  const auto* b = definition<model::Trigger>(after_, id);
  if (without_state(*a) != without_state(*b)) recreate(id, "trigger definition changed");
  else if (a->enabled != b->enabled) add(ChangeType::AlterTriggerState, id, "trigger enabled state changed");
}

}  // namespace schemadelta::compare::detail

// What the comparison decides for sequences: options and owner column. One family of the Comparer
// (comparer.h).
#include "compare/comparer.h"

namespace schemadelta::compare::detail {

void Comparer::compare_sequence(const ObjectId& id) {
  const auto* a = definition<model::Sequence>(before_, id);
  const auto* b = definition<model::Sequence>(after_, id);
  if (a->options != b->options || a->unlogged != b->unlogged) add(ChangeType::AlterSequence, id, "sequence options changed");
  if (a->owned_by != b->owned_by) add(ChangeType::SetSequenceOwner, id, "sequence owner column changed");
}

}  // namespace schemadelta::compare::detail

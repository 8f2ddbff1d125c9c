// What the comparison decides for sequences: options and owner column. One family of the Comparer
// (comparer.h).
#include "compare/comparer.h"

namespace schemadelta::compare::detail {

void Comparer::compare_sequence(const ObjectId& id) {
  const auto* a = definition<model::Sequence>(before_, id);
  const auto* b = definition<model::Sequence>(after_, id);
  if (a->options != b->options || a->unlogged != b->unlogged) add(ChangeType::AlterSequence, id, "sequence options changed");
  if (a->owned_by != b->owned_by) {
    // Its old table may be dropped early (when it frees a name TARGET takes), and would take the
    // sequence along: the sequence is let go first.
    if (a->owned_by && dropped_.count(ObjectId{ObjectKind::Table, a->owned_by->schema, a->owned_by->table, "", ""})) {
      add(ChangeType::SetSequenceOwner, id, "its owner table is dropped: the sequence is let go first", Timing::Released);
    }
    add(ChangeType::SetSequenceOwner, id, "sequence owner column changed");
  }
}

}  // namespace schemadelta::compare::detail

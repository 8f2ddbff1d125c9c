// What the comparison decides for comments, privileges and owners. One family of the Comparer
// (comparer.h).
#include "compare/comparer.h"

namespace schemadelta::compare::detail {

void Comparer::emit_comments_privileges_owners() {
  std::set<ObjectId> ids;
  for (const auto& [id, _] : from_.comments) ids.insert(id);
  for (const auto& [id, _] : to_.comments) ids.insert(id);
  for (const auto& id : ids) {
    auto a = from_.comments.find(id);
    auto b = to_.comments.find(id);
    bool in_target = b != to_.comments.end();
    if (!in_target && gone_with_its_object(id)) continue;
    bool changed = (a == from_.comments.end()) != !in_target || (in_target && a != from_.comments.end() && a->second != b->second);
    if (changed || (in_target && comes_back_fresh(id))) add(ChangeType::SetComment, id, "comment changed");
  }
  ids.clear();
  for (const auto& [id, _] : from_.privileges) ids.insert(id);
  for (const auto& [id, _] : to_.privileges) ids.insert(id);
  for (const auto& id : ids) {
    if (!after_.count(id) && id.kind != ObjectKind::Column) continue;
    auto a = from_.privileges.find(id);
    auto b = to_.privileges.find(id);
    bool in_target = b != to_.privileges.end();
    bool changed = (a == from_.privileges.end()) != !in_target || (in_target && a != from_.privileges.end() && a->second != b->second);
    if (changed || (in_target && comes_back_fresh(id))) {
      add(ChangeType::SetPrivileges, id, "privileges changed", comes_back_fresh(id) ? Timing::Fresh : Timing::Normal);
    }
  }
  if (!options_.owners) return;
  for (const auto& [id, role] : to_.owners) {
    auto a = from_.owners.find(id);
    if (a == from_.owners.end() || a->second != role || comes_back_fresh(id)) add(ChangeType::SetOwner, id, "owner changed");
  }
}

}  // namespace schemadelta::compare::detail

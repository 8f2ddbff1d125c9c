#include "compare/ordering_views.h"

namespace schemadelta::compare {

using model::ObjectId;
using model::ObjectKind;

namespace {

bool holds_a_relation(const model::Constraint& constraint) {
  return constraint.kind != model::ConstraintKind::Check && constraint.kind != model::ConstraintKind::ForeignKey;
}

}  // namespace

std::size_t NameSpace::count(const std::pair<std::string_view, std::string_view>& name) const {
  const auto& [schema, object] = name;
  auto any = [&](ObjectKind kind) { return !index_.named(kind, schema, object).empty(); };
  if (any(ObjectKind::Table) || any(ObjectKind::View) || any(ObjectKind::MaterializedView)) return 1;
  if (of_ == Of::Types) return any(ObjectKind::Type) || any(ObjectKind::Domain) ? 1 : 0;
  if (any(ObjectKind::Sequence) || any(ObjectKind::Index)) return 1;
  for (const auto& entry : index_.named(ObjectKind::Constraint, schema, object)) {
    if (holds_a_relation(*std::get<const model::Constraint*>(entry.definition))) return 1;
  }
  for (const auto& entry : index_.named(ObjectKind::Type, schema, object)) {
    if (std::get<const model::Type*>(entry.definition)->kind == model::TypeKind::Composite) return 1;
  }
  return 0;
}

namespace {

OwnedRelationNames owned_relation_names(const CatalogIndex& index) {
  OwnedRelationNames owned;
  for (const auto& entry : index.of_kind(ObjectKind::Constraint)) {
    if (holds_a_relation(*std::get<const model::Constraint*>(entry.definition))) owned[{entry.schema(), entry.parent()}].push_back(entry.name());
  }
  for (const auto& entry : index.of_kind(ObjectKind::Index)) owned[{entry.schema(), entry.parent()}].push_back(entry.name());
  return owned;
}

}  // namespace

LiftedDependencies::LiftedDependencies(const Dependencies& dependencies) : dependencies_(dependencies) {
  for (const auto& [from, _] : dependencies_) {
    if (from.kind == ObjectKind::Column || from.kind == ObjectKind::Constraint) parts_.add(from.schema, from.parent, &from);
  }
}

void LiftedDependencies::operator()(const ObjectId& id, const std::function<void(const ObjectId&)>& depends_on) const {
  (*this)(id, depends_on, nullptr);
}

void LiftedDependencies::operator()(const ObjectId& id, const std::function<void(const ObjectId&)>& depends_on,
                                    const std::function<bool(const ObjectId&)>& counts) const {
  // The graph objects of a phase are ordered on: parts of a table count as the table (CREATE
  // TABLE writes its columns and CHECKs), and sequences owned by a column do not wait for it.
  auto table_of = [](const ObjectId& part) { return ObjectId{ObjectKind::Table, part.schema, part.parent, "", ""}; };
  auto lifted = [&](const ObjectId& target) { return target.kind == ObjectKind::Column ? table_of(target) : target; };
  auto targets_of = [&](const ObjectId& from, const auto& visit) {
    if (auto it = dependencies_.find(from); it != dependencies_.end()) {
      for (const auto& target : it->second) visit(target);
    }
  };
  if (id.kind == ObjectKind::Column || id.kind == ObjectKind::Constraint) {
    // A part's own edges: to what its targets lift to, and to a column of its own table it reads
    // (a generated column: the edge between the two columns orders their own drops and adds).
    targets_of(id, [&](const ObjectId& target) {
      const ObjectId to = lifted(target);
      if (to != id) depends_on(to);
      if (target.kind == ObjectKind::Column && target != id) depends_on(target);
    });
    return;
  }
  targets_of(id, [&](const ObjectId& target) {
    if (id.kind == ObjectKind::Sequence && (target.kind == ObjectKind::Table || target.kind == ObjectKind::Column)) return;
    const ObjectId to = lifted(target);
    if (to != id) depends_on(to);
  });
  if (id.kind != ObjectKind::Table) return;
  for (const auto* part : parts_(id.schema, id.name)) {
    if (counts && !counts(*part)) continue;
    targets_of(*part, [&](const ObjectId& target) {
      const ObjectId to = lifted(target);
      if (to != id) depends_on(to);
    });
  }
}

OrderingViews ordering_views(const model::Catalog& catalog, const CatalogIndex& index) {
  return {{NameSpace(index, NameSpace::Of::Relations), NameSpace(index, NameSpace::Of::Types)},
          owned_relation_names(index),
          LiftedDependencies(catalog.dependencies)};
}

}  // namespace schemadelta::compare

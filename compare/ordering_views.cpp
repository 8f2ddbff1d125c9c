#include "compare/ordering_views.h"

namespace schemadelta::compare {

using model::ObjectId;
using model::ObjectKind;

namespace {

OwnedRelationNames owned_relation_names(const CatalogIndex& index) {
  OwnedRelationNames owned;
  for (const auto& [id, definition] : index) {
    if (id.kind == ObjectKind::Index) owned[{id.schema, id.parent}].push_back(id.name);
    if (id.kind != ObjectKind::Constraint) continue;
    const auto* c = std::get<const model::Constraint*>(definition);
    if (c->kind != model::ConstraintKind::Check && c->kind != model::ConstraintKind::ForeignKey) owned[{id.schema, id.parent}].push_back(id.name);
  }
  return owned;
}

SharedNames shared_names(const CatalogIndex& index) {
  SharedNames names;
  for (const auto& [id, definition] : index) {
    const std::pair<std::string, std::string> name{id.schema, id.name};
    switch (id.kind) {
      case ObjectKind::Table: case ObjectKind::View: case ObjectKind::MaterializedView:
        names.relations.insert(name);
        names.types.insert(name);
        break;
      case ObjectKind::Sequence: case ObjectKind::Index: names.relations.insert(name); break;
      case ObjectKind::Constraint:
        if (const auto* c = std::get_if<const model::Constraint*>(&definition); c && (*c)->kind != model::ConstraintKind::Check &&
                                                                                 (*c)->kind != model::ConstraintKind::ForeignKey) {
          names.relations.insert(name);
        }
        break;
      case ObjectKind::Type:
        names.types.insert(name);
        if (const auto* t = std::get_if<const model::Type*>(&definition); t && (*t)->kind == model::TypeKind::Composite) {
          names.relations.insert(name);
        }
        break;
      case ObjectKind::Domain: names.types.insert(name); break;
      default: break;
    }
  }
  return names;
}


}  // namespace

LiftedDependencies::LiftedDependencies(const Dependencies& dependencies) : dependencies_(dependencies) {
  for (const auto& [from, _] : dependencies_) {
    if (from.kind == ObjectKind::Column || from.kind == ObjectKind::Constraint) parts_[{from.schema, from.parent}].push_back(&from);
  }
}

void LiftedDependencies::operator()(const ObjectId& id, const std::function<void(const ObjectId&)>& depends_on) const {
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
  auto parts = parts_.find({id.schema, id.name});
  if (parts == parts_.end()) return;
  for (const auto* part : parts->second) {
    targets_of(*part, [&](const ObjectId& target) {
      const ObjectId to = lifted(target);
      if (to != id) depends_on(to);
    });
  }
}

OrderingViews ordering_views(const model::Catalog& catalog, const CatalogIndex& index) {
  return {shared_names(index), owned_relation_names(index), LiftedDependencies(catalog.dependencies)};
}

}  // namespace schemadelta::compare

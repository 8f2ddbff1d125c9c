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


// The graph objects of a phase are ordered on: parts of a table count as the table (CREATE
// TABLE writes its columns and CHECKs), and sequences owned by a column do not wait for it.
Dependencies lifted_dependencies(const model::Catalog& catalog) {
  Dependencies lifted;
  for (const auto& [from, targets] : catalog.dependencies) {
    ObjectId owner = from;
    if (from.kind == ObjectKind::Column || (from.kind == ObjectKind::Constraint)) {
      owner = ObjectId{ObjectKind::Table, from.schema, from.parent, "", ""};
    }
    for (const auto& target : targets) {
      if (from.kind == ObjectKind::Sequence && (target.kind == ObjectKind::Table || target.kind == ObjectKind::Column)) continue;
      ObjectId to = target;
      if (target.kind == ObjectKind::Column) to = ObjectId{ObjectKind::Table, target.schema, target.parent, "", ""};
      if (to != owner) lifted[owner].insert(to);
      if (from != owner && to != from) lifted[from].insert(to);
      // A column read by another column of the same table (a generated column): the edge between
      // the two columns orders their own drops and adds.
      if (from != owner && target.kind == ObjectKind::Column && target != from) lifted[from].insert(target);
    }
  }
  return lifted;
}

}  // namespace

OrderingViews ordering_views(const model::Catalog& catalog, const CatalogIndex& index) {
  return {shared_names(index), owned_relation_names(index), lifted_dependencies(catalog)};
}

}  // namespace schemadelta::compare

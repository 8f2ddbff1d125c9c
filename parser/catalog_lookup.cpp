#include "parser/catalog_lookup.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

std::optional<ObjectId> find_relation(const model::Catalog& catalog, const model::QualifiedName& name, HeldNames& held) {
  const auto* schema = catalog.find_schema(name.schema);
  if (!schema) return std::nullopt;
  if (schema->tables.count(name.name)) return ObjectId{ObjectKind::Table, name.schema, name.name, "", ""};
  if (schema->views.count(name.name)) return ObjectId{ObjectKind::View, name.schema, name.name, "", ""};
  if (schema->materialized_views.count(name.name)) {
    return ObjectId{ObjectKind::MaterializedView, name.schema, name.name, "", ""};
  }
  if (schema->sequences.count(name.name)) return ObjectId{ObjectKind::Sequence, name.schema, name.name, "", ""};
  if (auto it = schema->indexes.find(name.name); it != schema->indexes.end()) {
    return ObjectId{ObjectKind::Index, name.schema, name.name, it->second.table, ""};
  }
  // An index that backs a constraint.
  if (auto table = held.holder(catalog, name.schema, name.name, HeldNames::Kind::ConstraintIndex)) {
    return ObjectId{ObjectKind::Index, name.schema, name.name, *table, ""};
  }
  return std::nullopt;
}

std::optional<ObjectId> find_routine(const model::Catalog& catalog, const model::QualifiedName& name,
                                     const std::string& signature, bool procedure) {
  const auto* schema = catalog.find_schema(name.schema);
  if (!schema) return std::nullopt;
  auto make = [&](const model::Routine& routine) {
    return ObjectId{routine.is_procedure ? ObjectKind::Procedure : ObjectKind::Function, name.schema, routine.name,
                    "", routine.signature()};
  };
  if (!signature.empty()) {
    auto it = schema->routines.find(name.name + signature);
    if (it != schema->routines.end()) return make(it->second);
    return std::nullopt;
  }
  std::optional<ObjectId> found;
  for (auto it = schema->routines.lower_bound(name.name + "("); it != schema->routines.end(); ++it) {
    if (it->second.name != name.name) break;
    if (found) return std::nullopt;  // ambiguous without a signature
    found = make(it->second);
  }
  (void)procedure;
  return found;
}

model::Table* find_table(model::Catalog& catalog, const model::QualifiedName& name) {
  auto schema = catalog.schemas.find(name.schema);
  if (schema == catalog.schemas.end()) return nullptr;
  auto table = schema->second.tables.find(name.name);
  return table == schema->second.tables.end() ? nullptr : &table->second;
}

}  // namespace schemadelta::parser

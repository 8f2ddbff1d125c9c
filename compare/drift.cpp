#include "compare/drift.h"

#include "compare/catalog_index.h"

namespace schemadelta::compare {

using model::ObjectId;
using model::ObjectKind;

std::string drift_status_name(DriftStatus status) {
  switch (status) {
    case DriftStatus::Missing: return "missing";
    case DriftStatus::Unexpected: return "unexpected";
    case DriftStatus::Different: return "different";
  }
  return "";
}

namespace {

bool has_owner(ObjectKind kind) {
  return kind == ObjectKind::Column || kind == ObjectKind::Constraint || kind == ObjectKind::Index || kind == ObjectKind::Trigger ||
         kind == ObjectKind::Policy;
}

// The relation a column, constraint, index, trigger or policy belongs to, as either side has it.
ObjectId owner_of(const ObjectId& id, const CatalogIndex& expected, const CatalogIndex& actual) {
  if (!has_owner(id.kind)) return id;
  for (ObjectKind kind : {ObjectKind::Table, ObjectKind::MaterializedView, ObjectKind::View}) {
    ObjectId relation{kind, id.schema, id.parent, "", ""};
    if (expected.count(relation) || actual.count(relation)) return relation;
  }
  return ObjectId{ObjectKind::Table, id.schema, id.parent, "", ""};
}

}  // namespace

DriftReport detect_drift(const model::Catalog& expected, const model::Catalog& actual, const CompareOptions& options) {
  DriftReport report;
  const auto expected_index = index_catalog(expected);
  const auto actual_index = index_catalog(actual);
  std::set<ObjectId> checked;
  for (const auto* index : {&expected_index, &actual_index}) {
    for (const auto& [id, _] : *index) {
      if (!has_owner(id.kind)) checked.insert(id);
    }
  }
  report.checked.assign(checked.begin(), checked.end());

  // The changes that would turn ACTUAL into EXPECTED.
  const auto changes = compare(actual, expected, options);
  std::map<ObjectId, DriftItem> items;
  for (const auto& change : changes.changes) {
    const ObjectId owner = owner_of(change.id, expected_index, actual_index);
    auto& item = items[owner];
    item.object = owner;
    if (!expected_index.count(owner)) item.status = DriftStatus::Unexpected;
    else if (!actual_index.count(owner)) item.status = DriftStatus::Missing;
    item.changes.push_back({change_type_name(change.type), model::describe(change.id), change.reason});
  }
  for (auto& [id, item] : items) {
    ++report.drifted_by_kind[model::kind_name(id.kind)];
    report.drifted.push_back(std::move(item));
  }
  return report;
}

}  // namespace schemadelta::compare

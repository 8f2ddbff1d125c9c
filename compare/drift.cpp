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

// A change that would bring ACTUAL to EXPECTED, said as what EXPECTED has and ACTUAL has.
std::string finding(const Change& change, const CatalogIndex& expected, const CatalogIndex& actual) {
  const auto& id = change.id;
  const std::string what = model::describe(id);
  if (id.kind == ObjectKind::Column) {
    const auto* want = definition<model::Column>(expected, id);
    const auto* have = definition<model::Column>(actual, id);
    const std::string column = id.schema + "." + id.parent + "." + id.name;
    auto type = [](const model::Column* c) { return c ? model::to_string(c->type) : std::string("absent"); };
    auto value = [](const std::optional<model::Expr>& e) { return e ? e->canonical : std::string("none"); };
    switch (change.type) {
      case ChangeType::AddColumn:
      case ChangeType::DropColumn:
        if (!want || !have) return what + ": expected " + type(want) + ", found " + type(have);
        break;
      case ChangeType::AlterColumnType:
        if (want && have) return what + ": expected " + type(want) + ", found " + type(have);
        break;
      case ChangeType::SetColumnDefault:
      case ChangeType::DropColumnDefault:
        if (want && have) return "default on " + column + ": expected " + value(want->default_value) + ", found " + value(have->default_value);
        break;
      case ChangeType::SetNotNull:
      case ChangeType::DropNotNull:
        if (want && have) {
          auto nullness = [](const model::Column* c) { return std::string(c->not_null ? "NOT NULL" : "nullable"); };
          return "not null on " + column + ": expected " + nullness(want) + ", found " + nullness(have);
        }
        break;
      default: break;
    }
  }
  const bool wanted = expected.count(id) > 0, had = actual.count(id) > 0;
  if (wanted && !had) return what + ": missing";
  if (had && !wanted) return what + ": unexpected";
  return what + ": differs (" + change.reason + ")";
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
    item.changes.push_back({change_type_name(change.type), model::describe(change.id), change.reason,
                            finding(change, expected_index, actual_index)});
  }
  for (auto& [id, item] : items) {
    ++report.drifted_by_kind[model::kind_name(id.kind)];
    report.drifted.push_back(std::move(item));
  }
  return report;
}

}  // namespace schemadelta::compare

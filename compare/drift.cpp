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
  const auto view = view_of(change, actual, expected);
  if (!view.from.empty()) return view.subject + ": expected " + view.to + ", found " + view.from;
  if (view.in_after && !view.in_before) return view.subject + ": missing";
  if (view.in_before && !view.in_after) return view.subject + ": unexpected";
  return view.subject + ": differs (" + change.reason + ")";
}

}  // namespace

ChangeView view_of(const Change& change, const CatalogIndex& before, const CatalogIndex& after) {
  const auto& id = change.id;
  ChangeView view{model::describe(id), "", "", before.count(id) > 0, after.count(id) > 0};
  if (id.kind != ObjectKind::Column) return view;
  const auto* old_column = definition<model::Column>(before, id);
  const auto* new_column = definition<model::Column>(after, id);
  const std::string column = id.schema + "." + id.parent + "." + id.name;
  auto type = [](const model::Column* c) { return c ? model::to_string(c->type) : std::string("absent"); };
  auto value = [](const std::optional<model::Expr>& e) { return e ? e->canonical : std::string("none"); };
  auto nullness = [](const model::Column* c) { return std::string(c->not_null ? "NOT NULL" : "nullable"); };
  switch (change.type) {
    case ChangeType::AddColumn:
    case ChangeType::DropColumn:
      if (!old_column || !new_column) view.from = type(old_column), view.to = type(new_column);
      break;
    case ChangeType::AlterColumnType:
      if (old_column && new_column) view.from = type(old_column), view.to = type(new_column);
      break;
    case ChangeType::SetColumnDefault:
    case ChangeType::DropColumnDefault:
      if (old_column && new_column) {
        view = {"default on " + column, value(old_column->default_value), value(new_column->default_value), true, true};
      }
      break;
    case ChangeType::SetNotNull:
    case ChangeType::DropNotNull:
      if (old_column && new_column) view = {"not null on " + column, nullness(old_column), nullness(new_column), true, true};
      break;
    default: break;
  }
  return view;
}

DriftReport detect_drift(const model::Catalog& expected, const model::Catalog& actual, const CompareOptions& options) {
  DriftReport report;
  const auto expected_index = index_catalog(expected);
  const auto actual_index = index_catalog(actual);
  std::set<ObjectId> checked;
  for (const auto* index : {&expected_index, &actual_index}) {
    for (const auto& entry : *index) {
      if (!has_owner(entry.kind())) checked.insert(entry.id());
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

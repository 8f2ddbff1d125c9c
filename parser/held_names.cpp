#include "parser/held_names.h"

#include <algorithm>
#include <iterator>

namespace schemadelta::parser {

namespace {

const model::Table* find(const model::Catalog& catalog, const std::string& schema, const std::string& table) {
  const auto* s = catalog.find_schema(schema);
  if (!s) return nullptr;
  auto it = s->tables.find(table);
  return it == s->tables.end() ? nullptr : &it->second;
}

// Only these constraints make an index, a relation that takes its name in pg_class.
bool owns_index(const model::Constraint& constraint) {
  return constraint.kind == model::ConstraintKind::PrimaryKey || constraint.kind == model::ConstraintKind::Unique ||
         constraint.kind == model::ConstraintKind::Exclude;
}

// Each kind's names sorted, once each.
std::array<std::vector<std::string>, 3> names_of(const model::Table& table) {
  std::array<std::vector<std::string>, 3> held;
  for (const auto& [name, constraint] : table.constraints) {
    held[static_cast<size_t>(HeldNames::Kind::Constraint)].push_back(name);
    if (owns_index(constraint)) held[static_cast<size_t>(HeldNames::Kind::ConstraintIndex)].push_back(name);
  }
  for (const auto& column : table.columns) {
    if (column.details->identity->kind != model::IdentityKind::None) {
      held[static_cast<size_t>(HeldNames::Kind::IdentitySequence)].push_back(column.details->identity->sequence_name);
    }
  }
  for (auto& names : held) {
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
  }
  return held;
}

bool holds(const model::Table& table, const std::string& name, HeldNames::Kind kind) {
  if (kind == HeldNames::Kind::IdentitySequence) {
    return std::any_of(table.columns.begin(), table.columns.end(), [&](const model::Column& column) {
      return column.details->identity->kind != model::IdentityKind::None && column.details->identity->sequence_name == name;
    });
  }
  auto it = table.constraints.find(name);
  return it != table.constraints.end() && (kind == HeldNames::Kind::Constraint || owns_index(it->second));
}

}  // namespace

void HeldNames::next_statement() {
  stale_.insert(live_.begin(), live_.end());
  live_.clear();
}

HeldNames::Counts& HeldNames::up_to_date(const model::Catalog& catalog, const std::string& schema) {
  auto& counts = schemas_[schema];
  // A table counted again changes only the names it gained or lost (most statements that may
  // change a table change none of these names: counting its names anew cost every table twice).
  auto count = [&](const std::string& table_name) {
    const auto* table = find(catalog, schema, table_name);
    auto held = table ? names_of(*table) : Held{};
    auto old = counts.by_table.find(table_name);
    static const std::vector<std::string> none;
    for (size_t kind = 0; kind < kKinds; ++kind) {
      const auto& before = old == counts.by_table.end() ? none : old->second[kind];
      const auto& after = held[kind];
      if (before == after) continue;
      std::vector<std::string> lost, gained;
      std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(lost));
      std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(gained));
      for (const auto& name : lost) {
        auto& tables = counts.holders[kind][name];
        tables.erase(table_name);
        if (tables.empty()) counts.holders[kind].erase(name);
      }
      for (const auto& name : gained) counts.holders[kind][name].insert(table_name);
    }
    if (!table) {
      if (old != counts.by_table.end()) counts.by_table.erase(old);
    } else if (old != counts.by_table.end()) {
      old->second = std::move(held);
    } else {
      counts.by_table.emplace(table_name, std::move(held));
    }
  };
  if (!counts.complete) {
    counts.complete = true;
    if (const auto* s = catalog.find_schema(schema)) {
      for (const auto& [table_name, _] : s->tables) count(table_name);
    }
  }
  for (auto it = stale_.lower_bound({schema, ""}); it != stale_.end() && it->first == schema; it = stale_.erase(it)) {
    count(it->second);
  }
  return counts;
}

std::optional<std::string> HeldNames::holder(const model::Catalog& catalog, const std::string& schema,
                                             const std::string& name, Kind kind) {
  auto& counts = up_to_date(catalog, schema);
  const auto index = static_cast<size_t>(kind);
  // The tables this statement is changing are read as they are now, not as they were counted.
  for (auto it = live_.lower_bound({schema, ""}); it != live_.end() && it->first == schema; ++it) {
    const auto* table = find(catalog, schema, it->second);
    if (table && holds(*table, name, kind)) return it->second;
  }
  auto found = counts.holders[index].find(name);
  if (found == counts.holders[index].end()) return std::nullopt;
  for (const auto& table : found->second) {
    if (!live_.count({schema, table})) return table;
  }
  return std::nullopt;
}

}  // namespace schemadelta::parser

#include "parser/held_names.h"

#include <algorithm>

namespace schemadelta::parser {

namespace {

const model::Table* find(const model::Catalog& catalog, const std::string& schema, const std::string& table) {
  const auto* s = catalog.find_schema(schema);
  if (!s) return nullptr;
  auto it = s->tables.find(table);
  return it == s->tables.end() ? nullptr : &it->second;
}

bool holds(const model::Table& table, const std::string& name, HeldNames::Kind kind) {
  if (kind == HeldNames::Kind::Constraint) return table.constraints.count(name) > 0;
  for (const auto& column : table.columns) {
    if (column.identity.kind != model::IdentityKind::None && column.identity.sequence_name == name) return true;
  }
  return false;
}

}  // namespace

void HeldNames::next_statement() {
  stale_.insert(live_.begin(), live_.end());
  live_.clear();
}

HeldNames::Counts& HeldNames::up_to_date(const model::Catalog& catalog, const std::string& schema) {
  auto& counts = schemas_[schema];
  auto add = [&](int sign, const Held& held) {
    for (const auto& name : held.constraints) counts.constraints[name] += sign;
    for (const auto& name : held.sequences) counts.sequences[name] += sign;
  };
  auto count = [&](const std::string& table_name) {
    if (auto old = counts.by_table.find(table_name); old != counts.by_table.end()) {
      add(-1, old->second);
      counts.by_table.erase(old);
    }
    const auto* table = find(catalog, schema, table_name);
    if (!table) return;
    Held held;
    for (const auto& [name, _] : table->constraints) held.constraints.push_back(name);
    for (const auto& column : table->columns) {
      if (column.identity.kind != model::IdentityKind::None) held.sequences.push_back(column.identity.sequence_name);
    }
    add(+1, held);
    counts.by_table[table_name] = std::move(held);
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

bool HeldNames::held(const model::Catalog& catalog, const std::string& schema, const std::string& name, Kind kind) {
  auto& counts = up_to_date(catalog, schema);
  const auto& by_name = kind == Kind::Constraint ? counts.constraints : counts.sequences;
  auto found = by_name.find(name);
  int holders = found == by_name.end() ? 0 : found->second;
  // The tables this statement is changing are read as they are now, not as they were counted.
  for (auto it = live_.lower_bound({schema, ""}); it != live_.end() && it->first == schema; ++it) {
    if (auto held = counts.by_table.find(it->second); held != counts.by_table.end()) {
      const auto& names = kind == Kind::Constraint ? held->second.constraints : held->second.sequences;
      holders -= static_cast<int>(std::count(names.begin(), names.end(), name));
    }
    if (const auto* table = find(catalog, schema, it->second); table && holds(*table, name, kind)) return true;
  }
  return holders > 0;
}

}  // namespace schemadelta::parser

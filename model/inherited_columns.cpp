#include "model/inherited_columns.h"

#include <algorithm>

namespace schemadelta::model {

namespace {

void collect(const Catalog& catalog, const Table& table, std::vector<Column>& columns, int depth) {
  if (depth > 100) return;  // a cycle in bad input: PostgreSQL refuses it, the model does not loop
  for (const auto& parent : table.inherits) {
    const auto* schema = catalog.find_schema(parent.schema);
    if (!schema) continue;
    auto it = schema->tables.find(parent.name);
    if (it == schema->tables.end()) continue;
    collect(catalog, it->second, columns, depth + 1);
    for (const auto& column : it->second.columns) {
      auto same = std::find_if(columns.begin(), columns.end(), [&](const auto& c) { return c.name == column.name; });
      if (same == columns.end()) columns.push_back(column);
    }
  }
}

}  // namespace

std::vector<Column> inherited_columns(const Catalog& catalog, const Table& table) {
  std::vector<Column> columns;
  collect(catalog, table, columns, 0);
  return columns;
}

namespace {

bool named(const std::vector<Column>& columns, const std::string& name) {
  return std::any_of(columns.begin(), columns.end(), [&](const Column& c) { return c.name == name; });
}

// A column inherited on both sides, generated on one and not on the other (or by another
// expression): INHERIT needs the child's column generated as the parent's is, and no ALTER turns
// a column into a generated one, so the child loses the old column and gains the new one. A
// stored generated column becoming plain stays: NO INHERIT leaves it the child's own, and DROP
// EXPRESSION keeps its values.
bool generation_changes(const std::vector<Column>& had, const std::vector<Column>& inherits, const Column& column) {
  auto old_column = std::find_if(had.begin(), had.end(), [&](const Column& c) { return c.name == column.name; });
  auto new_column = std::find_if(inherits.begin(), inherits.end(), [&](const Column& c) { return c.name == column.name; });
  return old_column != had.end() && new_column != inherits.end() && generation_rebuilds(*old_column, *new_column);
}

}  // namespace

bool generated_alike(const Column& a, const Column& b) { return a.details->generated == b.details->generated && a.generated_virtual == b.generated_virtual; }

bool generation_dropped(const Column& a, const Column& b) {
  return a.details->generated && !a.generated_virtual && !b.details->generated && !b.generated_virtual;
}

bool generation_rebuilds(const Column& a, const Column& b) { return !generated_alike(a, b) && !generation_dropped(a, b); }

std::vector<Column> columns_lost_with_parents(const Catalog& source, const Table& before, const Catalog& target, const Table& after) {
  const auto had = inherited_columns(source, before);
  const auto inherits = inherited_columns(target, after);
  std::vector<Column> lost;
  for (const auto& column : had) {
    if (named(before.columns, column.name) || named(after.columns, column.name)) continue;
    if (!named(inherits, column.name) || generation_changes(had, inherits, column)) lost.push_back(column);
  }
  return lost;
}

std::vector<Column> columns_gained_with_parents(const Catalog& source, const Table& before, const Catalog& target, const Table& after) {
  const auto had = inherited_columns(source, before);
  const auto inherits = inherited_columns(target, after);
  std::vector<Column> gained;
  for (const auto& column : inherits) {
    if (named(before.columns, column.name)) continue;
    if (!named(had, column.name) || (!named(after.columns, column.name) && generation_changes(had, inherits, column))) gained.push_back(column);
  }
  return gained;
}

namespace {

void collect_checks(const Catalog& catalog, const Table& table, std::map<std::string, Constraint>& checks, int depth) {
  if (depth > 100) return;
  for (const auto& parent : table.inherits) {
    const auto* schema = catalog.find_schema(parent.schema);
    if (!schema) continue;
    auto it = schema->tables.find(parent.name);
    if (it == schema->tables.end()) continue;
    collect_checks(catalog, it->second, checks, depth + 1);
    for (const auto& [name, constraint] : it->second.constraints) {
      if (constraint.kind == ConstraintKind::Check && !constraint.no_inherit) checks.emplace(name, constraint);
    }
  }
}

}  // namespace

std::map<std::string, Constraint> inherited_checks(const Catalog& catalog, const Table& table) {
  std::map<std::string, Constraint> checks;
  collect_checks(catalog, table, checks, 0);
  return checks;
}

std::map<std::string, Constraint> partition_parent_checks(const Catalog& catalog, const Table& table) {
  std::map<std::string, Constraint> checks;
  const Table* at = &table;
  for (int depth = 0; at->partition_of && depth < 64; ++depth) {
    const auto* schema = catalog.find_schema(at->partition_of->schema);
    if (!schema) break;
    auto parent = schema->tables.find(at->partition_of->name);
    if (parent == schema->tables.end()) break;
    at = &parent->second;
    for (const auto& [name, constraint] : at->constraints) {
      if (constraint.kind == ConstraintKind::Check && !constraint.no_inherit) checks.emplace(name, constraint);
    }
  }
  return checks;
}

void merge_inherited_columns(Catalog& catalog) {
  for (auto& [schema_name, schema] : catalog.schemas) {
    for (auto& [table_name, table] : schema.tables) {
      if (table.inherits.empty()) continue;
      // A CHECK the child declares as its parent's (INHERIT merges them) is the parent's.
      const auto checks = inherited_checks(catalog, table);
      std::erase_if(table.constraints, [&](const auto& entry) {
        auto same = checks.find(entry.first);
        return same != checks.end() && same->second == entry.second;
      });
      const auto inherited = inherited_columns(catalog, table);
      // A parent's NOT NULL (unless NO INHERIT) holds in the child whatever the child writes, and
      // pg_dump leaves it out of a repeated column (a child that left its parent and joined it
      // again): "id integer" under a parent's "id integer NOT NULL" is the inherited column.
      // Likewise a parent's generation expression: a child's column of a generated parent column
      // is generated too (PostgreSQL refuses INHERIT otherwise), and pg_dump prints a repeated one
      // (a column added to the child before INHERIT) without the expression.
      std::erase_if(table.columns, [&](const Column& column) {
        return std::any_of(inherited.begin(), inherited.end(), [&](const Column& from_parent) {
          if (from_parent == column) return true;
          Column as_inherited = column;
          if (!column.not_null && from_parent.not_null && !from_parent.not_null_no_inherit) {
            as_inherited.not_null = true;
            if (as_inherited.details->not_null_name != from_parent.details->not_null_name) {
              as_inherited.details.edit().not_null_name = from_parent.details->not_null_name;
            }
          }
          if (!column.details->generated && from_parent.details->generated && !column.default_value) as_inherited.details.edit().generated = from_parent.details->generated;
          return as_inherited == from_parent;
        });
      });
    }
  }
}

}  // namespace schemadelta::model

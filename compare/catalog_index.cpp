#include "compare/catalog_index.h"

namespace schemadelta::compare {

using model::ObjectId;
using model::ObjectKind;

CatalogIndex index_catalog(const model::Catalog& catalog) {
  CatalogIndex index;
  for (const auto& [name, extension] : catalog.extensions) index[{ObjectKind::Extension, "", name, "", ""}] = &extension;
  for (const auto& [s, schema] : catalog.schemas) {
    index[{ObjectKind::Schema, "", s, "", ""}] = &schema;
    for (const auto& [name, type] : schema.types) index[{ObjectKind::Type, s, name, "", ""}] = &type;
    for (const auto& [name, domain] : schema.domains) index[{ObjectKind::Domain, s, name, "", ""}] = &domain;
    for (const auto& [name, sequence] : schema.sequences) index[{ObjectKind::Sequence, s, name, "", ""}] = &sequence;
    for (const auto& [_, r] : schema.routines) {
      index[{r.is_procedure ? ObjectKind::Procedure : ObjectKind::Function, s, r.name, "", r.signature()}] = &r;
    }
    for (const auto& [_, a] : schema.aggregates) index[{ObjectKind::Aggregate, s, a.name, "", a.signature()}] = &a;
    for (const auto& [_, o] : schema.operators) index[{ObjectKind::Operator, s, o.name, "", o.signature()}] = &o;
    for (const auto& [name, table] : schema.tables) {
      index[{ObjectKind::Table, s, name, "", ""}] = &table;
      for (const auto& column : table.columns) index[{ObjectKind::Column, s, column.name, name, ""}] = &column;
      for (const auto& [c, constraint] : table.constraints) index[{ObjectKind::Constraint, s, c, name, ""}] = &constraint;
      for (const auto& [p, policy] : table.policies) index[{ObjectKind::Policy, s, p, name, ""}] = &policy;
    }
    for (const auto& [name, view] : schema.views) index[{ObjectKind::View, s, name, "", ""}] = &view;
    for (const auto& [name, view] : schema.materialized_views) index[{ObjectKind::MaterializedView, s, name, "", ""}] = &view;
    for (const auto& [name, i] : schema.indexes) index[{ObjectKind::Index, s, name, i.table, ""}] = &i;
    for (const auto& [_, t] : schema.triggers) index[{ObjectKind::Trigger, s, t.name, t.table, ""}] = &t;
    for (const auto& [_, r] : schema.rules) index[{ObjectKind::Rule, s, r.name, r.table, ""}] = &r;
    for (const auto& [name, c] : schema.collations) index[{ObjectKind::Collation, s, name, "", ""}] = &c;
    for (const auto& [name, d] : schema.text_search_dictionaries) index[{ObjectKind::TextSearchDictionary, s, name, "", ""}] = &d;
    for (const auto& [name, c] : schema.text_search_configurations) index[{ObjectKind::TextSearchConfiguration, s, name, "", ""}] = &c;
  }
  return index;
}

NamedGroups group_columns_by_type(const CatalogIndex& index) {
  NamedGroups groups;
  for (const auto& [id, definition] : index) {
    if (id.kind != ObjectKind::Column) continue;
    const auto* column = std::get<const model::Column*>(definition);
    groups[{column->type.schema, column->type.name}].push_back(&id);
  }
  return groups;
}

NamedGroups group_parts_by_table(const CatalogIndex& index) {
  NamedGroups groups;
  for (const auto& [id, _] : index) {
    if (!id.parent.empty()) groups[{id.schema, id.parent}].push_back(&id);
  }
  return groups;
}

NamedGroups group_partitions_by_parent(const CatalogIndex& index) {
  NamedGroups groups;
  for (const auto& [id, definition] : index) {
    if (id.kind != ObjectKind::Table) continue;
    const auto* table = std::get<const model::Table*>(definition);
    if (table->partition_of) groups[{table->partition_of->schema, table->partition_of->name}].push_back(&id);
  }
  return groups;
}

Dependents dependents_of(const model::Catalog& catalog) {
  Dependents reverse;
  // The dependencies are walked in id order: each list comes out sorted, without repeats.
  for (const auto& [from, targets] : catalog.dependencies) {
    for (const auto& target : targets) {
      reverse[target].push_back(&from);
      // Index ids in dependencies may lack their table (ALTER INDEX names): match by name too.
    }
  }
  return reverse;
}

namespace {

// The names of a part every parent has (recursively): columns, or the CHECKs children inherit.
template <typename Names>
std::set<std::string> through_parents(const model::Table& table, const CatalogIndex& index, Names names_of, int depth) {
  std::set<std::string> names;
  if (depth > 100) return names;  // a cycle in bad input
  for (const auto& parent : table.inherits) {
    const auto* p = definition<model::Table>(index, {model::ObjectKind::Table, parent.schema, parent.name, "", ""});
    if (!p) continue;
    names_of(*p, names);
    names.merge(through_parents(*p, index, names_of, depth + 1));
  }
  return names;
}

}  // namespace

std::set<std::string> columns_through_parents(const model::Table& table, const CatalogIndex& index) {
  return through_parents(table, index, [](const model::Table& parent, std::set<std::string>& names) {
    for (const auto& column : parent.columns) names.insert(column.name);
  }, 0);
}

const model::Column* column_through_parents(const model::Table& table, const CatalogIndex& index, const std::string& name, int depth) {
  if (depth > 100) return nullptr;
  for (const auto& parent : table.inherits) {
    const auto* p = definition<model::Table>(index, {model::ObjectKind::Table, parent.schema, parent.name, "", ""});
    if (!p) continue;
    if (const auto* column = p->find_column(name)) return column;
    if (const auto* column = column_through_parents(*p, index, name, depth + 1)) return column;
  }
  return nullptr;
}

std::set<std::string> checks_through_parents(const model::Table& table, const CatalogIndex& index) {
  return through_parents(table, index, [](const model::Table& parent, std::set<std::string>& names) {
    for (const auto& [name, constraint] : parent.constraints) {
      if (constraint.kind == model::ConstraintKind::Check && !constraint.no_inherit) names.insert(name);
    }
  }, 0);
}

}  // namespace schemadelta::compare

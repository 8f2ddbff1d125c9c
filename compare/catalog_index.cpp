#include "compare/catalog_index.h"

#include <cctype>

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

bool key_reads_column(const model::PartitionKey& key, const std::string& column) {
  auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || (c & 0x80); };
  for (const auto& element : key.elements) {
    const std::string& text = element.canonical;
    for (size_t i = 0; i < text.size();) {
      std::string token;
      if (text[i] == '"') {
        for (++i; i < text.size(); ++i) {
          if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') token += text[++i];
          else if (text[i] == '"') break;
          else token += text[i];
        }
        ++i;
      } else if (is_word(text[i])) {
        while (i < text.size() && is_word(text[i])) token += text[i++];
      } else {
        ++i;
        continue;
      }
      if (token == column) return true;
    }
  }
  return false;
}

bool partitioned_table_rebuilt(const CatalogIndex& before, const CatalogIndex& after, const model::ObjectId& table) {
  const auto* a = definition<model::Table>(before, table);
  const auto* b = definition<model::Table>(after, table);
  if (!a || !b || !a->partition_by) return false;
  if (a->partition_by != b->partition_by) return true;
  for (const auto& column : b->columns) {
    const auto* old = definition<model::Column>(before, ObjectId{ObjectKind::Column, table.schema, column.name, table.name, ""});
    if (old && (old->type != column.type || old->collation != column.collation) && key_reads_column(*b->partition_by, column.name)) {
      return true;
    }
  }
  return false;
}

std::optional<model::ObjectId> altered_through_partition_parent(const CatalogIndex& before, const CatalogIndex& after,
                                                                const model::ObjectId& column) {
  const ObjectId table_id{ObjectKind::Table, column.schema, column.parent, "", ""};
  const auto* a = definition<model::Table>(before, table_id);
  const auto* b = definition<model::Table>(after, table_id);
  if (!a || !b || !a->partition_of || a->partition_of != b->partition_of || a->partition_bound != b->partition_bound) return std::nullopt;
  const ObjectId parent_column{ObjectKind::Column, b->partition_of->schema, column.name, b->partition_of->name, ""};
  if (!before.count(parent_column) || !after.count(parent_column) ||
      partitioned_table_rebuilt(before, after, ObjectId{ObjectKind::Table, parent_column.schema, parent_column.parent, "", ""})) {
    return std::nullopt;
  }
  return parent_column;
}

}  // namespace schemadelta::compare

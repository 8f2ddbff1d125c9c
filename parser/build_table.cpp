// CREATE TABLE, including partitions and inheritance.
#include "parser/catalog_lookup.h"
#include "parser/column_index.h"
#include "parser/table_elements.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

void build_create_table(P::CreateTableContext* s, BuildContext& context) {
  auto name = context.creation_name(s->qualifiedName(0));
  context.held_names().changing(name.schema, name.name);
  auto& catalog = context.catalog();
  auto& schema = catalog.schema(name.schema);
  if (schema.tables.count(name.name)) {
    if (s->ifNotExists()) return;
    return context.error(s, "table " + name.schema + "." + name.name + " is created twice");
  }
  model::Table table;
  table.name = name.name;
  if (auto* persistence = s->tablePersistence()) {
    table.unlogged = persistence->UNLOGGED() != nullptr;
    if (!table.unlogged) context.warn(s, "temporary table in a schema file: modeled as a regular table");
  }
  std::vector<PendingConstraint> constraints;

  if (s->PARTITION() && s->OF()) {
    auto parent_name = context.relation_name(s->qualifiedName(1));
    const auto* parent = find_table(catalog, parent_name);
    if (!parent) return context.error(s, "PARTITION OF an unknown table: " + parent_name.schema + "." + parent_name.name);
    table.partition_of = parent_name;
    table.partition_bound = context.expr(s->partitionBound());
    // A partition has its parent's columns; identity and generation stay with the parent.
    for (auto column : parent->columns) {
      column.identity = {};
      table.columns.push_back(column);
    }
    const ColumnIndex columns(table);
    for (auto* element : s->partitionElement()) {
      if (auto* constraint = element->tableConstraint()) {
        constraints.push_back(read_table_constraint(constraint, context));
        continue;
      }
      auto position = columns.position(context.name(element->identifier()));
      if (!position) {
        context.error(element, "partition column is not a column of the parent table");
        continue;
      }
      read_column_constraints(element->columnConstraint(), table.columns[*position], name, constraints, context);
    }
  } else {
    const auto elements = s->tableElement();
    table.columns.reserve(elements.size());
    ColumnIndex columns;
    for (auto* element : elements) {
      if (auto* constraint = element->tableConstraint()) {
        constraints.push_back(read_table_constraint(constraint, context));
      } else {
        auto column = read_column(element->columnDefinition(), name, constraints, context);
        if (!columns.add(column.name, table.columns.size())) {
          context.error(element, "column \"" + column.name + "\" specified more than once");
          continue;
        }
        table.columns.push_back(std::move(column));
      }
    }
    if (s->INHERITS()) {
      for (size_t i = 1; i < s->qualifiedName().size(); ++i) table.inherits.push_back(context.relation_name(s->qualifiedName(i)));
    }
  }
  if (auto* spec = s->partitionSpec()) {
    model::PartitionKey key;
    key.strategy = context.name(spec->identifier());
    for (auto& c : key.strategy) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (auto* element : spec->indexElement()) key.elements.push_back(context.expr(element));
    table.partition_by = key;
  }
  if (auto* with = s->withOptions()) table.options = context.options(with->withOptionList());

  context.remember(ObjectId{ObjectKind::Table, name.schema, name.name, "", ""}, s);
  for (const auto& column : table.columns) {
    context.remember(ObjectId{ObjectKind::Column, name.schema, column.name, name.name, ""}, s);
  }
  auto& stored = schema.tables[name.name];
  stored = std::move(table);
  add_constraints(stored, name.schema, std::move(constraints), true, context);
}

}  // namespace schemadelta::parser

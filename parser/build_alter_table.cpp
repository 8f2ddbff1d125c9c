// ALTER TABLE (and ALTER VIEW / MATERIALIZED VIEW for owners): the forms pg_dump writes and the
// ones people write in migration-style schema files.
#include <algorithm>

#include "parser/catalog_lookup.h"
#include "parser/sequence_options.h"
#include "parser/sql_text.h"
#include "parser/table_elements.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

namespace {

struct Target {
  model::QualifiedName name;
  model::Table& table;
};

void drop_column(model::Table& table, const std::string& column) {
  auto& columns = table.columns;
  columns.erase(std::remove_if(columns.begin(), columns.end(), [&](const auto& c) { return c.name == column; }),
                columns.end());
  for (auto it = table.constraints.begin(); it != table.constraints.end();) {
    const auto& c = it->second.columns;
    if (std::find(c.begin(), c.end(), column) != c.end()) it = table.constraints.erase(it); else ++it;
  }
}

// The column as an ancestor (INHERITS) defines it, if one does.
const model::Column* inherited_column(model::Catalog& catalog, const model::Table& table, const std::string& name,
                                      int depth = 0) {
  if (depth > 32) return nullptr;
  for (const auto& parent_name : table.inherits) {
    const auto* parent = find_table(catalog, parent_name);
    if (!parent) continue;
    if (const auto* column = parent->find_column(name)) return column;
    if (const auto* column = inherited_column(catalog, *parent, name, depth + 1)) return column;
  }
  return nullptr;
}

void alter_column(Target& target, model::Column& column, P::AlterColumnActionContext* a, BuildContext& context) {
  if (a->TYPE_P()) {
    column.type = context.type(a->typeName());
    if (a->COLLATE()) column.collation = context.collation_name(a->qualifiedName());
  } else if (a->NOT()) {
    column.not_null = a->SET() != nullptr;
    if (!column.not_null) {
      column.not_null_name.clear();
      column.not_null_no_inherit = false;
    }
  } else if (a->IDENTITY_P() && a->ADD()) {
    auto written = read_sequence_options(a->sequenceOption(), context);
    auto& identity = column.identity.edit();
    identity.kind = a->ALWAYS() ? model::IdentityKind::Always : model::IdentityKind::ByDefault;
    identity.options = resolve_new_sequence(written, column.type);
    identity.sequence_name =
        written.sequence_name ? written.sequence_name->name
                              : choose_object_name(target.name.name, column.name, "seq", [&](const std::string& n) {
                                  return relation_name_taken(context, target.name.schema, n);
                                });
    column.not_null = true;
  } else if (a->IDENTITY_P()) {  // DROP IDENTITY
    column.identity = {};
  } else if (!a->identityAlteration().empty()) {
    for (auto* change : a->identityAlteration()) {
      if (change->GENERATED()) {
        column.identity.edit().kind = change->ALWAYS() ? model::IdentityKind::Always : model::IdentityKind::ByDefault;
      } else if (change->sequenceOption()) {
        apply_sequence_changes(column.identity.edit().options, read_sequence_options({change->sequenceOption()}, context));
      }
    }
  } else if (a->DEFAULT()) {  // after the identity forms, which hold BY DEFAULT
    if (a->SET()) column.default_value = context.expr(a->tailExpression()); else column.default_value.reset();
  } else if (a->EXPRESSION() && a->SET()) {  // PG 17: SET EXPRESSION AS (expr)
    column.generated = context.expr(a->expression());
  } else if (a->EXPRESSION()) {
    column.generated.reset();
    column.generated_virtual = false;
  } else if (a->STATISTICS()) {
    column.statistics = std::stoi(a->signedNumber()->getText());
  } else if (a->STORAGE()) {
    column.storage = context.name(a->identifier());
    for (auto& c : column.storage) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  } else if (a->COMPRESSION()) {
    column.compression = context.name(a->identifier());
  } else {
    context.unmanaged(a, "ALTER TABLE ALTER COLUMN SET (attribute options)");
  }
}

void set_trigger_state(Target& target, P::AlterTableActionContext* a, BuildContext& context) {
  std::string state = a->DISABLE_P() ? "DISABLED" : a->REPLICA() ? "REPLICA" : a->ALWAYS() ? "ALWAYS" : "ORIGIN";
  auto& triggers = context.catalog().schema(target.name.schema).triggers;
  bool all = a->ALL() || a->USER();
  std::string name = all ? "" : context.name(a->identifier());
  bool found = false;
  for (auto& [key, trigger] : triggers) {
    if (key.first != target.name.name || (!all && key.second != name)) continue;
    trigger.enabled = state;
    found = true;
  }
  if (!found && !all) context.error(a, "trigger \"" + name + "\" does not exist on " + target.name.name);
}

void apply_action(Target& target, P::AlterTableActionContext* a, BuildContext& context) {
  auto& catalog = context.catalog();
  auto& table = target.table;
  if (a->ADD() && a->columnDefinition()) {
    std::vector<PendingConstraint> constraints;
    auto column = read_column(a->columnDefinition(), target.name, constraints, context);
    if (table.find_column(column.name)) {
      if (!a->ifNotExists()) context.error(a, "column \"" + column.name + "\" already exists");
      return;
    }
    context.remember(ObjectId{ObjectKind::Column, target.name.schema, column.name, target.name.name, ""}, a);
    table.columns.push_back(column);
    add_constraints(table, target.name.schema, constraints, false, context);
  } else if (a->ADD() && a->tableConstraint()) {
    add_constraints(table, target.name.schema, {read_table_constraint(a->tableConstraint(), context)}, false, context);
  } else if (a->ALTER() && a->CONSTRAINT()) {
    // ALTER CONSTRAINT: deferrability (PG 9.4+), [NOT] ENFORCED and [NO] INHERIT (PG 18).
    const std::string name = context.name(a->identifier());
    auto it = table.constraints.find(name);
    if (it == table.constraints.end()) {
      // PG 18: a NOT NULL constraint, kept on its column: [NO] INHERIT is modeled, nothing else.
      if (auto* column = not_null_constraint_column(table, name)) {
        for (auto* attribute : a->constraintAttribute()) {
          if (!attribute->INHERIT()) return context.unmanaged(a, "ALTER CONSTRAINT of a NOT NULL constraint");
        }
        column->not_null_no_inherit = a->INHERIT().empty();  // NO INHERIT (an attribute), or INHERIT
        return;
      }
      return context.error(a, "constraint \"" + name + "\" does not exist");
    }
    for (auto* attribute : a->constraintAttribute()) apply_constraint_attribute(it->second, attribute);
  } else if (a->DROP() && a->CONSTRAINT()) {
    if (auto* column = table.constraints.count(context.name(a->identifier())) ? nullptr : not_null_constraint_column(table, context.name(a->identifier()))) {
      column->not_null = false;  // PG 18: DROP CONSTRAINT of a NOT NULL constraint
      column->not_null_name.clear();
      column->not_null_no_inherit = false;
    } else if (!table.constraints.erase(context.name(a->identifier())) && !a->ifExists()) {
      context.error(a, "constraint \"" + context.name(a->identifier()) + "\" does not exist");
    }
  } else if (a->DROP()) {
    std::string column = context.name(a->identifier());
    if (!table.find_column(column) && !a->ifExists()) context.error(a, "column \"" + column + "\" does not exist");
    drop_column(table, column);
  } else if (a->alterColumnAction()) {
    std::string name = context.name(a->identifier());
    auto* column = table.find_column(name);
    if (!column && inherited_column(catalog, table, name)) {
      // pg_dump restates an inherited column's default on a child with several parents; the
      // model keeps inherited columns with their parents.
      return;
    }
    if (!column) return context.error(a, "column \"" + name + "\" of " + target.name.name + " does not exist");
    alter_column(target, *column, a->alterColumnAction(), context);
  } else if (a->OWNER()) {
    catalog.owners[ObjectId{ObjectKind::Table, target.name.schema, target.name.name, "", ""}] = context.role(a->roleSpec());
  } else if (a->SECURITY()) {
    if (a->FORCE()) table.force_row_security = a->NO() == nullptr;
    else table.row_security = a->ENABLE_P() != nullptr;
  } else if (a->REPLICA() && a->IDENTITY_P()) {
    table.replica_identity = a->DEFAULT() ? "DEFAULT" : a->FULL() ? "FULL" : a->NOTHING() ? "NOTHING"
                                                               : "INDEX " + context.name(a->identifier());
  } else if (a->CLUSTER()) {
    table.cluster_on = a->WITHOUT() ? "" : context.name(a->identifier());
  } else if (a->VALIDATE()) {
    auto it = table.constraints.find(context.name(a->identifier()));
    if (it != table.constraints.end()) it->second.validated = true;
  } else if (a->TRIGGER()) {
    set_trigger_state(target, a, context);
  } else if (!a->INHERIT().empty()) {
    auto parent = context.relation_name(a->qualifiedName());
    auto& inherits = table.inherits;
    inherits.erase(std::remove(inherits.begin(), inherits.end(), parent), inherits.end());
    if (!a->NO()) inherits.push_back(parent);
  } else if (a->withOptionList()) {
    auto options = context.options(a->withOptionList());
    for (const auto& [key, value] : options) {
      if (a->RESET()) table.options.erase(key); else table.options[key] = value;
    }
  } else if (a->LOGGED() || a->UNLOGGED()) {
    table.unlogged = a->UNLOGGED() != nullptr;
  } else {
    context.unmanaged(a, "ALTER TABLE SET TABLESPACE");
  }
}

}  // namespace

void build_alter_table(P::AlterTableContext* s, BuildContext& context) {
  auto& catalog = context.catalog();
  auto name = context.relation_name(s->qualifiedName(0));
  auto* table = find_table(catalog, name);
  if (!table) {
    auto relation = find_relation(catalog, name, context.held_names());
    if (!relation) {
      if (s->ifExists()) return;
      return context.not_defined_here(s, "ALTER TABLE of", name.schema + "." + name.name);
    }
    // Views, materialized views and sequences: pg_dump sets their owner with ALTER TABLE.
    auto actions = s->alterTableAction();
    if (actions.size() == 1 && actions[0]->OWNER()) {
      catalog.owners[*relation] = context.role(actions[0]->roleSpec());
      return;
    }
    return context.unmanaged(s, "ALTER " + model::kind_name(relation->kind));
  }
  context.held_names().changing(name.schema, name.name);
  Target target{name, *table};
  if (s->ATTACH()) {
    auto child_name = context.relation_name(s->qualifiedName(1));
    auto* child = find_table(catalog, child_name);
    if (!child) return context.not_defined_here(s, "ATTACH PARTITION of", child_name.schema + "." + child_name.name);
    child->partition_of = name;
    child->partition_bound = context.expr(s->partitionBound());
    return;
  }
  if (s->DETACH()) {
    auto child_name = context.relation_name(s->qualifiedName(1));
    if (auto* child = find_table(catalog, child_name)) {
      child->partition_of.reset();
      child->partition_bound.reset();
    }
    return;
  }
  if (s->RENAME()) {
    auto ids = s->identifier();
    if (ids.size() == 2 && !s->CONSTRAINT()) {
      auto* column = table->find_column(context.name(ids[0]));
      if (!column) return context.error(s, "column to rename does not exist");
      column->name = context.name(ids[1]);
      return;
    }
    if (ids.size() == 2) {
      auto node = table->constraints.extract(context.name(ids[0]));
      if (auto* column = node.empty() ? not_null_constraint_column(*table, context.name(ids[0])) : nullptr) {
        column->not_null_name = kept_not_null_name(table->name, column->name, context.name(ids[1]));  // PG 18
        return;
      }
      if (node.empty()) return context.error(s, "constraint to rename does not exist");
      node.key() = node.mapped().name = context.name(ids[1]);
      table->constraints.insert(std::move(node));
      return;
    }
    auto& tables = catalog.schema(name.schema).tables;
    auto node = tables.extract(name.name);
    node.key() = node.mapped().name = context.name(ids[0]);
    context.held_names().changing(name.schema, node.key());
    tables.insert(std::move(node));
    return;
  }
  if (s->SCHEMA()) return context.unmanaged(s, "ALTER TABLE SET SCHEMA");
  for (auto* action : s->alterTableAction()) apply_action(target, action, context);
}

}  // namespace schemadelta::parser

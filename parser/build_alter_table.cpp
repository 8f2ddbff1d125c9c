// ALTER TABLE (and ALTER VIEW / MATERIALIZED VIEW for owners): the forms pg_dump writes and the
// ones people write in migration-style schema files.
#include <algorithm>

#include "parser/catalog_lookup.h"
#include "parser/children.h"
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
  const Children k(a);
  if (k.has(P::TYPE_P)) {
    column.type = context.type(k.rule<P::TypeNameContext>(P::RuleTypeName));
    if (k.has(P::COLLATE)) column.details.edit().collation = context.collation_name(k.rule<P::QualifiedNameContext>(P::RuleQualifiedName));
  } else if (k.has(P::NOT)) {
    column.not_null = k.has(P::SET);
    if (!column.not_null) {
      if (auto* held = column.details.held()) held->not_null_name.clear();
      column.not_null_no_inherit = false;
    }
  } else if (k.has(P::IDENTITY_P) && k.has(P::ADD)) {
    auto written = read_sequence_options(k.rules<P::SequenceOptionContext>(P::RuleSequenceOption), context);
    auto& identity = column.details.edit().identity.edit();
    identity.kind = k.has(P::ALWAYS) ? model::IdentityKind::Always : model::IdentityKind::ByDefault;
    identity.options = resolve_new_sequence(written, column.type);
    identity.sequence_name =
        written.sequence_name ? written.sequence_name->name
                              : choose_object_name(target.name.name, column.name, "seq", [&](const std::string& n) {
                                  return relation_name_taken(context, target.name.schema, n);
                                });
    column.not_null = true;
  } else if (k.has(P::IDENTITY_P)) {  // DROP IDENTITY
    if (auto* held = column.details.held()) held->identity = {};
  } else if (!k.rules<P::IdentityAlterationContext>(P::RuleIdentityAlteration).empty()) {
    for (auto* change : k.rules<P::IdentityAlterationContext>(P::RuleIdentityAlteration)) {
      if (change->GENERATED()) {
        column.details.edit().identity.edit().kind = change->ALWAYS() ? model::IdentityKind::Always : model::IdentityKind::ByDefault;
      } else if (change->sequenceOption()) {
        apply_sequence_changes(column.details.edit().identity.edit().options, read_sequence_options({change->sequenceOption()}, context));
      }
    }
  } else if (k.has(P::DEFAULT)) {  // after the identity forms, which hold BY DEFAULT
    if (k.has(P::SET)) column.default_value = context.expr(k.rule<P::TailExpressionContext>(P::RuleTailExpression)); else column.default_value.reset();
  } else if (k.has(P::EXPRESSION) && k.has(P::SET)) {  // PG 17: SET EXPRESSION AS (expr)
    column.details.edit().generated = context.expr(k.rule<P::ExpressionContext>(P::RuleExpression));
  } else if (k.has(P::EXPRESSION)) {
    if (auto* held = column.details.held()) held->generated.reset();
    column.generated_virtual = false;
  } else if (k.has(P::STATISTICS)) {
    column.statistics = std::stoi(k.rule<P::SignedNumberContext>(P::RuleSignedNumber)->getText());
  } else if (k.has(P::STORAGE)) {
    column.details.edit().storage = ascii_upper(context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier)));
  } else if (k.has(P::COMPRESSION)) {
    column.details.edit().compression = context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier));
  } else {
    context.unmanaged(a, "ALTER TABLE ALTER COLUMN SET (attribute options)");
  }
}

void set_trigger_state(Target& target, P::AlterTableActionContext* a, BuildContext& context) {
  const Children k(a);
  std::string state = k.has(P::DISABLE_P) ? "DISABLED" : k.has(P::REPLICA) ? "REPLICA" : k.has(P::ALWAYS) ? "ALWAYS" : "ORIGIN";
  auto& triggers = context.catalog().schema(target.name.schema).triggers;
  bool all = k.has(P::ALL) || k.has(P::USER);
  std::string name = all ? "" : context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier));
  bool found = false;
  for (auto& [key, trigger] : triggers) {
    if (key.first != target.name.name || (!all && key.second != name)) continue;
    trigger.enabled = state;
    found = true;
  }
  if (!found && !all) context.error(a, "trigger \"" + name + "\" does not exist on " + target.name.name);
}

void apply_action(Target& target, P::AlterTableActionContext* a, BuildContext& context) {
  const Children k(a);
  auto& catalog = context.catalog();
  auto& table = target.table;
  if (k.has(P::ADD) && k.rule<P::ColumnDefinitionContext>(P::RuleColumnDefinition)) {
    std::vector<PendingConstraint> constraints;
    auto column = read_column(k.rule<P::ColumnDefinitionContext>(P::RuleColumnDefinition), target.name, constraints, context);
    if (table.find_column(column.name)) {
      if (!k.rule<P::IfNotExistsContext>(P::RuleIfNotExists)) context.error(a, "column \"" + column.name + "\" already exists");
      return;
    }
    context.remember(ObjectId{ObjectKind::Column, target.name.schema, column.name, target.name.name, ""}, a);
    table.columns.push_back(column);
    add_constraints(table, target.name.schema, constraints, false, context);
  } else if (k.has(P::ADD) && k.rule<P::TableConstraintContext>(P::RuleTableConstraint)) {
    add_constraints(table, target.name.schema, {read_table_constraint(k.rule<P::TableConstraintContext>(P::RuleTableConstraint), context)}, false, context);
  } else if (k.has(P::ALTER) && k.has(P::CONSTRAINT)) {
    // ALTER CONSTRAINT: deferrability (PG 9.4+), [NOT] ENFORCED and [NO] INHERIT (PG 18).
    const std::string name = context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier));
    auto it = table.constraints.find(name);
    if (it == table.constraints.end()) {
      // PG 18: a NOT NULL constraint, kept on its column: [NO] INHERIT is modeled, nothing else.
      if (auto* column = not_null_constraint_column(table, name)) {
        for (auto* attribute : k.rules<P::ConstraintAttributeContext>(P::RuleConstraintAttribute)) {
          if (!attribute->INHERIT()) return context.unmanaged(a, "ALTER CONSTRAINT of a NOT NULL constraint");
        }
        column->not_null_no_inherit = !k.has(P::INHERIT);  // NO INHERIT (an attribute), or INHERIT
        return;
      }
      return context.error(a, "constraint \"" + name + "\" does not exist");
    }
    for (auto* attribute : k.rules<P::ConstraintAttributeContext>(P::RuleConstraintAttribute)) apply_constraint_attribute(it->second, attribute);
  } else if (k.has(P::DROP) && k.has(P::CONSTRAINT)) {
    if (auto* column = table.constraints.count(context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier))) ? nullptr : not_null_constraint_column(table, context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier)))) {
      column->not_null = false;  // PG 18: DROP CONSTRAINT of a NOT NULL constraint
      if (auto* held = column->details.held()) held->not_null_name.clear();
      column->not_null_no_inherit = false;
    } else if (!table.constraints.erase(context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier))) && !k.rule<P::IfExistsContext>(P::RuleIfExists)) {
      context.error(a, "constraint \"" + context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier)) + "\" does not exist");
    }
  } else if (k.has(P::DROP)) {
    std::string column = context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier));
    if (!table.find_column(column) && !k.rule<P::IfExistsContext>(P::RuleIfExists)) context.error(a, "column \"" + column + "\" does not exist");
    drop_column(table, column);
  } else if (k.rule<P::AlterColumnActionContext>(P::RuleAlterColumnAction)) {
    std::string name = context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier));
    auto* column = table.find_column(name);
    if (!column && inherited_column(catalog, table, name)) {
      // pg_dump restates an inherited column's default on a child with several parents; the
      // model keeps inherited columns with their parents.
      return;
    }
    if (!column) return context.error(a, "column \"" + name + "\" of " + target.name.name + " does not exist");
    alter_column(target, *column, k.rule<P::AlterColumnActionContext>(P::RuleAlterColumnAction), context);
  } else if (k.has(P::OWNER)) {
    catalog.owners[ObjectId{ObjectKind::Table, target.name.schema, target.name.name, "", ""}] = context.role(k.rule<P::RoleSpecContext>(P::RuleRoleSpec));
  } else if (k.has(P::SECURITY)) {
    if (k.has(P::FORCE)) table.force_row_security = !k.has(P::NO);
    else table.row_security = k.has(P::ENABLE_P);
  } else if (k.has(P::REPLICA) && k.has(P::IDENTITY_P)) {
    table.replica_identity = k.has(P::DEFAULT) ? "DEFAULT" : k.has(P::FULL) ? "FULL" : k.has(P::NOTHING) ? "NOTHING"
                                                               : "INDEX " + context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier));
  } else if (k.has(P::CLUSTER)) {
    table.cluster_on = k.has(P::WITHOUT) ? "" : context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier));
  } else if (k.has(P::VALIDATE)) {
    auto it = table.constraints.find(context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier)));
    if (it != table.constraints.end()) it->second.validated = true;
  } else if (k.has(P::TRIGGER)) {
    set_trigger_state(target, a, context);
  } else if (k.has(P::INHERIT)) {
    auto parent = context.relation_name(k.rule<P::QualifiedNameContext>(P::RuleQualifiedName));
    auto& inherits = table.inherits;
    inherits.erase(std::remove(inherits.begin(), inherits.end(), parent), inherits.end());
    if (!k.has(P::NO)) inherits.push_back(parent);
  } else if (k.rule<P::WithOptionListContext>(P::RuleWithOptionList)) {
    auto options = context.options(k.rule<P::WithOptionListContext>(P::RuleWithOptionList));
    for (const auto& [key, value] : options) {
      if (k.has(P::RESET)) table.options.erase(key); else table.options[key] = value;
    }
  } else if (k.has(P::LOGGED) || k.has(P::UNLOGGED)) {
    table.unlogged = k.has(P::UNLOGGED);
  } else {
    context.unmanaged(a, "ALTER TABLE SET TABLESPACE");
  }
}

}  // namespace

void build_alter_table(P::AlterTableContext* s, BuildContext& context) {
  const Children k(s);
  auto& catalog = context.catalog();
  auto name = context.relation_name(k.rule<P::QualifiedNameContext>(P::RuleQualifiedName, 0));
  auto* table = find_table(catalog, name);
  if (!table) {
    auto relation = find_relation(catalog, name, context.held_names());
    if (!relation) {
      if (k.rule<P::IfExistsContext>(P::RuleIfExists)) return;
      return context.not_defined_here(s, "ALTER TABLE of", name.schema + "." + name.name);
    }
    // Views, materialized views and sequences: pg_dump sets their owner with ALTER TABLE.
    auto actions = k.rules<P::AlterTableActionContext>(P::RuleAlterTableAction);
    if (actions.size() == 1 && actions[0]->OWNER()) {
      catalog.owners[*relation] = context.role(actions[0]->roleSpec());
      return;
    }
    return context.unmanaged(s, "ALTER " + model::kind_name(relation->kind));
  }
  context.held_names().changing(name.schema, name.name);
  Target target{name, *table};
  if (k.has(P::ATTACH)) {
    auto child_name = context.relation_name(k.rule<P::QualifiedNameContext>(P::RuleQualifiedName, 1));
    auto* child = find_table(catalog, child_name);
    if (!child) return context.not_defined_here(s, "ATTACH PARTITION of", child_name.schema + "." + child_name.name);
    child->partition_of = name;
    child->partitioned = context.next_read_order();
    child->partition_bound = context.expr(k.rule<P::PartitionBoundContext>(P::RulePartitionBound));
    return;
  }
  if (k.has(P::DETACH)) {
    auto child_name = context.relation_name(k.rule<P::QualifiedNameContext>(P::RuleQualifiedName, 1));
    if (auto* child = find_table(catalog, child_name)) {
      child->partition_of.reset();
      child->partition_bound.reset();
    }
    return;
  }
  if (k.has(P::RENAME)) {
    auto ids = k.rules<P::IdentifierContext>(P::RuleIdentifier);
    if (ids.size() == 2 && !k.has(P::CONSTRAINT)) {
      auto* column = table->find_column(context.name(ids[0]));
      if (!column) return context.error(s, "column to rename does not exist");
      column->name = context.name(ids[1]);
      return;
    }
    if (ids.size() == 2) {
      auto node = table->constraints.extract(context.name(ids[0]));
      if (auto* column = node.empty() ? not_null_constraint_column(*table, context.name(ids[0])) : nullptr) {
        column->details.edit().not_null_name = kept_not_null_name(table->name, column->name, context.name(ids[1]));  // PG 18
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
  if (k.has(P::SCHEMA)) return context.unmanaged(s, "ALTER TABLE SET SCHEMA");
  for (auto* action : k.rules<P::AlterTableActionContext>(P::RuleAlterTableAction)) apply_action(target, action, context);
}

}  // namespace schemadelta::parser

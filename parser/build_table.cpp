// CREATE TABLE, including partitions and inheritance.
#include "parser/catalog_lookup.h"
#include "parser/children.h"
#include "parser/column_index.h"
#include "parser/sql_text.h"
#include "parser/table_elements.h"
#include "parser/create_table_builder.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

namespace {

// LIKE other: its columns' names, types, collations and NOT NULL, and what INCLUDING adds of what
// the model holds per column. Constraints, indexes, identity and comments would be new objects
// with names of their own: refused rather than modeled differently.
bool add_like_columns(P::TableLikeClauseContext* like, model::Table& table, ColumnIndex& columns, BuildContext& context) {
  const auto source_name = context.relation_name(like->qualifiedName());
  const auto* source = find_table(context.catalog(), source_name);
  if (!source) {
    context.error(like, "LIKE of an unknown table: " + source_name.schema + "." + source_name.name);
    return false;
  }
  bool defaults = false, generated = false, storage = false, compression = false;
  // Children: LIKE, the name, then INCLUDING|EXCLUDING and its option (ALL or a name), in order.
  const auto& children = like->children;
  for (size_t i = 2; i + 1 < children.size(); i += 2) {
    const bool including = dynamic_cast<antlr4::tree::TerminalNode*>(children[i])->getSymbol()->getType() == P::INCLUDING;
    const std::string option = dynamic_cast<antlr4::tree::TerminalNode*>(children[i + 1]) ? "all" : context.name(children[i + 1]);
    const bool column_option = option == "defaults" || option == "generated" || option == "storage" || option == "compression";
    const bool object_option = option == "constraints" || option == "indexes" || option == "identity" ||
                               option == "comments" || option == "statistics";
    if (!column_option && !object_option && option != "all") {
      context.error(like, "unrecognized LIKE option \"" + option + "\"");
      return false;
    }
    if (including && option != "all" && !column_option) {
      context.error(like, "LIKE ... INCLUDING " + ascii_upper(option) + " is not modeled: write the table out");
      return false;
    }
    if (option == "all" || option == "defaults") defaults = including;
    if (option == "all" || option == "generated") generated = including;
    if (option == "all" || option == "storage") storage = including;
    if (option == "all" || option == "compression") compression = including;
  }
  // INCLUDING ALL includes what the model would need new objects for.
  for (size_t i = 2; i + 1 < children.size(); i += 2) {
    if (dynamic_cast<antlr4::tree::TerminalNode*>(children[i])->getSymbol()->getType() == P::INCLUDING &&
        dynamic_cast<antlr4::tree::TerminalNode*>(children[i + 1])) {
      context.error(like, "LIKE ... INCLUDING ALL is not modeled: write the table out");
      return false;
    }
  }
  for (auto column : source->columns) {
    if (!defaults) column.default_value.reset();
    if (auto* held = column.details.held()) {
      if (!generated) held->generated.reset();
      if (!storage) held->storage.clear();
      if (!compression) held->compression.clear();
      held->identity = {};
    }
    column.statistics = -1;
    // PG 18: a NOT NULL constraint comes with its name when it was given one (a made-up name
    // stays the source table's there, which the catalog reader does not write), and NO INHERIT
    if (column.not_null && !column.details->not_null_name.empty()) column.details.edit().not_null_name = kept_not_null_name(table.name, column.name, column.details->not_null_name);
    if (columns.contains(column.name)) {
      context.error(like, "column \"" + column.name + "\" specified more than once");
      continue;
    }
    table.columns.push_back(std::move(column));
    columns.add_last();
  }
  return true;
}

// The parts of a CREATE TABLE, read in one pass over its children.
struct CreateTableParts {
  std::vector<P::QualifiedNameContext*> names;  // the table's, then PARTITION OF's or INHERITS'
  std::vector<P::TableElementContext*> elements;
  std::vector<P::PartitionElementContext*> partition_elements;
  P::CreateTableAsContext* as = nullptr;
  P::TablePersistenceContext* persistence = nullptr;
  P::IfNotExistsContext* if_not_exists = nullptr;
  P::PartitionBoundContext* bound = nullptr;
  P::PartitionSpecContext* partition_spec = nullptr;
  P::WithOptionsContext* with = nullptr;
  bool partition_of = false, inherits = false;
};

CreateTableParts read_parts(P::CreateTableContext* s) {
  CreateTableParts parts;
  for (auto* child : s->children) {
    if (auto* terminal = as_terminal(child)) {
      const auto type = terminal->getSymbol()->getType();
      if (type == P::OF) parts.partition_of = true;  // PARTITION OF; PARTITION BY is partitionSpec's
      if (type == P::INHERITS) parts.inherits = true;
      continue;
    }
    auto* rule = static_cast<antlr4::ParserRuleContext*>(child);
    switch (rule->getRuleIndex()) {
      case P::RuleQualifiedName: parts.names.push_back(static_cast<P::QualifiedNameContext*>(rule)); break;
      case P::RuleTableElement: parts.elements.push_back(static_cast<P::TableElementContext*>(rule)); break;
      case P::RulePartitionElement: parts.partition_elements.push_back(static_cast<P::PartitionElementContext*>(rule)); break;
      case P::RuleCreateTableAs: parts.as = static_cast<P::CreateTableAsContext*>(rule); break;
      case P::RuleTablePersistence: parts.persistence = static_cast<P::TablePersistenceContext*>(rule); break;
      case P::RuleIfNotExists: parts.if_not_exists = static_cast<P::IfNotExistsContext*>(rule); break;
      case P::RulePartitionBound: parts.bound = static_cast<P::PartitionBoundContext*>(rule); break;
      case P::RulePartitionSpec: parts.partition_spec = static_cast<P::PartitionSpecContext*>(rule); break;
      case P::RuleWithOptions: parts.with = static_cast<P::WithOptionsContext*>(rule); break;
      default: break;
    }
  }
  return parts;
}

}  // namespace

P::CreateTableContext* CreateTableBuilder::in_pieces(P::StatementContext* statement) {
  P::CreateTableContext* create = nullptr;
  for (auto* child : statement->children) {
    if (auto* rule = as_rule(child); rule && rule->getRuleIndex() == P::RuleCreateTable) create = static_cast<P::CreateTableContext*>(rule);
  }
  if (!create) return nullptr;
  const auto parts = read_parts(create);
  return parts.as || parts.partition_of || parts.elements.empty() ? nullptr : create;
}

bool CreateTableBuilder::begin(P::CreateTableContext* s) {
  const auto parts = read_parts(s);
  if (parts.as) {
    context_.unmanaged(s, "CREATE TABLE AS");
    return false;
  }
  name_ = context_.creation_name(parts.names.at(0));
  context_.held_names().changing(name_.schema, name_.name);
  auto& catalog = context_.catalog();
  auto& schema = catalog.schema(name_.schema);
  if (schema.tables.count(name_.name)) {
    if (!parts.if_not_exists) context_.error(s, "table " + name_.schema + "." + name_.name + " is created twice");
    return false;
  }
  table_.name = name_.name;
  if (auto* persistence = parts.persistence) {
    table_.unlogged = persistence->UNLOGGED() != nullptr;
    if (!table_.unlogged) context_.warn(s, "temporary table in a schema file: modeled as a regular table");
  }
  if (parts.partition_of) {
    auto parent_name = context_.relation_name(parts.names.at(1));
    const auto* parent = find_table(catalog, parent_name);
    if (!parent) {
      context_.error(s, "PARTITION OF an unknown table: " + parent_name.schema + "." + parent_name.name);
      return false;
    }
    table_.partition_of = parent_name;
    table_.partitioned = context_.next_read_order();
    table_.partition_bound = context_.expr(parts.bound);
    // A partition has its parent's columns; identity and generation stay with the parent.
    for (auto column : parent->columns) {
      if (auto* held = column.details.held()) held->identity = {};
      if (auto* held = column.details.held()) held->not_null_name.clear();  // PG 18: the parent's NOT NULL constraint, inherited
      column.not_null_no_inherit = false;
      table_.columns.push_back(column);
    }
    columns_ = ColumnIndex(table_);
  }
  return true;
}

bool CreateTableBuilder::add(P::CreateTableContext* s) {
  const auto parts = read_parts(s);
  if (parts.partition_of) {
    for (auto* element : parts.partition_elements) {
      if (auto* constraint = element->tableConstraint()) {
        constraints_.push_back(read_table_constraint(constraint, context_));
        continue;
      }
      auto position = columns_.position(context_.name(element->identifier()));
      if (!position) {
        context_.error(element, "partition column is not a column of the parent table");
        continue;
      }
      read_column_constraints(element->columnConstraint(), table_.columns[*position], name_, constraints_, context_);
    }
    return true;
  }
  if (table_.columns.capacity() < table_.columns.size() + parts.elements.size()) {
    table_.columns.reserve(table_.columns.size() + parts.elements.size());
  }
  for (auto* element : parts.elements) {
    // One child: a constraint, a LIKE or a column.
    auto* part = element->children.empty() ? nullptr : as_rule(element->children[0]);
    if (!part) continue;
    if (part->getRuleIndex() == P::RuleTableConstraint) {
      constraints_.push_back(read_table_constraint(static_cast<P::TableConstraintContext*>(part), context_));
    } else if (part->getRuleIndex() == P::RuleTableLikeClause) {
      if (!add_like_columns(static_cast<P::TableLikeClauseContext*>(part), table_, columns_, context_)) return false;
    } else {
      auto column = read_column(static_cast<P::ColumnDefinitionContext*>(part), name_, constraints_, context_);
      if (columns_.contains(column.name)) {
        context_.error(element, "column \"" + column.name + "\" specified more than once");
        continue;
      }
      table_.columns.push_back(std::move(column));
      columns_.add_last();
    }
  }
  return true;
}

void CreateTableBuilder::finish(P::CreateTableContext* s) {
  const auto parts = read_parts(s);
  if (parts.inherits) {
    for (size_t i = 1; i < parts.names.size(); ++i) table_.inherits.push_back(context_.relation_name(parts.names[i]));
  }
  if (auto* spec = parts.partition_spec) {
    model::PartitionKey key;
    key.strategy = context_.name(spec->identifier());
    for (auto& c : key.strategy) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (auto* element : spec->indexElement()) key.elements.push_back(context_.expr(element));
    table_.partition_by = key;
  }
  if (auto* with = parts.with) table_.options = context_.options(with->withOptionList());

  context_.remember(ObjectId{ObjectKind::Table, name_.schema, name_.name, "", ""}, s);
  for (const auto& column : table_.columns) {
    context_.remember(ObjectId{ObjectKind::Column, name_.schema, column.name, name_.name, ""}, s);
  }
  auto& stored = context_.catalog().schema(name_.schema).tables[name_.name];
  stored = std::move(table_);
  add_constraints(stored, name_.schema, std::move(constraints_), true, context_);
}

void build_create_table(P::CreateTableContext* s, BuildContext& context) {
  CreateTableBuilder builder(context);
  if (builder.begin(s) && builder.add(s)) builder.finish(s);
}

}  // namespace schemadelta::parser

// CREATE INDEX and ALTER INDEX, and the index elements that EXCLUDE and PARTITION BY share.
#include "parser/catalog_lookup.h"
#include "parser/children.h"
#include "parser/sql_text.h"
#include "parser/table_elements.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

std::string index_column_name(P::IndexElementContext* element, BuildContext& context) {
  if (auto* identifier = element->identifier()) return context.name(identifier);
  if (auto* call = element->functionCall()) return context.parts(call->qualifiedName()).back();
  // A parenthesized expression: a lone function call or column still names the column. Its
  // children are tokens and groups (see `expression` in the grammar).
  const auto& items = element->expression()->children;
  if (items.empty()) return "expr";
  // schema.f(...) is named after the function.
  auto names_at = [&](size_t at) {
    auto t = first_token(items[at])->getType();
    return t == P::IDENTIFIER || t == P::QUOTED_IDENTIFIER;
  };
  size_t at = 0;
  while (at + 2 < items.size() && names_at(at) && first_token(items[at + 1])->getType() == P::DOT && names_at(at + 2)) at += 2;
  if (at > 0 && at + 1 < items.size() && first_token(items[at + 1])->getType() == P::LPAREN) {
    return fold_identifier(first_token(items[at])->getText());
  }
  auto* first = first_token(items[0]);
  auto type = first->getType();
  bool is_name = type == P::IDENTIFIER || type == P::QUOTED_IDENTIFIER;
  if (is_name && items.size() >= 2 && first_token(items[1])->getType() == P::LPAREN) return fold_identifier(first->getText());
  if (is_name && items.size() == 1) return fold_identifier(first->getText());
  if (type == P::LPAREN && items.size() == 1) {
    // ((lower(x))): look inside the group.
    const auto& inner = static_cast<P::GroupContext*>(items[0])->expression()->children;
    if (inner.size() >= 2) {
      auto* name = first_token(inner[0]);
      if ((name->getType() == P::IDENTIFIER || name->getType() == P::QUOTED_IDENTIFIER) &&
          first_token(inner[1])->getType() == P::LPAREN) {
        return fold_identifier(name->getText());
      }
    }
  }
  return "expr";
}

model::IndexElement read_index_element(P::IndexElementContext* e, BuildContext& context) {
  const Children k(e);
  model::IndexElement element;
  if (k.rule<P::ExpressionContext>(P::RuleExpression)) element.expression = context.expr(k.rule<P::ExpressionContext>(P::RuleExpression));
  else if (k.rule<P::FunctionCallContext>(P::RuleFunctionCall)) element.expression = context.expr(k.rule<P::FunctionCallContext>(P::RuleFunctionCall));
  else element.expression = context.expr(k.rule<P::IdentifierContext>(P::RuleIdentifier));
  size_t next_name = 0;
  if (k.has(P::COLLATE)) {
    auto* name = k.rule<P::QualifiedNameContext>(P::RuleQualifiedName, next_name++);
    element.collation = context.name(name->identifier().back());
    // A collation the schema creates is kept with its schema: it is written qualified, and the
    // index depends on it.
    if (auto id = collation_id(name, context)) element.collation_schema = id->schema;
    else if (auto parts = context.parts(name); parts.size() == 2 && parts[0] != "pg_catalog") element.collation_schema = parts[0];
  }
  if (k.rules<P::QualifiedNameContext>(P::RuleQualifiedName).size() > next_name) {
    auto parts = context.parts(e->qualifiedName(next_name));
    element.opclass = parts.size() == 2 && parts[0] != "pg_catalog" ? parts[0] + "." + parts[1] : parts.back();
    element.opclass_options = context.options(k.rule<P::WithOptionListContext>(P::RuleWithOptionList));
  }
  element.descending = k.has(P::DESC);
  element.nulls_first = k.has(P::FIRST_P) ? true : k.has(P::LAST_P) ? false : element.descending;
  return element;
}

void build_create_index(P::CreateIndexContext* s, BuildContext& context) {
  const Children k(s);
  auto& catalog = context.catalog();
  auto table_name = context.relation_name(k.rule<P::QualifiedNameContext>(P::RuleQualifiedName));
  auto relation = find_relation(catalog, table_name, context.held_names());
  if (!relation || (relation->kind != ObjectKind::Table && relation->kind != ObjectKind::MaterializedView)) {
    return context.error(s, "CREATE INDEX on an unknown table: " + table_name.schema + "." + table_name.name);
  }
  model::Index index;
  index.table = table_name.name;
  index.unique = k.has(P::UNIQUE);
  auto identifiers = k.rules<P::IdentifierContext>(P::RuleIdentifier);
  size_t next = 0;
  std::string explicit_name;
  if (k.has(P::ON) && !identifiers.empty() && identifiers[0]->getStart()->getStartIndex() < k.token(P::ON)->getSymbol()->getStartIndex()) {
    explicit_name = context.name(identifiers[next++]);
  }
  if (k.has(P::USING)) {
    index.method = context.name(identifiers[next++]);
  }
  std::vector<std::string> column_names;
  for (auto* element : k.rules<P::IndexElementContext>(P::RuleIndexElement)) {
    index.elements.push_back(read_index_element(element, context));
    column_names.push_back(index_column_name(element, context));
  }
  if (auto* include = k.rule<P::IncludeColumnsContext>(P::RuleIncludeColumns)) index.include = context.column_list(include->columnList());
  index.nulls_not_distinct = k.rule<P::NullsDistinctContext>(P::RuleNullsDistinct) && k.rule<P::NullsDistinctContext>(P::RuleNullsDistinct)->NOT();
  if (auto* with = k.rule<P::WithOptionsContext>(P::RuleWithOptions)) index.options = context.options(with->withOptionList());
  if (k.has(P::WHERE)) index.where = context.expr(k.rule<P::TailExpressionContext>(P::RuleTailExpression));
  if (k.has(P::CONCURRENTLY)) context.report(Severity::Note, context.location(s), "CONCURRENTLY is how an index is built, not part of the schema");

  index.name = explicit_name.empty()
                   ? choose_object_name(table_name.name, name_addition(column_names), "idx", [&](const std::string& n) {
                       return relation_name_taken(context, table_name.schema, n);
                     })
                   : explicit_name;
  auto& schema = catalog.schema(table_name.schema);
  if (relation_name_taken(context, table_name.schema, index.name)) {
    if (k.rule<P::IfNotExistsContext>(P::RuleIfNotExists)) return;
    return context.error(s, "relation \"" + index.name + "\" already exists in schema " + table_name.schema);
  }
  context.remember(ObjectId{ObjectKind::Index, table_name.schema, index.name, index.table, ""}, s);
  index.created = context.next_read_order();
  schema.indexes[index.name] = index;
}

void build_alter_index(P::AlterIndexContext* s, BuildContext& context) {
  auto& catalog = context.catalog();
  auto name = context.relation_name(s->qualifiedName(0));
  auto& schema = catalog.schema(name.schema);
  auto it = schema.indexes.find(name.name);
  const bool constraint_index = it == schema.indexes.end() && find_relation(catalog, name, context.held_names()).has_value();
  if (it == schema.indexes.end() && !constraint_index) {
    if (s->ifExists()) return;
    return context.not_defined_here(s, "ALTER INDEX of", name.schema + "." + name.name);
  }
  if (s->ATTACH()) {
    // The partition's index belongs to the partitioned one; for constraint indexes the
    // partition hierarchy already says so.
    auto child = context.relation_name(s->qualifiedName(1));
    auto child_it = catalog.schema(child.schema).indexes.find(child.name);
    if (child_it != catalog.schema(child.schema).indexes.end()) child_it->second.attached_to = name;
    return;
  }
  if (constraint_index) return context.unmanaged(s, "ALTER INDEX of a constraint's index");
  auto& index = it->second;
  if (s->STATISTICS()) {
    index.statistics[std::stoi(s->signedNumber(0)->getText())] = std::stoi(s->signedNumber(1)->getText());
  } else if (s->withOptionList()) {
    for (const auto& [key, value] : context.options(s->withOptionList())) {
      if (s->RESET()) index.options.erase(key); else index.options[key] = value;
    }
  } else if (s->RENAME()) {
    auto node = schema.indexes.extract(it);
    node.key() = node.mapped().name = context.name(s->identifier());
    schema.indexes.insert(std::move(node));
  } else {
    context.unmanaged(s, "ALTER INDEX SET TABLESPACE");
  }
}

}  // namespace schemadelta::parser

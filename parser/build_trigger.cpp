// CREATE TRIGGER, CREATE POLICY and CREATE RULE.
#include <algorithm>

#include "parser/builders.h"
#include "parser/catalog_lookup.h"
#include "parser/children.h"
#include "parser/sql_text.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

namespace {


// Literal arguments of the trigger function, as the strings the function receives.
std::vector<std::string> trigger_arguments(P::ExpressionWithCommasContext* list) {
  std::vector<std::string> arguments;
  if (!list) return arguments;
  std::string current;
  for (auto* item : list->children) {  // tokens and groups
    auto* token = first_token(item);
    if (token->getType() == P::COMMA) {
      arguments.push_back(current);
      current.clear();
      continue;
    }
    switch (token->getType()) {
      case P::STRING: case P::ESCAPE_STRING: case P::UNICODE_STRING: case P::DOLLAR_STRING:
        current += decode_string_literal(token->getText());
        break;
      default:
        current += item->getText();
    }
  }
  arguments.push_back(current);
  return arguments;
}

}  // namespace

void build_create_trigger(P::CreateTriggerContext* s, BuildContext& context) {
  const Children k(s);
  auto names = k.rules<P::QualifiedNameContext>(P::RuleQualifiedName);
  auto table = context.relation_name(names[0]);
  if (!find_relation(context.catalog(), table, context.held_names())) {
    return context.error(s, "CREATE TRIGGER on an unknown table: " + table.schema + "." + table.name);
  }
  model::Trigger trigger;
  trigger.name = context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier));
  trigger.table = table.name;
  auto* timing = k.rule<P::TriggerTimingContext>(P::RuleTriggerTiming);
  trigger.timing = timing->INSTEAD() ? "INSTEAD OF" : ascii_upper(timing->getText());
  // pg_dump's order: INSERT, DELETE, UPDATE, TRUNCATE.
  std::vector<std::pair<int, std::string>> events;
  for (auto* event : k.rules<P::TriggerEventContext>(P::RuleTriggerEvent)) {
    if (event->INSERT()) events.emplace_back(0, "INSERT");
    else if (event->DELETE_P()) events.emplace_back(1, "DELETE");
    else if (event->TRUNCATE()) events.emplace_back(3, "TRUNCATE");
    else {
      std::string text = "UPDATE";
      auto columns = event->identifier();
      for (size_t i = 0; i < columns.size(); ++i) text += (i ? ", " : " OF ") + context.name(columns[i]);
      events.emplace_back(2, text);
    }
  }
  std::sort(events.begin(), events.end());
  for (auto& [_, text] : events) trigger.events.push_back(text);
  trigger.for_each_row = k.has(P::ROW);
  if (k.has(P::WHEN)) trigger.when = context.expr(k.rule<P::ExpressionContext>(P::RuleExpression));
  trigger.function = context.routine_name(names.back());
  trigger.arguments = trigger_arguments(k.rule<P::ExpressionWithCommasContext>(P::RuleExpressionWithCommas));
  trigger.is_constraint = k.has(P::CONSTRAINT);
  for (auto* attribute : k.rules<P::ConstraintAttributeContext>(P::RuleConstraintAttribute)) {
    if (attribute->DEFERRABLE()) trigger.deferrable = attribute->NOT() == nullptr;
    if (attribute->INITIALLY()) trigger.initially_deferred = attribute->DEFERRED() != nullptr;
  }
  if (k.has(P::FROM)) trigger.referenced_table = context.relation_name(names[1]);
  for (auto* relation : k.rules<P::TransitionRelationContext>(P::RuleTransitionRelation)) {
    (relation->OLD() ? trigger.old_table : trigger.new_table) = context.name(relation->identifier());
  }
  auto& triggers = context.catalog().schema(table.schema).triggers;
  auto key = std::make_pair(table.name, trigger.name);
  if (triggers.count(key) && !k.has(P::REPLACE)) {
    return context.error(s, "trigger \"" + trigger.name + "\" for " + table.name + " already exists");
  }
  context.remember(ObjectId{ObjectKind::Trigger, table.schema, trigger.name, table.name, ""}, s);
  triggers[key] = trigger;
}

void build_create_policy(P::CreatePolicyContext* s, BuildContext& context) {
  auto table_name = context.relation_name(s->qualifiedName());
  auto* table = find_table(context.catalog(), table_name);
  if (!table) return context.error(s, "CREATE POLICY on an unknown table: " + table_name.schema + "." + table_name.name);
  model::Policy policy;
  policy.name = context.name(s->identifier());
  policy.permissive = s->RESTRICTIVE() == nullptr;
  if (s->FOR()) {
    policy.command = s->ALL() ? "ALL" : s->SELECT() ? "SELECT" : s->INSERT() ? "INSERT" : s->UPDATE() ? "UPDATE" : "DELETE";
  }
  if (!s->roleSpec().empty()) {
    policy.roles.clear();
    for (auto* role : s->roleSpec()) policy.roles.push_back(context.role(role));
    std::sort(policy.roles.begin(), policy.roles.end());
  }
  auto expressions = s->expression();
  size_t next = 0;
  if (s->USING()) policy.using_expr = context.expr(expressions[next++]);
  if (s->CHECK()) policy.check_expr = context.expr(expressions[next++]);
  context.remember(ObjectId{ObjectKind::Policy, table_name.schema, policy.name, table_name.name, ""}, s);
  table->policies[policy.name] = policy;
}

void build_create_rule(P::CreateRuleContext* s, BuildContext& context) {
  auto relation_name = context.relation_name(s->qualifiedName());
  auto relation = find_relation(context.catalog(), relation_name, context.held_names());
  if (!relation || (relation->kind != ObjectKind::Table && relation->kind != ObjectKind::View)) {
    return context.not_defined_here(s, "CREATE RULE on", relation_name.schema + "." + relation_name.name);
  }
  // ON SELECT DO INSTEAD is how a view is made (pg_dump's "_RETURN" rule turns a table into a view).
  if (s->ruleEvent()->SELECT()) return context.unmanaged(s, "CREATE RULE ON SELECT");
  model::Rule rule;
  rule.name = context.name(s->identifier());
  rule.table = relation_name.name;
  rule.event = ascii_upper(s->ruleEvent()->getText());
  if (rule.event == "DELETE_P") rule.event = "DELETE";
  rule.instead = s->INSTEAD() != nullptr;
  if (s->ruleCondition()) rule.where = context.expr(s->ruleCondition());
  rule.actions = context.expr(s->ruleActions());
  auto& rules = context.catalog().schema(relation_name.schema).rules;
  const std::pair<std::string, std::string> key{rule.table, rule.name};
  if (rules.count(key) && !s->REPLACE()) {
    return context.error(s, "rule \"" + rule.name + "\" for relation \"" + rule.table + "\" already exists");
  }
  context.remember(ObjectId{ObjectKind::Rule, relation_name.schema, rule.name, rule.table, ""}, s);
  rules[key] = std::move(rule);
}

}  // namespace schemadelta::parser

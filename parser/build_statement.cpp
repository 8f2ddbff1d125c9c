#include "parser/builders.h"
#include "parser/children.h"

namespace schemadelta::parser {

// A statement is one rule: its index says which, without a generated accessor (and its walk with
// a dynamic_cast) per kind tried before it.
void build_statement(P::StatementContext* s, BuildContext& context) {
  context.held_names().next_statement();
  antlr4::ParserRuleContext* rule = nullptr;
  for (auto* child : s->children) {
    if ((rule = as_rule(child))) break;
  }
  if (!rule) return;
  switch (rule->getRuleIndex()) {
    case P::RuleInsertStatement:
      // Data, not schema (e.g. Rails' schema_migrations rows at the end of structure.sql).
      return context.report(Severity::Note, context.location(s), "INSERT ignored: data is not part of a schema");
    case P::RuleTransactionStatement: return;  // the script's own transaction control
    case P::RuleSetStatement: return build_set(static_cast<P::SetStatementContext*>(rule), context);
    case P::RuleSelectStatement: return build_select(static_cast<P::SelectStatementContext*>(rule), context);
    case P::RuleCreateSchema: return build_create_schema(static_cast<P::CreateSchemaContext*>(rule), context);
    case P::RuleAlterSchema: return build_alter_schema(static_cast<P::AlterSchemaContext*>(rule), context);
    case P::RuleCreateExtension: return build_create_extension(static_cast<P::CreateExtensionContext*>(rule), context);
    case P::RuleCommentOn: return build_comment(static_cast<P::CommentOnContext*>(rule), context);
    case P::RuleCreateType: return build_create_type(static_cast<P::CreateTypeContext*>(rule), context);
    case P::RuleAlterType: return build_alter_type(static_cast<P::AlterTypeContext*>(rule), context);
    case P::RuleCreateDomain: return build_create_domain(static_cast<P::CreateDomainContext*>(rule), context);
    case P::RuleAlterDomain: return build_alter_domain(static_cast<P::AlterDomainContext*>(rule), context);
    case P::RuleCreateSequence: return build_create_sequence(static_cast<P::CreateSequenceContext*>(rule), context);
    case P::RuleAlterSequence: return build_alter_sequence(static_cast<P::AlterSequenceContext*>(rule), context);
    case P::RuleCreateTable: return build_create_table(static_cast<P::CreateTableContext*>(rule), context);
    case P::RuleAlterTable: return build_alter_table(static_cast<P::AlterTableContext*>(rule), context);
    case P::RuleCreateIndex: return build_create_index(static_cast<P::CreateIndexContext*>(rule), context);
    case P::RuleAlterIndex: return build_alter_index(static_cast<P::AlterIndexContext*>(rule), context);
    case P::RuleCreateView: return build_create_view(static_cast<P::CreateViewContext*>(rule), context);
    case P::RuleCreateMaterializedView: return build_create_materialized_view(static_cast<P::CreateMaterializedViewContext*>(rule), context);
    case P::RuleCreateFunction: return build_create_function(static_cast<P::CreateFunctionContext*>(rule), context);
    case P::RuleAlterRoutine: return build_alter_routine(static_cast<P::AlterRoutineContext*>(rule), context);
    case P::RuleCreateAggregate: return build_create_aggregate(static_cast<P::CreateAggregateContext*>(rule), context);
    case P::RuleCreateOperator: return build_create_operator(static_cast<P::CreateOperatorContext*>(rule), context);
    case P::RuleAlterOperator: return build_alter_operator(static_cast<P::AlterOperatorContext*>(rule), context);
    case P::RuleCreateTrigger: return build_create_trigger(static_cast<P::CreateTriggerContext*>(rule), context);
    case P::RuleCreatePolicy: return build_create_policy(static_cast<P::CreatePolicyContext*>(rule), context);
    case P::RuleCreateRule: return build_create_rule(static_cast<P::CreateRuleContext*>(rule), context);
    case P::RuleCreateCollation: return build_create_collation(static_cast<P::CreateCollationContext*>(rule), context);
    case P::RuleAlterCollation: return build_alter_collation(static_cast<P::AlterCollationContext*>(rule), context);
    case P::RuleCreateTextSearch: return build_create_text_search(static_cast<P::CreateTextSearchContext*>(rule), context);
    case P::RuleAlterTextSearch: return build_alter_text_search(static_cast<P::AlterTextSearchContext*>(rule), context);
    case P::RuleGrantStatement: return build_grant(static_cast<P::GrantStatementContext*>(rule), context);
    case P::RuleRevokeStatement: return build_revoke(static_cast<P::RevokeStatementContext*>(rule), context);
    case P::RuleDropStatement: return build_drop(static_cast<P::DropStatementContext*>(rule), context);
    default: return;
  }
}

}  // namespace schemadelta::parser

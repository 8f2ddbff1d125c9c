#include "parser/builders.h"

namespace schemadelta::parser {

void build_statement(P::StatementContext* s, BuildContext& context) {
  context.held_names().next_statement();
  if (auto* c = s->setStatement()) return build_set(c, context);
  if (auto* c = s->selectStatement()) return build_select(c, context);
  if (s->insertStatement()) {
    // Data, not schema (e.g. Rails' schema_migrations rows at the end of structure.sql).
    return context.report(Severity::Note, context.location(s), "INSERT ignored: data is not part of a schema");
  }
  if (s->transactionStatement()) return;  // the script's own transaction control
  if (auto* c = s->createSchema()) return build_create_schema(c, context);
  if (auto* c = s->alterSchema()) return build_alter_schema(c, context);
  if (auto* c = s->createExtension()) return build_create_extension(c, context);
  if (auto* c = s->commentOn()) return build_comment(c, context);
  if (auto* c = s->createType()) return build_create_type(c, context);
  if (auto* c = s->alterType()) return build_alter_type(c, context);
  if (auto* c = s->createDomain()) return build_create_domain(c, context);
  if (auto* c = s->alterDomain()) return build_alter_domain(c, context);
  if (auto* c = s->createSequence()) return build_create_sequence(c, context);
  if (auto* c = s->alterSequence()) return build_alter_sequence(c, context);
  if (auto* c = s->createTable()) return build_create_table(c, context);
  if (auto* c = s->alterTable()) return build_alter_table(c, context);
  if (auto* c = s->createIndex()) return build_create_index(c, context);
  if (auto* c = s->alterIndex()) return build_alter_index(c, context);
  if (auto* c = s->createView()) return build_create_view(c, context);
  if (auto* c = s->createMaterializedView()) return build_create_materialized_view(c, context);
  if (auto* c = s->createFunction()) return build_create_function(c, context);
  if (auto* c = s->alterRoutine()) return build_alter_routine(c, context);
  if (auto* c = s->createAggregate()) return build_create_aggregate(c, context);
  if (auto* c = s->createOperator()) return build_create_operator(c, context);
  if (auto* c = s->alterOperator()) return build_alter_operator(c, context);
  if (auto* c = s->createTrigger()) return build_create_trigger(c, context);
  if (auto* c = s->createPolicy()) return build_create_policy(c, context);
  if (auto* c = s->createRule()) return build_create_rule(c, context);
  if (auto* c = s->createCollation()) return build_create_collation(c, context);
  if (auto* c = s->alterCollation()) return build_alter_collation(c, context);
  if (auto* c = s->createTextSearch()) return build_create_text_search(c, context);
  if (auto* c = s->alterTextSearch()) return build_alter_text_search(c, context);
  if (auto* c = s->grantStatement()) return build_grant(c, context);
  if (auto* c = s->revokeStatement()) return build_revoke(c, context);
  if (auto* c = s->dropStatement()) return build_drop(c, context);
}

}  // namespace schemadelta::parser

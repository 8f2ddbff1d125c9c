#pragma once
// One builder per statement family; each copies what it keeps from the parse tree into the
// catalog. Only the parse session calls these.
#include "parser/build_context.h"

namespace schemadelta::parser {

using P = pg::PostgresParser;

void build_statement(P::StatementContext* statement, BuildContext& context);

void build_set(P::SetStatementContext* statement, BuildContext& context);
void build_select(P::SelectStatementContext* statement, BuildContext& context);
void build_create_schema(P::CreateSchemaContext* statement, BuildContext& context);
void build_alter_schema(P::AlterSchemaContext* statement, BuildContext& context);
void build_create_extension(P::CreateExtensionContext* statement, BuildContext& context);
void build_comment(P::CommentOnContext* statement, BuildContext& context);
void build_create_type(P::CreateTypeContext* statement, BuildContext& context);
void build_alter_type(P::AlterTypeContext* statement, BuildContext& context);
void build_create_domain(P::CreateDomainContext* statement, BuildContext& context);
void build_alter_domain(P::AlterDomainContext* statement, BuildContext& context);
void build_create_sequence(P::CreateSequenceContext* statement, BuildContext& context);
void build_alter_sequence(P::AlterSequenceContext* statement, BuildContext& context);
void build_create_table(P::CreateTableContext* statement, BuildContext& context);
void build_alter_table(P::AlterTableContext* statement, BuildContext& context);
void build_create_index(P::CreateIndexContext* statement, BuildContext& context);
void build_alter_index(P::AlterIndexContext* statement, BuildContext& context);
void build_create_view(P::CreateViewContext* statement, BuildContext& context);
void build_create_materialized_view(P::CreateMaterializedViewContext* statement, BuildContext& context);
void build_create_function(P::CreateFunctionContext* statement, BuildContext& context);
void build_alter_routine(P::AlterRoutineContext* statement, BuildContext& context);
void build_create_aggregate(P::CreateAggregateContext* statement, BuildContext& context);
void build_create_operator(P::CreateOperatorContext* statement, BuildContext& context);
void build_alter_operator(P::AlterOperatorContext* statement, BuildContext& context);
void build_create_trigger(P::CreateTriggerContext* statement, BuildContext& context);
void build_create_policy(P::CreatePolicyContext* statement, BuildContext& context);
void build_create_rule(P::CreateRuleContext* statement, BuildContext& context);
void build_create_collation(P::CreateCollationContext* statement, BuildContext& context);
void build_alter_collation(P::AlterCollationContext* statement, BuildContext& context);
void build_create_text_search(P::CreateTextSearchContext* statement, BuildContext& context);
void build_alter_text_search(P::AlterTextSearchContext* statement, BuildContext& context);
// A collation, text search dictionary or configuration the catalog holds, found as a statement
// names it (build_collation.cpp).
std::optional<model::ObjectId> collation_id(P::QualifiedNameContext* name, BuildContext& context);
std::optional<model::ObjectId> text_search_id(bool dictionary, P::QualifiedNameContext* name, BuildContext& context);
void build_grant(P::GrantStatementContext* statement, BuildContext& context);
void build_revoke(P::RevokeStatementContext* statement, BuildContext& context);
void build_drop(P::DropStatementContext* statement, BuildContext& context);

}  // namespace schemadelta::parser

namespace schemadelta::parser {

// Parameters of a routine as written (shared by CREATE FUNCTION and references to routines).
std::vector<model::Parameter> build_parameters(P::RoutineParametersContext* parameters, BuildContext& context);

// The ObjectId of a routine named in COMMENT, GRANT, ALTER FUNCTION; nullopt when unknown
// (reported by the caller).
std::optional<model::ObjectId> routine_id(P::QualifiedNameContext* name, P::RoutineParametersContext* parameters,
                                          bool procedure, BuildContext& context);

// KEY -> value text of a definition list (range and base types, aggregates, operators).
std::map<std::string, std::string> build_definitions(P::DefinitionListContext* list, BuildContext& context);

// The ObjectId of a table, view, materialized view, sequence or index named in a statement.
std::optional<model::ObjectId> relation_id(P::QualifiedNameContext* name, BuildContext& context);

}  // namespace schemadelta::parser

#pragma once
// PostgreSQL statements for model objects. Each returns complete statements; which ones a script
// needs, and in what order, is decided by the caller.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/catalog.h"

namespace schemadelta::generator::postgres {

// One SQL statement. Expressions inside were written under `search_path`; the script sets it.
struct Statement {
  std::string sql;
  std::optional<std::vector<std::string>> search_path;
  // A table's held rows written back: the condition under which it does so (its holding
  // exists). The rows a later pre-flight reads are then not those the script starts from.
  std::optional<std::string> refills_if;
};

Statement create_schema(const std::string& name);
Statement create_extension(const model::Extension& extension);
// An extension moved to another schema or updated to another version, in place.
std::vector<Statement> alter_extension(const model::Extension& from, const model::Extension& to);
Statement create_type(const std::string& schema, const model::Type& type);
Statement create_domain(const std::string& schema, const model::Domain& domain);
Statement create_sequence(const std::string& schema, const model::Sequence& sequence);
Statement sequence_owned_by(const std::string& schema, const model::Sequence& sequence);
Statement create_routine(const std::string& schema, const model::Routine& routine);
Statement create_aggregate(const std::string& schema, const model::Aggregate& aggregate, bool or_replace = false);
Statement create_operator(const std::string& schema, const model::Operator& op);
// Collations and text search objects (ddl_collations.cpp).
Statement create_collation(const std::string& schema, const model::Collation& collation);
Statement create_text_search_dictionary(const std::string& schema, const model::TextSearchDictionary& dictionary);
Statement alter_text_search_dictionary(const std::string& schema, const model::TextSearchDictionary& from,
                                       const model::TextSearchDictionary& to);
Statement create_text_search_configuration(const std::string& schema, const model::TextSearchConfiguration& configuration);
std::vector<Statement> text_search_mappings(const std::string& schema, const model::TextSearchConfiguration* from,
                                            const model::TextSearchConfiguration& to);

// CREATE TABLE with columns, NOT NULL, defaults and CHECK constraints (inline, so inheritance
// children get them); other constraints are added separately.
Statement create_table(const std::string& schema, const model::Table& table, bool if_not_exists = false);
// The same statement handed to `out` piece by piece, a column at a time (a fingerprint hashes a
// catalog's DDL without holding a table of 100,000 columns whole), and the search_path it needs.
void write_create_table(const std::string& schema, const model::Table& table, bool if_not_exists,
                        const std::function<void(std::string_view)>& out);
std::optional<std::vector<std::string>> create_table_path(const model::Table& table);
// "name type [COLLATE] [GENERATED ...] [DEFAULT ...] [NOT NULL]" as in CREATE TABLE / ADD COLUMN.
std::string column_definition(const std::string& schema, const model::Column& column);
// Whether SQL text calls nextval (in any case): running it takes values from a sequence, which no
// rollback of the transaction gives back.
bool calls_nextval(std::string_view sql);
std::string sequence_options_sql(const model::SequenceOptions& options, bool with_type);
std::vector<Statement> table_attributes(const std::string& schema, const model::Table& table);
Statement attach_partition(const std::string& schema, const model::Table& table);
std::string constraint_definition(const model::Constraint& constraint);
Statement add_constraint(const std::string& schema, const std::string& table, const model::Constraint& constraint,
                         bool only);

Statement create_index(const std::string& schema, const model::Index& index, bool only, bool if_not_exists = false,
                       bool concurrently = false);
Statement attach_index(const model::QualifiedName& parent, const model::QualifiedName& child);
std::vector<Statement> index_attributes(const std::string& schema, const model::Index& index);

Statement create_view(const std::string& schema, const model::View& view, bool materialized, bool or_replace = false);
// The same view under another name (a shadow in pg_temp), the view not copied.
Statement create_view_named(const std::string& schema, const std::string& name, const model::View& view, bool materialized,
                            bool or_replace = false);
Statement create_rule(const std::string& schema, const model::Rule& rule);
Statement create_trigger(const std::string& schema, const model::Trigger& trigger, bool or_replace = false);
std::optional<Statement> trigger_state(const std::string& schema, const model::Trigger& trigger);
Statement create_policy(const std::string& schema, const std::string& table, const model::Policy& policy);

// The SQL name of an object for COMMENT ON / ALTER ... OWNER TO / GRANT: "TABLE public.t".
std::string object_reference(const model::ObjectId& id, const model::Catalog& catalog);
Statement comment_on(const model::ObjectId& id, const model::Catalog& catalog, const std::string* text);
Statement owner_to(const model::ObjectId& id, const model::Catalog& catalog, const std::string& role);
// GRANT/REVOKE statements that turn access list `from` into `to`.
std::vector<Statement> change_privileges(const model::ObjectId& id, const model::Catalog& catalog,
                                         const model::AccessList& from, const model::AccessList& to);

}  // namespace schemadelta::generator::postgres

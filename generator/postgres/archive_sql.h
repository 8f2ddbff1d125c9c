#pragma once
// The holding schema in SQL: its record table and the functions that move data into it (created
// by a script that holds anything), and the statements that bring held data back. Every
// statement checks what is there first, so re-running a script after a partial failure, or a
// rollback when nothing was held, does nothing.
#include <vector>

#include "compare/preservation.h"
#include "generator/postgres/ddl.h"

namespace schemadelta::generator::postgres {

// CREATE SCHEMA IF NOT EXISTS, the `holdings` record table, the hold_* functions.
std::vector<Statement> archive_setup(const compare::PreservationPlan& plan);
// generator/postgres/holding_schema.sql, compiled in: the statements archive_setup fills in.
const std::string& holding_schema_sql();

// Runs in place of DROP TABLE: strips what ties the table to the schema (keys, indexes,
// triggers, defaults, user types become text) and moves it into the holding schema.
Statement hold_table(const compare::PreservationPlan& plan, const compare::Holding& holding);
// Copies a column's values (with the key) into a holding table, before the drop or narrowing.
Statement hold_values(const compare::PreservationPlan& plan, const compare::Holding& holding);
// Records a sequence's position; SQL to put inside the guarded drop. `moment` "#filled": the
// position after an added column took values from it (a second record, see restore_sequences).
std::string hold_sequence(const compare::PreservationPlan& plan, const compare::Holding& holding, const std::string& moment = "");

// After CREATE TABLE: the held rows go back (generated columns recomputed, identities kept).
// `columns`: every column of the table, inherited ones included (the held table has them all).
Statement restore_table(const compare::PreservationPlan& plan, const compare::Holding& holding,
                        const std::vector<model::Column>& columns);
// The condition "the holding is there" (a restore step runs only then).
std::string holding_exists(const compare::PreservationPlan& plan, const compare::Holding& holding);
// In place of ADD COLUMN: the column comes back with its values, matched by the key.
// `added_as`: a type the column is added as before its values come back, then converted to its
// own (a NOT NULL domain without a default refuses ADD COLUMN on a table with rows).
Statement restore_column(const compare::PreservationPlan& plan, const compare::Holding& holding, const std::string& schema,
                         const std::string& table, const model::Column& column, const model::TypeRef* added_as = nullptr);
// Into a column that is there (a generated one made plain again): its held values, by the key.
Statement restore_into_column(const compare::PreservationPlan& plan, const compare::Holding& holding, const std::string& schema,
                              const std::string& table, const model::Column& column);
// After the type is widened back: original values return where nobody changed them since.
Statement restore_values(const compare::PreservationPlan& plan, const compare::Holding& holding, const std::string& schema,
                         const std::string& table, const model::Column& narrowed, const model::Column& column);
// After a composite type got back attributes a rebuild had removed (`reduced`: the type without
// them; `full`: with them, `type_name` qualified): the column's held values return where the
// current value is what the two rebuilds left of the held one (nobody changed it since).
Statement restore_composite_values(const compare::PreservationPlan& plan, const compare::Holding& holding, const std::string& schema,
                                   const std::string& table, const std::string& column, const model::Type& full, const model::Type& reduced,
                                   const std::string& type_name);
// Last in the transaction: every sequence position the opposite script recorded is set again on
// the sequence of that name (recreated by now; nothing after this statement draws from it).
Statement restore_sequences(const compare::PreservationPlan& plan);

}  // namespace schemadelta::generator::postgres

#pragma once
// Columns and constraints, as CREATE TABLE and ALTER TABLE share them, and PostgreSQL's rules
// for the names of constraints nobody named.
#include <string>
#include <vector>

#include "parser/builders.h"

namespace schemadelta::parser {

struct PendingConstraint {
  model::Constraint constraint;
  bool named = false;
  // Where it was written: a location, not a tree node, since a huge CREATE TABLE's elements are
  // read from trees freed before its constraints are named (parse_session's pieces).
  model::SourceLocation where;
  std::string using_index;  // PRIMARY KEY / UNIQUE USING INDEX: the existing index that becomes the constraint's
  std::string not_null_column;  // PG 18: NOT NULL column as a table constraint (sets the column's not_null)
};

// Reads a column definition; its inline constraints go to `constraints`. A serial column
// creates its sequence in the table's schema.
model::Column read_column(P::ColumnDefinitionContext* definition, const model::QualifiedName& table,
                          std::vector<PendingConstraint>& constraints, BuildContext& context);

// Applies inline constraints written on a column (CREATE TABLE column, partition column).
void read_column_constraints(const std::vector<P::ColumnConstraintContext*>& list, model::Column& column,
                             const model::QualifiedName& table, std::vector<PendingConstraint>& constraints,
                             BuildContext& context);

// PG 18: the name of a column's NOT NULL constraint as the model keeps it: "" when it has the
// shape of the one PostgreSQL makes up (table_column_not_null, with a number when taken), which
// stays the old one when a table or column is renamed.
std::string kept_not_null_name(const std::string& table, const std::string& column, const std::string& name);

// The NOT NULL column whose constraint (PG 18) is called `name`, if any.
model::Column* not_null_constraint_column(model::Table& table, const std::string& name);

// DEFERRABLE, INITIALLY, NOT VALID, NO INHERIT, [NOT] ENFORCED on a constraint (ALTER CONSTRAINT too).
void apply_constraint_attribute(model::Constraint& constraint, P::ConstraintAttributeContext* attribute);

PendingConstraint read_table_constraint(P::TableConstraintContext* definition, BuildContext& context);

// Names the unnamed constraints as PostgreSQL would (t_pkey, t_a_key, t_a_fkey, t_a_check,
// with number suffixes on collisions) and adds them to the table. `merge_duplicates` is CREATE
// TABLE's rule that an identical UNIQUE/PRIMARY KEY written twice makes one index.
void add_constraints(model::Table& table, const std::string& schema, std::vector<PendingConstraint> constraints,
                     bool merge_duplicates, BuildContext& context);

// The name PostgreSQL gives a column of an index on an expression: the function's name for a
// call, the column for a column, otherwise "expr".
std::string index_column_name(P::IndexElementContext* element, BuildContext& context);

model::IndexElement read_index_element(P::IndexElementContext* element, BuildContext& context);

// "a_b_c" as ChooseIndexNameAddition builds it.
std::string name_addition(const std::vector<std::string>& names);

// Whether a relation (or the index of a constraint, or an identity column's sequence) has the name.
bool relation_name_taken(BuildContext& context, const std::string& schema, const std::string& name);

}  // namespace schemadelta::parser

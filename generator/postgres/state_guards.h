#pragma once
// State-pinned steps. A guarded step compares the object it touches with both ends of the script
// and does exactly one of three things: the object is already as TARGET has it -> skip (a re-run);
// as SOURCE has it (or absent, for a create) -> run the step; anything else (an object of that
// name made by hand with another definition) -> stop the transaction with a message naming the
// object, what was expected and what was found.
//
// A state must cover every attribute its step can change: one left out would make an object that
// differs only there look done. The server renders both sides, so spellings never matter: the expected state comes from a
// shadow object created in pg_temp from the same definition the step would use (a temporary
// table, view, function, sequence, or a temporary copy of the table with the index, constraint,
// policy or trigger on it), described by the same catalog query as the existing object.
#include <optional>
#include <string>
#include <vector>

#include "generator/postgres/ddl.h"
#include "model/catalog.h"

namespace schemadelta::generator::postgres {

// pg_temp functions the state checks call: created once, at the top of a script's transaction.
Statement state_functions();
// Whether any of `statements` is a pinned step (a script without one needs no state functions).
bool has_pinned_step(const std::vector<Statement>& statements);

// A shadow: statements that create it in pg_temp (empty: none, the state is spelled out) and the
// SQL text expression of its state. It is made inside a subtransaction that is rolled back.
struct Shadow {
  std::string create, state;
};

// One pinned step: the parts a state check is made of.
struct StatePin {
  std::string what;               // shown in the message: "table public.t"
  std::string exists;             // SQL boolean from the catalogs alone: an object holds the name
  std::string found;              // SQL text: the existing object's state (read while TARGET's shadow stands)
  Shadow target;                  // the state TARGET gives it
  std::optional<Shadow> source;   // the state SOURCE gives it (steps that change an existing object)
  bool create_when_absent = true; // false: the object must exist (a column whose type changes)
};

// The step runs when the object is absent (a create) or as SOURCE has it; skipped when as TARGET
// has it; anything else stops the script. The comparison is one call of pg_temp.schemadelta_pinned
// (made by state_functions), so a step is a few lines around its own statement.
Statement pinned_step(const StatePin& pin, Statement step);

// Shadows and states per kind. `schema` is the object's schema; `table` the real table's name.
StatePin table_pin(const std::string& schema, const model::Table& target);
StatePin column_pin(const std::string& schema, const std::string& table, const model::Column& target);
StatePin column_type_pin(const std::string& schema, const std::string& table, const model::Column& source, const model::Column& target);
StatePin column_default_pin(const std::string& schema, const std::string& table, const model::Column& source, const model::Column& target);
StatePin constraint_pin(const std::string& schema, const std::string& table, const model::Constraint& target);
StatePin index_pin(const std::string& schema, const model::Index& target);
StatePin view_pin(const std::string& schema, const model::View& target, const model::View* source, bool materialized);
StatePin routine_pin(const std::string& schema, const model::Routine& target, const model::Routine* source);
StatePin policy_pin(const std::string& schema, const std::string& table, const model::Policy& target);
StatePin trigger_pin(const std::string& schema, const model::Trigger& target);
StatePin type_pin(const std::string& schema, const model::Type& target);
StatePin domain_pin(const std::string& schema, const model::Domain& target);
StatePin sequence_pin(const std::string& schema, const model::Sequence& target, const model::Sequence* source);

}  // namespace schemadelta::generator::postgres

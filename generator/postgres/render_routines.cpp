// The statements of functions, procedures, aggregates and operators. One family of the renderer
// (renderer.h), dispatched by change_sql.cpp.
#include "generator/postgres/renderer.h"

namespace schemadelta::generator::postgres::rendering {

void Renderer::render_routines() {
  const std::string& s = id_.schema;
  switch (c_.type) {
    case ChangeType::CreateRoutine: case ChangeType::ReplaceRoutine: {
      const auto& r = after<model::Routine>();
      const auto* was = c_.type == ChangeType::ReplaceRoutine ? compare::definition<model::Routine>(before_, id_) : nullptr;
      add(pinned_step(routine_pin(s, r, was), create_routine(s, r)));
      break;
    }
    case ChangeType::DropRoutine: add(drop(object_reference(id_, source_))); fix_drop_if_exists(); break;
    case ChangeType::CreateAggregate: add(create_aggregate(s, after<model::Aggregate>(), true)); break;
    case ChangeType::DropAggregate: add(drop(object_reference(id_, source_))); fix_drop_if_exists(); break;
    case ChangeType::CreateOperator: {
      const auto& o = after<model::Operator>();
      // A shell (oprcode 0: made by another operator naming this one as its COMMUTATOR or NEGATOR)
      // is not the operator yet: CREATE OPERATOR completes it.
      std::string condition = "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace "
                              "WHERE o.oprcode <> 0 AND n.nspname = " + quote_literal(s) + " AND o.oprname = " + quote_literal(o.name) +
                              " AND o.oprleft = " + (o.left ? quote_literal(type_sql(*o.left)) + "::regtype" : std::string("0")) +
                              " AND o.oprright = " + (o.right ? quote_literal(type_sql(*o.right)) + "::regtype" : std::string("0")) + ")";
      add(guarded(condition, create_operator(s, o)));
      break;
    }
    case ChangeType::DropOperator: add(drop(object_reference(id_, source_))); fix_drop_if_exists(); break;
    default: break;
  }
}

// object_reference gives "FUNCTION s.f(int)": drops need IF EXISTS after the kind word.
void Renderer::fix_drop_if_exists() {
  auto& sql = out_.back().sql;
  for (const char* kind : {"DROP FUNCTION ", "DROP PROCEDURE ", "DROP AGGREGATE ", "DROP OPERATOR "}) {
    if (sql.starts_with(kind)) sql.insert(std::string(kind).size(), "IF EXISTS ");
  }
}

}  // namespace schemadelta::generator::postgres::rendering

// The statements of triggers, policies and rules. One family of the renderer (renderer.h),
// dispatched by change_sql.cpp.
#include "generator/postgres/renderer.h"

namespace schemadelta::generator::postgres::rendering {

void Renderer::render_table_objects() {
  const std::string& s = id_.schema;
  switch (c_.type) {
    case ChangeType::CreateTrigger: {
      const auto& t = after<model::Trigger>();
      auto statement = create_trigger(s, t, true);
      const auto* on = target_.find_schema(s);
      if (!t.is_constraint && on && on->tables.count(t.table)) statement = pinned_step(trigger_pin(s, t), statement);
      if (t.is_constraint) {
        statement = guarded("NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid = " + relation_literal(s, t.table) +
                                " AND tgname = " + quote_literal(t.name) + ")",
                            statement);
      }
      add(statement);
      break;
    }
    case ChangeType::DropTrigger:
      add(drop("TRIGGER IF EXISTS " + quote_identifier(id_.name) + " ON " + qualified(s, id_.parent)));
      break;
    case ChangeType::AlterTriggerState: {
      const auto& t = after<model::Trigger>();
      if (auto statement = trigger_state(s, t)) add(*statement);
      else add("ALTER TABLE " + qualified(s, t.table) + " ENABLE TRIGGER " + quote_identifier(t.name) + ";");
      break;
    }
    case ChangeType::CreatePolicy:
      add(pinned_step(policy_pin(s, id_.parent, after<model::Policy>()), create_policy(s, id_.parent, after<model::Policy>())));
      break;
    case ChangeType::DropPolicy:
      add(drop("POLICY IF EXISTS " + quote_identifier(id_.name) + " ON " + qualified(s, id_.parent)));
      break;
    case ChangeType::CreateRule: add(create_rule(s, after<model::Rule>())); break;
    case ChangeType::DropRule:
      // DROP RULE IF EXISTS still needs the relation: a re-run may find it gone.
      add(guarded(relation_exists(s, id_.parent),
                  {drop("RULE IF EXISTS " + quote_identifier(id_.name) + " ON " + qualified(s, id_.parent)), std::nullopt}));
      break;
    default: break;
  }
}

}  // namespace schemadelta::generator::postgres::rendering

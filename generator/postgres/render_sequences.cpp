// The statements of sequences: created, dropped (and held), altered, owned by a column. One family
// of the renderer (renderer.h), dispatched by change_sql.cpp.
#include "generator/postgres/renderer.h"

namespace schemadelta::generator::postgres::rendering {

void Renderer::render_sequences() {
  const std::string& s = id_.schema;
  switch (c_.type) {
    case ChangeType::CreateSequence: {
      const auto& q = after<model::Sequence>();
      add(pinned_step(sequence_pin(s, q, nullptr), create_sequence(s, q)));
      break;
    }
    case ChangeType::DropSequence:
      // Not when the name now belongs to an identity column's sequence (a re-run of serial -> identity).
    {
      const auto* holding = held(compare::HoldingKind::Sequence);
      add(guarded(relation_of_kind(s, id_.name, "'S'") + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend WHERE classid = "
                      "'pg_catalog.pg_class'::regclass AND objid = to_regclass(" + quote_literal(qualified(s, id_.name)) +
                      ") AND deptype = 'i')",
                  {(holding ? hold_sequence(*preservation_.hold, *holding) + "\n    " : "") + "DROP SEQUENCE IF EXISTS " +
                       qualified(s, id_.name) + ";",
                   std::nullopt}));
      break;
    }
    case ChangeType::AlterSequence: {
      const auto& q = after<model::Sequence>();
      const std::string name = qualified(s, q.name);
      const std::string alter = "ALTER SEQUENCE " + name + sequence_options_sql(q.options, true);
      // A current value outside the new bounds: PostgreSQL refuses the ALTER. Behind the new
      // bound in the sequence's direction, it moves forward to that bound (no value comes
      // twice); past the bound it would have to go back, so the script stops before anything
      // changes. It never restarts behind its current value.
      const bool ascending = q.options.increment > 0;
      model::Sequence options_only = q;  // the pin compares options: ownership and persistence are steps of their own
      add(pinned_step(sequence_pin(s, options_only, &before<model::Sequence>()), {"NULL;", std::nullopt}));
      const std::string ahead_limit = std::to_string(ascending ? q.options.max_value : q.options.min_value);
      const std::string behind_limit = std::to_string(ascending ? q.options.min_value : q.options.max_value);
      add(do_block("guard", "DECLARE current_value bigint; BEGIN\n  SELECT last_value INTO current_value FROM " + name + ";\n  IF current_value " +
                                (ascending ? ">" : "<") + " " + ahead_limit + " THEN\n    RAISE EXCEPTION 'schemadelta pre-flight: % is at %, past its new " +
                                (ascending ? "MAXVALUE" : "MINVALUE") + " %: the next value would fail or repeat', " +
                                message_literal(s + "." + q.name) + ", current_value, " + ahead_limit + ";\n  ELSIF current_value " +
                                (ascending ? "<" : ">") + " " + behind_limit + " THEN\n    " + alter + " RESTART WITH " + behind_limit +
                                ";\n  ELSE\n    " + alter + ";\n  END IF;\nEND"));
      if (q.unlogged != before<model::Sequence>().unlogged) {
        add("ALTER SEQUENCE " + qualified(s, q.name) + (q.unlogged ? " SET UNLOGGED;" : " SET LOGGED;"));
      }
      break;
    }
    case ChangeType::SetSequenceOwner:
      if (c_.timing == compare::Timing::Released) add("ALTER SEQUENCE IF EXISTS " + qualified(s, id_.name) + " OWNED BY NONE;");
      else add(sequence_owned_by(s, after<model::Sequence>()));
      break;
    default: break;
  }
}

}  // namespace schemadelta::generator::postgres::rendering

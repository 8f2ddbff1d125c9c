// The statements of views and materialized views. One family of the renderer (renderer.h),
// dispatched by change_sql.cpp.
#include "generator/postgres/renderer.h"

namespace schemadelta::generator::postgres::rendering {

void Renderer::render_views() {
  const std::string& s = id_.schema;
  switch (c_.type) {
    case ChangeType::CreateView: {
      const bool materialized = id_.kind == ObjectKind::MaterializedView;
      const auto& v = after<model::View>();
      add(pinned_step(view_pin(s, v, compare::definition<model::View>(before_, id_), materialized), create_view(s, v, materialized, true)));
      break;
    }
    case ChangeType::DropView: {
      const bool materialized = id_.kind == ObjectKind::MaterializedView;
      add(guarded(relation_of_kind(s, id_.name, materialized ? "'m'" : "'v'"),
                  {drop(std::string(materialized ? "MATERIALIZED VIEW" : "VIEW") + " IF EXISTS " + qualified(s, id_.name)), std::nullopt}));
      break;
    }
    default: break;
  }
}

}  // namespace schemadelta::generator::postgres::rendering

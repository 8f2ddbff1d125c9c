// The statements of schemas and extensions. One family of the renderer (renderer.h), dispatched by
// change_sql.cpp.
#include "generator/postgres/renderer.h"

namespace schemadelta::generator::postgres::rendering {

void Renderer::render_namespaces() {
  switch (c_.type) {
    case ChangeType::CreateSchema: add(create_schema(id_.name)); break;
    case ChangeType::DropSchema: add(drop("SCHEMA IF EXISTS " + quote_identifier(id_.name))); break;
    case ChangeType::CreateExtension: add(create_extension(after<model::Extension>())); break;
    case ChangeType::DropExtension: add(drop("EXTENSION IF EXISTS " + quote_identifier(id_.name))); break;
    case ChangeType::AlterExtension:
      for (auto& statement : alter_extension(before<model::Extension>(), after<model::Extension>())) add(std::move(statement));
      break;
    default: break;
  }
}

}  // namespace schemadelta::generator::postgres::rendering

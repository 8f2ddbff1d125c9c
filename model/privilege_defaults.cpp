#include "model/privilege_defaults.h"

namespace schemadelta::model {

using model::ObjectKind;

std::vector<std::string> all_privileges(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::Table: case ObjectKind::View: case ObjectKind::MaterializedView:
      return {"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"};
    case ObjectKind::Column: return {"SELECT", "INSERT", "UPDATE", "REFERENCES"};
    case ObjectKind::Sequence: return {"USAGE", "SELECT", "UPDATE"};
    case ObjectKind::Function: case ObjectKind::Procedure: case ObjectKind::Aggregate: return {"EXECUTE"};
    case ObjectKind::Schema: return {"USAGE", "CREATE"};
    case ObjectKind::Type: case ObjectKind::Domain: return {"USAGE"};
    default: return {};
  }
}

model::AccessList default_access_list(const model::ObjectId& id) {
  switch (id.kind) {
    case ObjectKind::Function: case ObjectKind::Procedure: case ObjectKind::Aggregate:
      return {{"public", "EXECUTE", false}};
    case ObjectKind::Type: case ObjectKind::Domain:
      return {{"public", "USAGE", false}};
    case ObjectKind::Schema:
      // Since PostgreSQL 15, PUBLIC may use the public schema but not create in it.
      if (id.name == "public") return {{"public", "USAGE", false}};
      return {};
    default:
      return {};
  }
}

}  // namespace schemadelta::model

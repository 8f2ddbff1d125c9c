#include "model/builtin_objects.h"

namespace schemadelta::model {

bool is_system_schema(const std::string& name) {
  return name == "pg_catalog" || name == "information_schema" || name == "pg_toast" || name.starts_with("pg_temp_") ||
         name.starts_with("pg_toast_temp_");
}

bool is_predefined_schema(const std::string& name) { return name == "public" || is_system_schema(name); }

bool is_builtin_extension(const std::string& name) { return name == "plpgsql"; }

}  // namespace schemadelta::model

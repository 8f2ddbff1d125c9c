#pragma once
// What every PostgreSQL database has from the start: never created or dropped by a script, even
// when a snapshot mentions it (older dumps hold CREATE EXTENSION plpgsql and name pg_catalog).
#include <string>

namespace schemadelta::model {

// pg_catalog, information_schema, pg_toast and the pg_temp / pg_toast_temp schemas of sessions.
bool is_system_schema(const std::string& name);

// Schemas a fresh database has: the system ones and public.
bool is_predefined_schema(const std::string& name);

// Extensions installed in every database (plpgsql).
bool is_builtin_extension(const std::string& name);

}  // namespace schemadelta::model

#pragma once
// PostgreSQL quoting: identifiers are quoted exactly when needed, literals always escaped, so no
// object name can break out of a script.
#include <string>

#include "model/names.h"

namespace schemadelta::generator::postgres {

std::string quote_identifier(const std::string& name);
std::string quote_literal(const std::string& text);
std::string qualified(const std::string& schema, const std::string& name);
std::string qualified(const model::QualifiedName& name);
std::string type_sql(const model::TypeRef& type);
// A body in dollar quotes, with a tag the body does not contain.
std::string dollar_quote(const std::string& body);

}  // namespace schemadelta::generator::postgres

#pragma once
// Statements joined into script text, with the search_path switched before any statement whose
// expressions were written under another one.
#include <string>
#include <vector>

#include "generator/postgres/ddl.h"

namespace schemadelta::generator::postgres {

std::string search_path_statement(const std::vector<std::string>& path);

// `current` is the path in effect before the first statement, updated as the text switches it.
std::string statements_text(const std::vector<Statement>& statements, std::vector<std::string>& current);

}  // namespace schemadelta::generator::postgres

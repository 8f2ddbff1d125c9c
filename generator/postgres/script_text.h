#pragma once
// Statements joined into script text, with the search_path switched before any statement whose
// expressions were written under another one.
#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "generator/postgres/ddl.h"

namespace schemadelta::generator::postgres {

std::string search_path_statement(const std::vector<std::string>& path);

// A script's text in order: fixed text, and lists of statements, each statement on its line.
using ScriptPart = std::variant<std::string, std::vector<Statement>*>;

// The parts joined, the search_path starting empty. The text is measured first and allocated
// once at its size; each statement's text is freed once copied (a migration that re-creates a view
// of a million terms or a CHECK of millions of values is tens of MB: held once, not three times).
std::string script_text(const std::vector<ScriptPart>& parts);

}  // namespace schemadelta::generator::postgres

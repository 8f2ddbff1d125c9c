#pragma once
// Reading a snapshot for any command: parse, print diagnostics to stderr, and say whether the
// command may go on.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "parser/parse.h"

namespace schemadelta::cli {

// nullopt when the input has errors (already reported). Schemas in `exclude` are left out.
std::optional<parser::ParseResult> load_snapshot(const std::vector<std::string>& inputs, bool strict,
                                                 const std::set<std::string>& exclude = {});

}  // namespace schemadelta::cli

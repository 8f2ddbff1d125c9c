#pragma once
// Reading a snapshot for any command: parse, print diagnostics to stderr, and say whether the
// command may go on.
#include <optional>
#include <string>
#include <vector>

#include "parser/parse.h"

namespace schemadelta::cli {

// nullopt when the input has errors (already reported).
std::optional<parser::ParseResult> load_snapshot(const std::vector<std::string>& inputs, bool strict);

}  // namespace schemadelta::cli

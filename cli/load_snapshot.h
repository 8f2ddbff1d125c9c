#pragma once
// Reading a snapshot for any command: parse, print diagnostics to stderr, and say whether the
// command may go on.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/object_filter.h"
#include "parser/parse.h"

namespace schemadelta::cli {

// nullopt when the input has errors (already reported). Objects the filter leaves out are
// removed from the catalog.
std::optional<parser::ParseResult> load_snapshot(const std::vector<std::string>& inputs, bool strict,
                                                 const model::ObjectFilter& filter = {});

}  // namespace schemadelta::cli

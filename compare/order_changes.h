#pragma once
#include <string>
#include <vector>

#include "compare/change_set.h"

namespace schemadelta::compare {

// Puts changes in execution order: by phase (drops of dependents, then creates and alters,
// then removals), and within a phase by the dependency graph: creates after what they need
// (target graph), drops before what they needed (source graph). Cycles go to `errors`.
std::vector<Change> order_changes(std::vector<Change> changes, const IndexedCatalog& source, const IndexedCatalog& target,
                                  std::vector<std::string>& errors);

}  // namespace schemadelta::compare

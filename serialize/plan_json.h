#pragma once
// The migration plan as stable JSON (`diff --format json`): each change in execution order with
// its class and hazards. Shape version 1, documented in the README.
#include <nlohmann/json.hpp>

#include "compare/change_set.h"

namespace schemadelta::serialize {

nlohmann::ordered_json plan_to_json(const compare::ChangeSet& changes, const std::string& source_name,
                                    const std::string& target_name);

}  // namespace schemadelta::serialize

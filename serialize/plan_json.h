#pragma once
// The migration plan as stable JSON (`diff --format json`): each change in execution order with
// its class and hazards. Shape version 1, documented in the README and by the JSON Schema
// docs/formats/plan.schema.json.
#include <nlohmann/json.hpp>

#include "compare/change_set.h"

namespace schemadelta::serialize {

// What the plan says beside the change set: each change's SQL (in the order of the changes; left
// out when empty) and the warnings about the inputs and the scripts, after the change set's own.
struct PlanDetails {
  std::vector<std::vector<std::string>> sql;
  std::vector<std::string> warnings;
};

nlohmann::ordered_json plan_to_json(const compare::ChangeSet& changes, const std::string& source_name,
                                    const std::string& target_name, const PlanDetails& details = {});

}  // namespace schemadelta::serialize

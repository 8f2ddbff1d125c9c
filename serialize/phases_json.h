#pragma once
// `diff --expand-contract`'s plan.json: which change went into which phase, and why. Each phase
// holds the plan of its migration (plan_json.h); the decisions say why a change TARGET wants
// waits for contract or goes early, and the transitions name the columns kept in step.
// Shape version 1, documented by docs/formats/phases.schema.json.
#include <nlohmann/json.hpp>

#include "compare/expand_state.h"
#include "serialize/plan_json.h"

namespace schemadelta::serialize {

struct PhasePlan {
  std::string name;              // "expand", "contract"
  std::string script, rollback;  // the file names
  const compare::ChangeSet* changes = nullptr;
  PlanDetails details;
};

nlohmann::ordered_json phases_to_json(const compare::ExpandState& state, const std::vector<PhasePlan>& phases,
                                      const std::string& source_name, const std::string& target_name);

}  // namespace schemadelta::serialize

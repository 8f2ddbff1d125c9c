#include "serialize/phases_json.h"

#include "serialize/catalog_json.h"

namespace schemadelta::serialize {

nlohmann::ordered_json phases_to_json(const compare::ExpandState& state, const std::vector<PhasePlan>& phases,
                                      const std::string& source_name, const std::string& target_name) {
  using json = nlohmann::ordered_json;
  json phase_list = json::array();
  for (const auto& phase : phases) {
    auto plan = plan_to_json(*phase.changes, source_name, target_name, phase.details);
    // Each change says why it is in this phase when the expand state decided it.
    for (auto& change : plan["changes"]) {
      for (const auto& decision : state.decisions) {
        if (to_json(decision.id) == change["object"]) change["phase_reason"] = decision.why;
      }
    }
    phase_list.push_back(json{{"name", phase.name}, {"script", phase.script}, {"rollback", phase.rollback}, {"plan", plan}});
  }
  json decisions = json::array();
  for (const auto& decision : state.decisions) {
    decisions.push_back(json{{"object", to_json(decision.id)}, {"phase", compare::release_phase_name(decision.phase)}, {"why", decision.why}});
  }
  json transitions = json::array();
  for (const auto& sync : state.syncs) {
    transitions.push_back(json{{"schema", sync.schema}, {"table", sync.table}, {"old_column", sync.old_column.name},
                               {"new_column", sync.new_column.name}, {"old_type", model::to_string(sync.old_column.type)},
                               {"new_type", model::to_string(sync.new_column.type)}});
  }
  json swaps = json::array();
  for (const auto& swap : state.swaps) {
    swaps.push_back(json{{"schema", swap.schema}, {"table", swap.table}, {"column", swap.column}, {"shadow", swap.shadow}});
  }
  return json{{"format", "schemadelta-phases"}, {"version", 1},          {"source", source_name},
              {"target", target_name},          {"phases", phase_list}, {"decisions", decisions},
              {"transitions", transitions},     {"swaps", swaps}};
}

}  // namespace schemadelta::serialize

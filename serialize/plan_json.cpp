#include "serialize/plan_json.h"

#include "compare/hazards.h"
#include "serialize/catalog_json.h"

namespace schemadelta::serialize {

nlohmann::ordered_json plan_to_json(const compare::ChangeSet& set, const std::string& source_name,
                                    const std::string& target_name, const PlanDetails& details) {
  using json = nlohmann::ordered_json;
  json changes = json::array();
  std::map<std::string, int> classes{{"safe", 0}, {"blocking", 0}, {"destructive", 0}};
  for (size_t i = 0; i < set.changes.size(); ++i) {
    const auto& change = set.changes[i];
    const auto& assessment = change.assessment;
    json hazards = json::array();
    for (auto hazard : assessment.hazards) hazards.push_back(compare::hazard_name(hazard));
    const std::string safety = compare::safety_name(assessment.safety);
    ++classes[safety];
    json item{{"order", i + 1}, {"change", compare::change_type_name(change.type)}, {"object", to_json(change.id)},
              {"reason", change.reason}, {"phase", compare::phase_name(change.phase)}, {"class", safety}, {"hazards", hazards}};
    if (!assessment.explanation.empty()) item["explanation"] = assessment.explanation;
    if (change.type == compare::ChangeType::AddEnumValue) item["value"] = change.value;
    if (change.type == compare::ChangeType::Rename) item["old_name"] = change.value;
    if (i < details.sql.size()) item["sql"] = details.sql[i];
    changes.push_back(item);
  }
  json warnings = set.warnings;
  for (const auto& warning : details.warnings) warnings.push_back(warning);
  return json{{"format", "schemadelta-plan"},
              {"version", 1},
              {"source", source_name},
              {"target", target_name},
              {"summary", {{"changes", set.changes.size()}, {"safe", classes["safe"]}, {"blocking", classes["blocking"]},
                           {"destructive", classes["destructive"]}}},
              {"changes", changes},
              {"warnings", warnings},
              {"errors", set.errors}};
}

}  // namespace schemadelta::serialize

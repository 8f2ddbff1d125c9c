#pragma once
// What a change can do to a live database, as data on the change: assessed once, read by the
// script header, the JSON plan and the refusal alike.
#include <string>
#include <vector>

namespace schemadelta::compare {

// NotHeld: what a change drops cannot be kept for the rollback (no key to match rows by); the
// rollback brings the column back empty.
enum class Hazard { DeletesData, NarrowsValues, RewritesTable, BlocksWrites, MayFailOnExistingRows, NotHeld };

enum class Safety { Safe, Blocking, Destructive };

struct Assessment {
  Safety safety = Safety::Safe;
  std::vector<Hazard> hazards;
  std::string explanation;  // "drops the column and its values", ...
};

std::string hazard_name(Hazard hazard);
std::string safety_name(Safety safety);

}  // namespace schemadelta::compare

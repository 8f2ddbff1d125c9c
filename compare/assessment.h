#pragma once
// What a change can do to a live database, as data on the change: assessed once, read by the
// script header, the JSON plan and the refusal alike.
#include <string>
#include <vector>

namespace schemadelta::compare {

// NotHeld: what a change drops cannot be kept for the rollback (no key to match rows by); the
// rollback brings the column back empty. NoWayBackWithRows: such a column cannot even come back
// empty (a NOT NULL domain, a parent's NOT NULL column): the rollback stops while its table has rows.
enum class Hazard { DeletesData, NarrowsValues, RewritesTable, BlocksWrites, MayFailOnExistingRows, NotHeld, NoWayBackWithRows };

enum class Safety { Safe, Blocking, Destructive };

struct Assessment {
  Safety safety = Safety::Safe;
  std::vector<Hazard> hazards;
  std::string explanation;  // "drops the column and its values", ...
  // On a rollback's change: the columns (of its table) it cannot bring back while the table has
  // rows (NoWayBackWithRows); its script stops there with no_way_back_message.
  std::vector<std::string> no_way_back;
};

// The head of the message a rollback stops with when `column` of `table` cannot come back.
std::string no_way_back_message(const std::string& schema, const std::string& table, const std::string& column);

std::string hazard_name(Hazard hazard);
std::string safety_name(Safety safety);

}  // namespace schemadelta::compare

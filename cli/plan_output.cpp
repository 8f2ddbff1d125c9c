#include "cli/plan_output.h"

#include "generator/postgres/change_sql.h"
#include "serialize/plan_json.h"

namespace schemadelta::cli {

serialize::PlanDetails plan_details(const pipeline::MigrationPair& pair, bool preserve) {
  serialize::PlanDetails details;
  const auto& set = pair.forward;
  // The statements the migration runs for each change (an index built --concurrently runs
  // outside the transaction, as CREATE INDEX CONCURRENTLY).
  generator::postgres::Preservation preservation;
  if (preserve) preservation = {&pair.forward_plan, &pair.backward_plan};
  for (const auto& change : set.changes) {
    std::vector<std::string> sql;
    for (const auto& statement : generator::postgres::change_statements(change, set, set.before(), set.after(), preservation)) {
      sql.push_back(statement.sql);
    }
    details.sql.push_back(std::move(sql));
  }
  for (const auto& problem : pair.data_loss.not_kept) details.warnings.push_back("not kept, the rollback cannot bring its values back: " + problem);
  for (const auto& problem : pair.backward_plan.problems) details.warnings.push_back("the rollback cannot keep " + problem);
  return details;
}

std::string plan_json_text(const pipeline::MigrationPair& pair, const snapshot::Snapshot& source, const snapshot::Snapshot& target,
                           const std::string& source_name, const std::string& target_name, bool preserve) {
  auto details = plan_details(pair, preserve);
  std::vector<std::string> warnings;
  for (const auto* snapshot : {&source, &target}) {
    for (const auto& diagnostic : snapshot->diagnostics) {
      if (diagnostic.severity != parser::Severity::Warning) continue;
      const auto& at = diagnostic.location;
      warnings.push_back(at.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + diagnostic.message);
    }
  }
  // The inputs' warnings first, then the scripts'.
  warnings.insert(warnings.end(), details.warnings.begin(), details.warnings.end());
  details.warnings = std::move(warnings);
  return serialize::plan_to_json(pair.forward, source_name, target_name, details).dump(2) + "\n";
}

}  // namespace schemadelta::cli

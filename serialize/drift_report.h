#pragma once
// A drift report for people and for CI tools: readable text (grouped by object, coloured on a
// terminal), JSON ("schemadelta-drift" version 1), JUnit XML (one test case per object, so
// dashboards list what drifted) and SARIF 2.1.0 (so code-scanning views show it).
#include <string>
#include <vector>

#include "compare/drift.h"

namespace schemadelta::serialize {

struct DriftContext {
  std::string expected_name, actual_name;
  std::string tool_version;
  const model::Catalog* expected = nullptr;  // for source locations
  // Never a place to point to: ACTUAL is often a dump of a live database the user never sees.
  // Its statements that were not compared are named by their text.
  const model::Catalog* actual = nullptr;
  // Why check fails beyond drift: "2 unsupported statements (--fail-on unsupported)".
  std::vector<std::string> failures;
  bool fail_on_unsupported = false;  // statements not compared are errors in JUnit and SARIF, not notes
};

std::string drift_text(const compare::DriftReport& report, const DriftContext& context, bool colour);
std::string drift_json(const compare::DriftReport& report, const DriftContext& context);
std::string drift_junit(const compare::DriftReport& report, const DriftContext& context);
std::string drift_sarif(const compare::DriftReport& report, const DriftContext& context);

}  // namespace schemadelta::serialize

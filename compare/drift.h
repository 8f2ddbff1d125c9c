#pragma once
// Drift between the schema a database should have (EXPECTED) and the one it has (ACTUAL), object
// by object: what is missing, what is unexpected, what differs and how. The change set that
// would bring ACTUAL to EXPECTED, grouped under the top-level object each change belongs to.
#include <map>
#include <string>
#include <vector>

#include "compare/catalog_index.h"
#include "compare/compare.h"

namespace schemadelta::compare {

enum class DriftStatus { Missing, Unexpected, Different };

struct DriftChange {
  std::string change;  // "alter column type"
  std::string object;  // "column public.users.email"
  std::string reason;
  // What was expected and what was found: "column public.orders.note: expected absent, found
  // text", "default on public.t.x: expected none, found now()", "index public.i: missing".
  std::string finding;
};

struct DriftItem {
  model::ObjectId object;  // a top-level object: a table for its columns, constraints, indexes, ...
  DriftStatus status = DriftStatus::Different;
  std::vector<DriftChange> changes;
};

struct DriftReport {
  std::vector<model::ObjectId> checked;  // every top-level object of either side, in id order
  std::vector<DriftItem> drifted;        // in id order
  std::map<std::string, int> drifted_by_kind;
  bool has_drift() const { return !drifted.empty(); }
};

// A change as the states of what it changes: "column public.orders.total" from "numeric(10,2)"
// to "numeric(12,2)", "default on public.t.x" from "none" to "now()"; "absent" for a column one
// side lacks. `from` and `to` are empty when the change has no such reading (an index, a view):
// then only whether each side has the object is known.
struct ChangeView {
  std::string subject, from, to;
  bool in_before = false, in_after = false;
};
ChangeView view_of(const Change& change, const CatalogIndex& before, const CatalogIndex& after);

DriftReport detect_drift(const model::Catalog& expected, const model::Catalog& actual, const CompareOptions& options = {});

std::string drift_status_name(DriftStatus status);  // "missing", "unexpected", "different"

}  // namespace schemadelta::compare

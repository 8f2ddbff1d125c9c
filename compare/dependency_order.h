#pragma once
// Ordering objects so that each comes after what it depends on (Boost.Graph underneath).
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/object_id.h"

namespace schemadelta::compare {

using Dependencies = std::map<model::ObjectId, std::set<model::ObjectId>>;

struct OrderResult {
  std::vector<model::ObjectId> order;               // dependencies first; ties in ObjectId order
  std::vector<std::vector<model::ObjectId>> cycles;  // strongly connected groups that could not be ordered
};

// Orders `nodes` by the dependency edges among them (edges to objects outside `nodes` are
// ignored). Deterministic: among ready objects, the smallest ObjectId goes first. Objects on a
// cycle are reported and emitted at the end in ObjectId order.
OrderResult dependency_order(const std::vector<model::ObjectId>& nodes, const Dependencies& dependencies);

// The same with the edges asked of a function: `dependencies(id, depends_on)` calls depends_on
// for each object `id` depends on (in any order, repeats allowed), so a graph derived from
// another (lifted, merged) need not be built as a copy. Gives what the map form gives for the
// same edges.
using DependencyVisitor = std::function<void(const model::ObjectId& id, const std::function<void(const model::ObjectId&)>& depends_on)>;
OrderResult dependency_order(const std::vector<model::ObjectId>& nodes, const DependencyVisitor& dependencies);

}  // namespace schemadelta::compare

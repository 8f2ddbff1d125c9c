#pragma once
// Leaving schemas out of a snapshot (the holding schema, and whatever the user excludes): the
// schemas, everything in them, and every side-table entry about them.
#include <set>
#include <string>

#include "model/catalog.h"

namespace schemadelta::model {

void exclude_schemas(Catalog& catalog, const std::set<std::string>& names);

}  // namespace schemadelta::model

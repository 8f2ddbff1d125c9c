#pragma once
// --target-version: the PostgreSQL major a script is written for. A schema that needs syntax the
// target lacks (a VIRTUAL generated column on 17, NULLS NOT DISTINCT on 14, ...) cannot be
// written for it: each such use is a problem, and the caller refuses (exit 2) instead of writing
// a script the server would reject.
#include <string>
#include <vector>

#include "model/catalog.h"

namespace schemadelta::generator::postgres {

constexpr int k_oldest_target_version = 14;
constexpr int k_newest_target_version = 18;

// What in `catalog` PostgreSQL `version` cannot express: "column public.t.c: VIRTUAL generated
// columns need PostgreSQL 18". Empty when the catalog fits (always for the newest version).
std::vector<std::string> target_version_problems(const model::Catalog& catalog, int version);

}  // namespace schemadelta::generator::postgres

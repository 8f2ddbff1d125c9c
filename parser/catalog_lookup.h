#pragma once
// Finding objects the catalog already holds by the names a statement uses.
#include <optional>
#include <string>

#include "model/catalog.h"
#include "parser/held_names.h"

namespace schemadelta::parser {

// A table, view, materialized view, sequence or index (its own, or the one behind a primary key,
// unique or exclusion constraint, found through `held`) with this schema and name.
std::optional<model::ObjectId> find_relation(const model::Catalog& catalog, const model::QualifiedName& name,
                                             HeldNames& held);

// A routine by name and signature; with an empty signature, the only routine of that name.
std::optional<model::ObjectId> find_routine(const model::Catalog& catalog, const model::QualifiedName& name,
                                            const std::string& signature, bool procedure);

model::Table* find_table(model::Catalog& catalog, const model::QualifiedName& name);

}  // namespace schemadelta::parser

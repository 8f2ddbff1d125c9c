#pragma once
// A readable difference between two catalogs (their JSON, line by line).
#include <string>

#include "model/catalog.h"

namespace schemadelta::verify {

// "" when the catalogs are equal; otherwise the first differing lines of their JSON.
std::string catalog_difference(const model::Catalog& expected, const model::Catalog& actual);

// A copy without owners (a test cluster's owner is whoever loaded it).
model::Catalog without_owners(model::Catalog catalog);

}  // namespace schemadelta::verify

#include "compare/indexed_catalog.h"

namespace schemadelta::compare {

IndexedCatalog::IndexedCatalog(model::Catalog catalog_)
    : catalog(std::move(catalog_)), index(index_catalog(catalog)), dependents(dependents_of(catalog)) {}

}  // namespace schemadelta::compare

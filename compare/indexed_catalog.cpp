#include "compare/indexed_catalog.h"

#include <future>

namespace schemadelta::compare {

IndexedCatalog::IndexedCatalog(model::Catalog catalog_)
    : catalog(std::move(catalog_)), index(index_catalog(catalog)), dependents(dependents_of(catalog)) {}

std::pair<SharedCatalog, SharedCatalog> share_both(model::Catalog first, model::Catalog second) {
  auto indexing_second = std::async(std::launch::async, [&second] { return share(std::move(second)); });
  auto indexed_first = share(std::move(first));
  return {std::move(indexed_first), indexing_second.get()};
}

}  // namespace schemadelta::compare

#pragma once
// The DDL that creates a whole catalog in an empty database, in dependency order.
#include <functional>
#include <string>
#include <string_view>

#include "model/catalog.h"

namespace schemadelta::generator::postgres {

struct CatalogDdlOptions {
  bool owners = false;  // emit ALTER ... OWNER TO (the roles must exist where it runs)
  // false: objects in the catalog's own order, not dependency order. The text no longer runs,
  // but says the same: for a fingerprint, which only hashes it (ordering was a third of its cost).
  bool dependency_order = true;
};

std::string catalog_ddl(const model::Catalog& catalog, const CatalogDdlOptions& options = {});

// The same text handed to `out` piece by piece, never held whole.
using DdlSink = std::function<void(std::string_view)>;
void write_catalog_ddl(const model::Catalog& catalog, const DdlSink& out, const CatalogDdlOptions& options = {});

}  // namespace schemadelta::generator::postgres

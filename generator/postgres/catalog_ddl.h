#pragma once
// The DDL that creates a whole catalog in an empty database, in dependency order.
#include <functional>
#include <string>
#include <string_view>

#include "model/catalog.h"

namespace schemadelta::generator::postgres {

struct CatalogDdlOptions {
  bool owners = false;  // emit ALTER ... OWNER TO (the roles must exist where it runs)
};

std::string catalog_ddl(const model::Catalog& catalog, const CatalogDdlOptions& options = {});

// The same text handed to `out` piece by piece, never held whole.
using DdlSink = std::function<void(std::string_view)>;
void write_catalog_ddl(const model::Catalog& catalog, const DdlSink& out, const CatalogDdlOptions& options = {});

}  // namespace schemadelta::generator::postgres

#pragma once
// The DDL that creates a whole catalog in an empty database, in dependency order.
#include <string>

#include "model/catalog.h"

namespace schemadelta::generator::postgres {

struct CatalogDdlOptions {
  bool owners = false;  // emit ALTER ... OWNER TO (the roles must exist where it runs)
};

std::string catalog_ddl(const model::Catalog& catalog, const CatalogDdlOptions& options = {});

}  // namespace schemadelta::generator::postgres

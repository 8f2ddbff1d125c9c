#pragma once
#include <vector>

#include "model/catalog.h"
#include "parser/parse.h"

namespace schemadelta::parser {

// Completes a catalog once every statement is read (see finish_catalog.cpp).
void finish_catalog(model::Catalog& catalog, std::vector<Diagnostic>& diagnostics);

}  // namespace schemadelta::parser

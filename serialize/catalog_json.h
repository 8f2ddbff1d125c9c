#pragma once
// The catalog as stable JSON: keys in a fixed order, objects in identity order, so the output
// of the same snapshot never changes. Shape version 1 (see README).
#include <nlohmann/json.hpp>

#include "model/catalog.h"

namespace schemadelta::serialize {

nlohmann::ordered_json to_json(const model::Catalog& catalog);

nlohmann::ordered_json to_json(const model::ObjectId& id);

}  // namespace schemadelta::serialize

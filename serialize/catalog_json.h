#pragma once
// The catalog as stable JSON: keys in a fixed order, objects in identity order, so the output
// of the same snapshot never changes. Shape version 1 (see README).
#include <functional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/catalog.h"

namespace schemadelta::serialize {

nlohmann::ordered_json to_json(const model::Catalog& catalog);

nlohmann::ordered_json to_json(const model::ObjectId& id);

// Where write_json puts the text, a piece at a time.
class JsonSink {
 public:
  virtual ~JsonSink() = default;
  virtual void write(std::string_view text) = 0;
};

// What the state fingerprint reads of a catalog (release::state_fingerprint): the columns of
// each table it keeps, in its order; no WITH [NO] DATA of materialized views, no owners and no
// unmanaged statements.
struct FingerprintView {
  std::function<std::vector<const model::Column*>(const model::Table&)> columns;
};

// The text of to_json(catalog).dump(indent) (or, with a view, of the view's JSON), written to
// `out` as it is made: no tree, no whole text. The same code writes both, so they cannot drift
// apart. indent -1 is dump()'s compact text (the fingerprint's), 2 that of `schemadelta parse`.
void write_json(const model::Catalog& catalog, JsonSink& out, const FingerprintView* view = nullptr, int indent = -1);
// The compact text without a view and without where each unmanaged statement was read: what the
// catalog is, not which file or line it came from (release::catalog_fingerprint's text).
void write_json_without_positions(const model::Catalog& catalog, JsonSink& out);

}  // namespace schemadelta::serialize

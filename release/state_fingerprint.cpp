#include "release/state_fingerprint.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "release/sha256.h"
#include "serialize/catalog_json.h"

namespace schemadelta::release {

namespace {

const model::Table* find_table(const model::Catalog& catalog, const model::QualifiedName& name) {
  const auto* schema = catalog.find_schema(name.schema);
  if (!schema) return nullptr;
  auto table = schema->tables.find(name.name);
  return table == schema->tables.end() ? nullptr : &table->second;
}

// An inheritance child as written lists only its own columns; pg_dump lists the ones it merged
// with its parents' too. check sees the same table: a child's column equal to a parent's (NOT NULL
// aside) is left out.
bool inherited(const model::Catalog& catalog, const model::Table& table, const model::Column& column) {
  return std::any_of(table.inherits.begin(), table.inherits.end(), [&](const model::QualifiedName& parent_name) {
    const auto* parent = find_table(catalog, parent_name);
    // NOT NULL aside: a child takes its parent's, and pg_dump does not repeat it on the child.
    return parent && std::any_of(parent->columns.begin(), parent->columns.end(), [&](model::Column inherited) {
             inherited.not_null = column.not_null;
             return inherited == column;
           });
  });
}

// The table's columns as the fingerprint sees them: inherited columns left out, and the rest by
// name, not position, as check compares them (a rollback re-adds a dropped column last).
std::vector<const model::Column*> fingerprint_columns(const model::Catalog& catalog, const model::Table& table) {
  std::vector<const model::Column*> columns;
  columns.reserve(table.columns.size());
  for (const auto& column : table.columns) {
    if (table.inherits.empty() || !inherited(catalog, table, column)) columns.push_back(&column);
  }
  std::sort(columns.begin(), columns.end(), [](const model::Column* a, const model::Column* b) { return a->name < b->name; });
  return columns;
}

// The JSON text goes to the digest as it is written, in chunks: no tree, no text of its own.
class HashingSink : public serialize::JsonSink {
 public:
  explicit HashingSink(Sha256& digest) : digest_(digest) {}
  void write(std::string_view text) override { digest_.update(text); }

 private:
  Sha256& digest_;
};

// The first 64 bits, in hex, of the SHA-256 of what `write` writes to the sink it is given.
template <typename Write>
std::string digest_of(Write&& write) {
  Sha256 digest;
  HashingSink sink(digest);
  write(sink);
  return digest.hex().substr(0, 16);
}

}  // namespace

// The SHA-256 of the catalog's JSON with what check does not compare left out or put in its
// order (serialize::FingerprintView): inherited columns, column order, WITH [NO] DATA, owners,
// unmanaged statements. Written straight into the digest: building the nlohmann tree of a
// 10,000-table catalog to dump it was most of the fingerprint's cost.
std::string state_fingerprint(const model::Catalog& catalog) {
  serialize::FingerprintView view;
  view.columns = [&](const model::Table& table) { return fingerprint_columns(catalog, table); };
  return digest_of([&](serialize::JsonSink& sink) { serialize::write_json(catalog, sink, &view); });
}

std::string catalog_fingerprint(const model::Catalog& catalog) {
  return digest_of([&](serialize::JsonSink& sink) { serialize::write_json_without_positions(catalog, sink); });
}

}  // namespace schemadelta::release

#include "release/state_fingerprint.h"

#include <algorithm>
#include <memory>
#include <mutex>

#include "release/sha256.h"
#include "serialize/catalog_json.h"

namespace schemadelta::release {

namespace {

using json = nlohmann::ordered_json;

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

// The table's JSON as the fingerprint sees it: inherited columns left out, and the rest by name,
// not position, as check compares them (a rollback re-adds a dropped column last). The JSON's
// columns are the table's, in the same order.
void normalize_columns(const model::Catalog& catalog, const model::Table& table, json& table_json) {
  auto& columns = table_json.at("columns");
  if (!table.inherits.empty()) {
    json kept = json::array();
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      if (!inherited(catalog, table, table.columns[i])) kept.push_back(std::move(columns[i]));
    }
    columns = std::move(kept);
  }
  std::sort(columns.begin(), columns.end(), [](const json& a, const json& b) {
    return a.at("name").get_ref<const std::string&>() < b.at("name").get_ref<const std::string&>();
  });
}

// The JSON text goes to the digest as it is written, in chunks, rather than into a string of its
// own first (tens of megabytes at 10,000 tables).
class HashingOutput : public nlohmann::detail::output_adapter_protocol<char> {
 public:
  explicit HashingOutput(Sha256& digest) : digest_(digest) { buffer_.reserve(kChunk + 256); }
  void write_character(char c) override {
    buffer_.push_back(c);
    if (buffer_.size() >= kChunk) flush();
  }
  void write_characters(const char* s, std::size_t length) override {
    buffer_.append(s, length);
    if (buffer_.size() >= kChunk) flush();
  }
  void flush() {
    digest_.update(buffer_);
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kChunk = 1 << 16;
  Sha256& digest_;
  std::string buffer_;
};

// The digest of json.dump(), without the text.
std::string digest_of_dump(const json& value) {
  Sha256 digest;
  auto output = std::make_shared<HashingOutput>(digest);
  nlohmann::detail::serializer<json> serializer(output, ' ', nlohmann::detail::error_handler_t::strict);
  serializer.dump(value, false, false, 0);
  output->flush();
  return digest.hex();
}

}  // namespace

// The catalog's JSON is rewritten in place rather than the catalog copied and normalized: a copy
// of a 10,000-table catalog was the largest allocation of a diff (both snapshots at a time).
std::string state_fingerprint(const model::Catalog& catalog) {
  // One catalog's JSON at a time: diff fingerprints both snapshots on two threads, and the two
  // trees together were a fifth of its peak memory (10,000 tables).
  static std::mutex one_at_a_time;
  const std::lock_guard lock(one_at_a_time);
  auto json = serialize::to_json(catalog);
  auto& schemas = json.at("schemas");
  auto schema_json = schemas.begin();
  for (const auto& [_, schema] : catalog.schemas) {
    if (!schema.tables.empty()) {
      auto& tables = schema_json->at("tables");
      auto table_json = tables.begin();
      for (const auto& [_, table] : schema.tables) normalize_columns(catalog, table, *table_json++);
    }
    // WITH [NO] DATA is not what the view is (pg_dump writes NO DATA for every one), as for check.
    if (schema_json->contains("materialized_views")) {
      for (auto& view : schema_json->at("materialized_views")) view.erase("with_data");
    }
    ++schema_json;
  }
  json.erase("owners");
  json.erase("unmanaged");
  return digest_of_dump(json).substr(0, 16);
}

}  // namespace schemadelta::release

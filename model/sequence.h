#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "model/names.h"

namespace schemadelta::model {

// Options with PostgreSQL's defaults filled in, so `CREATE SEQUENCE s` and pg_dump's spelled-out
// form compare equal.
struct SequenceOptions {
  TypeRef data_type{"", "bigint", "", 0};
  std::int64_t increment = 1;
  std::int64_t min_value = 1;
  std::int64_t max_value = INT64_MAX;
  std::int64_t start = 1;
  std::int64_t cache = 1;
  bool cycle = false;
  bool operator==(const SequenceOptions&) const = default;
};

struct ColumnRef {
  std::string schema, table, column;
  bool operator==(const ColumnRef&) const = default;
};

struct Sequence {
  std::string name;
  SequenceOptions options;
  bool unlogged = false;
  std::optional<ColumnRef> owned_by;
  bool operator==(const Sequence&) const = default;
};

}  // namespace schemadelta::model

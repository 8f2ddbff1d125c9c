#pragma once
// A table's columns by name. Table::find_column scans the list: right for one lookup, quadratic
// when each column of a wide table, or each word of a long expression over it, looks one up.
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>

#include "model/table.h"

namespace schemadelta::parser {

class ColumnIndex {
 public:
  ColumnIndex() = default;
  explicit ColumnIndex(const model::Table& table) {
    positions_.reserve(table.columns.size());
    for (std::size_t i = 0; i < table.columns.size(); ++i) add(table.columns[i].name, i);
  }

  // False when the name is there already (the first position is kept).
  bool add(const std::string& name, std::size_t position) { return positions_.emplace(name, position).second; }
  bool contains(const std::string& name) const { return positions_.count(name) > 0; }
  // Where the column is in the table's list.
  std::optional<std::size_t> position(const std::string& name) const {
    auto it = positions_.find(name);
    if (it == positions_.end()) return std::nullopt;
    return it->second;
  }

 private:
  std::unordered_map<std::string, std::size_t> positions_;
};

}  // namespace schemadelta::parser

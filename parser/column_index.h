#pragma once
// A table's columns by name. Table::find_column scans the list: right for one lookup, quadratic
// when each column of a wide table, or each word of a long expression over it, looks one up.
// The index holds positions in the table's list, 4-byte slots of a hash table that reads the
// names from the list (a std::unordered_map of copied names took about 70 bytes a column, and a
// table of 100,000 columns is read twice by diff).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "model/table.h"

namespace schemadelta::parser {

class ColumnIndex {
 public:
  // The table's columns (the first of each name). The index reads the table's list: the table
  // outlives it, and columns are only added at the end, each then given to add_last().
  explicit ColumnIndex(const model::Table& table);

  // Room for this many columns in all, when known before they are added.
  void reserve(std::size_t columns);
  // Indexes the table's last column. False when its name is there already (the first stays).
  bool add_last();
  bool contains(std::string_view name) const { return position(name).has_value(); }
  // Where the column is in the table's list.
  std::optional<std::size_t> position(std::string_view name) const;

 private:
  bool add(std::uint32_t position);
  void grow(std::size_t columns);

  const std::vector<model::Column>* columns_;
  std::size_t count_ = 0;             // the positions indexed
  std::vector<std::uint32_t> slots_;  // open addressing: a position + 1, 0 when empty
};

}  // namespace schemadelta::parser

#include "parser/column_index.h"

#include <functional>

namespace schemadelta::parser {

namespace {

std::size_t hash_name(std::string_view name) { return std::hash<std::string_view>{}(name); }

}  // namespace

ColumnIndex::ColumnIndex(const model::Table& table) : columns_(&table.columns) {
  for (std::size_t i = 0; i < table.columns.size(); ++i) add(static_cast<std::uint32_t>(i));
}

std::optional<std::size_t> ColumnIndex::position(std::string_view name) const {
  if (slots_.empty()) return std::nullopt;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = hash_name(name) & mask; slots_[at] != 0; at = (at + 1) & mask) {
    const std::uint32_t position = slots_[at] - 1;
    if ((*columns_)[position].name == name) return position;
  }
  return std::nullopt;
}

bool ColumnIndex::add_last() { return add(static_cast<std::uint32_t>(columns_->size() - 1)); }

void ColumnIndex::reserve(std::size_t columns) { grow(columns); }

// At most half the slots taken by `columns`: when full, twice as many, every position placed again.
void ColumnIndex::grow(std::size_t columns) {
  std::size_t size = 16;
  while (size < 2 * columns) size *= 2;
  if (size <= slots_.size()) return;
  std::vector<std::uint32_t> old(size, 0);
  old.swap(slots_);
  const std::size_t mask = size - 1;
  for (const std::uint32_t slot : old) {
    if (slot == 0) continue;
    std::size_t at = hash_name((*columns_)[slot - 1].name) & mask;
    while (slots_[at] != 0) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

bool ColumnIndex::add(std::uint32_t position) {
  const std::string& name = (*columns_)[position].name;
  if (contains(name)) return false;
  grow(count_ + 1);
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = hash_name(name) & mask;
  while (slots_[at] != 0) at = (at + 1) & mask;
  slots_[at] = position + 1;
  ++count_;
  return true;
}

}  // namespace schemadelta::parser

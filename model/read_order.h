#pragma once
#include <cstdint>
#include <tuple>

namespace schemadelta::model {

// When the parser read the statement that made an object (or made a table a partition).
// PostgreSQL pairs a partition's indexes with its parent's in the order they were created, and
// attaches only the partition's indexes that existed when the parent's index (or the partition)
// was made: nothing else in the model keeps that order. It is not part of the object's value:
// any two compare equal, so equality, JSON and scripts do not depend on it, and a renamed object
// keeps it.
struct ReadOrder {
  std::uint64_t statement = 0;  // 1 for the first event read; 0 when not known
  std::uint32_t clone = 0;      // the n-th clone the finishing pass made at that event; 0 if written
  bool before(const ReadOrder& other) const {
    return std::tie(statement, clone) < std::tie(other.statement, other.clone);
  }
  bool operator==(const ReadOrder&) const { return true; }
};

}  // namespace schemadelta::model

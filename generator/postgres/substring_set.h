#pragma once
// Whether a text contains any of a set of strings, in one pass per distinct length (Rabin-Karp)
// instead of one search per string: the migration asks it of every statement for every enum
// value the script adds, which grew with the square of the schema.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace schemadelta::generator::postgres {

class SubstringSet {
 public:
  explicit SubstringSet(const std::vector<std::string>& needles);
  // Same answer as any needle's `text.find(needle) != npos` (an empty needle is found anywhere).
  bool found_in(std::string_view text) const;

 private:
  struct SameLength {
    std::size_t length = 0;
    std::uint64_t high_power = 1;  // kBase^(length - 1): removes the byte leaving the window
    std::unordered_map<std::uint64_t, std::vector<std::string>> by_hash;
  };
  std::vector<SameLength> lengths_;
  bool has_empty_ = false;
};

}  // namespace schemadelta::generator::postgres

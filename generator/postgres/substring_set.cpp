#include "generator/postgres/substring_set.h"

#include <algorithm>

namespace schemadelta::generator::postgres {

namespace {

constexpr std::uint64_t kBase = 1099511628211ULL;  // odd, so no byte is lost to the wrap-around

std::uint64_t hash_of(std::string_view text) {
  std::uint64_t h = 0;
  for (unsigned char c : text) h = h * kBase + c;
  return h;
}

}  // namespace

SubstringSet::SubstringSet(const std::vector<std::string>& needles) {
  for (const auto& needle : needles) {
    if (needle.empty()) {
      has_empty_ = true;
      continue;
    }
    auto same = std::find_if(lengths_.begin(), lengths_.end(), [&](const SameLength& s) { return s.length == needle.size(); });
    if (same == lengths_.end()) {
      SameLength s;
      s.length = needle.size();
      for (std::size_t i = 1; i < s.length; ++i) s.high_power *= kBase;
      lengths_.push_back(std::move(s));
      same = std::prev(lengths_.end());
    }
    auto& bucket = same->by_hash[hash_of(needle)];
    if (std::find(bucket.begin(), bucket.end(), needle) == bucket.end()) bucket.push_back(needle);
  }
}

bool SubstringSet::found_in(std::string_view text) const {
  if (has_empty_) return true;
  for (const auto& same : lengths_) {
    if (text.size() < same.length) continue;
    std::uint64_t h = hash_of(text.substr(0, same.length));
    for (std::size_t at = 0;; ++at) {
      if (auto bucket = same.by_hash.find(h); bucket != same.by_hash.end()) {
        const auto window = text.substr(at, same.length);
        if (std::find(bucket->second.begin(), bucket->second.end(), window) != bucket->second.end()) return true;
      }
      if (at + same.length >= text.size()) break;
      h = (h - static_cast<unsigned char>(text[at]) * same.high_power) * kBase + static_cast<unsigned char>(text[at + same.length]);
    }
  }
  return false;
}

}  // namespace schemadelta::generator::postgres

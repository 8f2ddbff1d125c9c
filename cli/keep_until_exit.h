#pragma once
// What a command builds once and reads until the process ends, left to the operating system at
// exit instead of freed: the models of a large schema are millions of small allocations, and
// freeing them one by one took a twentieth of a 10,000-table diff. The objects stay reachable
// from here, so a leak checker does not report them.
#include <utility>
#include <vector>

namespace schemadelta::cli {

template <typename T>
T& keep_until_exit(T&& value) {
  static auto* kept = new std::vector<const void*>();
  auto* held = new T(std::forward<T>(value));
  kept->push_back(held);
  return *held;
}

}  // namespace schemadelta::cli

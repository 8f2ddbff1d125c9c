#pragma once
// The mutation catalogue: one small function per change kind. A mutation draws its choices from
// the random source it is given, checks that it applies before it changes anything, and returns
// false (having changed nothing) when the world has nothing it can act on.
#include <cstdint>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "fuzz/semantic/world.h"

namespace schemadelta::fuzz {

// What a stable pick keys a candidate by: its id, so that removing other candidates (the
// minimizer does) leaves the choice as it was.
inline std::uint64_t stable_key(int v) { return static_cast<std::uint64_t>(v); }
inline std::uint64_t stable_key(size_t v) { return v; }
inline std::uint64_t stable_key(const std::string& s) { return std::hash<std::string>{}(s); }
template <typename T>
std::uint64_t stable_key(T* p) { return static_cast<std::uint64_t>(p->id); }
template <typename T>
  requires requires(const T& x) { x.id; }
std::uint64_t stable_key(const T& x) { return static_cast<std::uint64_t>(x.id); }
template <typename A, typename B>
std::uint64_t stable_key(const std::pair<A*, B*>& p) { return static_cast<std::uint64_t>(p.second->id); }

inline std::uint64_t mix64(std::uint64_t x) {  // splitmix64
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}
  int below(int n) { return n <= 1 ? 0 : static_cast<int>(engine_() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
  std::uint64_t next() { return engine_(); }
  // One draw whatever the number of candidates; the candidate with the smallest salted key wins.
  template <typename T>
  T& pick(std::vector<T>& items) {
    const std::uint64_t salt = engine_();
    size_t best = 0;
    std::uint64_t best_key = ~0ULL;
    for (size_t i = 0; i < items.size(); ++i) {
      const std::uint64_t key = mix64(salt ^ mix64(stable_key(items[i])));
      if (key < best_key) best = i, best_key = key;
    }
    return items[best];
  }

 private:
  std::mt19937_64 engine_;
};

// What a mutation tells the pair beyond the new world: the tables and columns whose rename is
// declared (--rename). The lines are written once every step has run (declared_rename): a table
// renamed twice, or renamed after one of its columns, is one rename from SOURCE's name.
struct Effects {
  std::vector<Id> renamed;
};

// The --rename line of a declared table or column rename from world `a` (SOURCE) to world `b`
// (TARGET), or "" when the names are the same or cannot be written as a rename line.
// `declared`: the ids whose renames are declared (a column of a table renamed without a declared
// rename is no rename either: its table is dropped and created).
std::string declared_rename(const World& a, const World& b, Id id, const std::vector<Id>& declared);

struct Mutation {
  const char* name;
  bool (*apply)(World&, Rng&, Effects&);
  bool builds;  // also used to build the random schema A
};

const std::vector<Mutation>& catalogue();
const Mutation* find_mutation(const std::string& name);

// A random schema built from the catalogue's building mutations, those in `excluded` left out.
World random_world(std::uint64_t seed, const std::set<std::string>& excluded);

}  // namespace schemadelta::fuzz

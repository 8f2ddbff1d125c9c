#pragma once
// One fuzz pair: schema A, the mutations that make B, and the verdict of `diff` + the proof.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "fuzz/semantic/mutations.h"
#include "fuzz/semantic/world.h"

namespace schemadelta::fuzz {

struct Step {
  size_t mutation = 0;  // index in catalogue()
  std::uint64_t seed = 0;
};

struct Pair {
  std::uint64_t seed = 0;
  World a;
  std::vector<Step> steps;
};

struct Rendered {
  std::string source, target;
  std::vector<std::string> renames;  // --rename lines
  std::vector<std::string> applied;  // names of the mutations that changed B
};

// Pair number `index` of the run with seed `seed`: A and 1..4 mutations, all deterministic.
Pair make_pair(std::uint64_t seed, int index, const std::set<std::string>& excluded);
Rendered render_pair(const Pair& pair);

struct Outcome {
  bool passed = true;
  bool generator_fault = false;  // SOURCE or TARGET does not load: the fuzzer's bug, not schemadelta's
  bool refused_rows = false;     // passed, with the migration refusing the generated rows (proven on empty tables)
  std::string step;              // the first failed step
  std::string detail;            // its output
  std::string signature;         // step + the error with names and numbers blotted out: what minimizing keeps
};

Outcome run_pair(const Rendered& rendered, const std::string& name);

// The smallest pair found (dropping mutations, then objects of A) that fails with the same signature.
Pair minimize(const Pair& pair, const std::string& signature, const std::string& name);

// A short folder-friendly name for a failure class.
std::string class_name(const Outcome& outcome);

}  // namespace schemadelta::fuzz

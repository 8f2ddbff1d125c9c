#include "fuzz/semantic/pair.h"

#include <algorithm>
#include <regex>
#include <sstream>

#include "compare/renames.h"
#include "tests/support/case_scripts.h"
#include "tests/support/test_server.h"
#include "verify/prove_scripts.h"

namespace schemadelta::fuzz {

namespace {

// Errors that the generated rows cause, not the script: a new key, check or NOT NULL the rows
// break, a removed enum value they hold. The migration must refuse them and change nothing; the
// rest of the proof then runs on empty tables.
bool rows_caused(const std::string& error) {
  static const char* patterns[] = {"violates check constraint", "violates not-null constraint", "contains null values",
                                   "could not create unique index", "violates foreign key constraint", "invalid input value for enum",
                                   "invalid input syntax", "value too long", "violates unique constraint", "is violated by some row",
                                   "out of range", "no partition of relation", "would be violated by some row", "violates exclusion",
                                   "updated partition constraint for default partition", "violates row-level security",
                                   "schemadelta pre-flight", "does not allow null values"};
  for (const char* p : patterns) {
    if (error.find(p) != std::string::npos) return true;
  }
  return false;
}

// The first "ERROR:" line of psql's output, or the first line.
std::string error_line(const std::string& detail) {
  std::istringstream in(detail);
  std::string first;
  for (std::string line; std::getline(in, line);) {
    if (first.empty() && !line.empty()) first = line;
    if (auto at = line.find("ERROR:"); at != std::string::npos) return line.substr(at + 6);
  }
  return first;
}

std::string blot(std::string text) {
  text = std::regex_replace(text, std::regex("\"([^\"]|\"\")*\""), "\"?\"");
  text = std::regex_replace(text, std::regex("'[^']*'"), "'?'");
  text = std::regex_replace(text, std::regex("[0-9]+"), "#");
  return text;
}

}  // namespace

Pair make_pair(std::uint64_t seed, int index, const std::set<std::string>& excluded) {
  Pair pair;
  pair.seed = mix64(seed ^ mix64(static_cast<std::uint64_t>(index)));
  pair.a = random_world(pair.seed, excluded);
  Rng r(mix64(pair.seed + 1));
  std::vector<size_t> allowed;
  for (size_t i = 0; i < catalogue().size(); ++i) {
    if (!excluded.count(catalogue()[i].name)) allowed.push_back(i);
  }
  World b = pair.a;
  for (int k = 0, n = 1 + r.below(4); k < n && !allowed.empty(); ++k) {
    for (int attempt = 0; attempt < 20; ++attempt) {
      Step step{r.pick(allowed), r.next()};
      Rng mr(step.seed);
      Effects effects;
      if (catalogue()[step.mutation].apply(b, mr, effects)) {
        pair.steps.push_back(step);
        break;
      }
    }
  }
  return pair;
}

Rendered render_pair(const Pair& pair) {
  Rendered out;
  World b = pair.a;
  std::vector<Id> renamed;
  for (const auto& step : pair.steps) {
    Rng r(step.seed);
    Effects effects;
    if (catalogue()[step.mutation].apply(b, r, effects)) {
      out.applied.push_back(catalogue()[step.mutation].name);
      for (Id id : effects.renamed) {
        if (std::find(renamed.begin(), renamed.end(), id) == renamed.end()) renamed.push_back(id);
      }
    }
  }
  auto source = render_with_ids(pair.a);
  auto target = render_with_ids(b);
  // From SOURCE's names to TARGET's, whatever the steps did in between. An object one side does
  // not write (a child table whose parent's schema was dropped) has no rename to declare.
  for (Id id : renamed) {
    if (!source.written.count(id) || !target.written.count(id)) continue;
    if (auto line = declared_rename(pair.a, b, id, renamed); !line.empty()) out.renames.push_back(line);
  }
  out.source = std::move(source.ddl);
  out.target = std::move(target.ddl);
  return out;
}

Outcome run_pair(const Rendered& rendered, const std::string& name) {
  Outcome outcome;
  auto fail = [&](const std::string& step, const std::string& detail) {
    outcome.passed = false;
    outcome.step = step;
    outcome.detail = detail;
    // The same failure whether or not the rows made the migration refuse first.
    std::string plain_step = step;
    if (auto at = plain_step.find(" (empty tables)"); at != std::string::npos) plain_step.erase(at);
    outcome.signature = plain_step + ": " + blot(error_line(detail));
    return outcome;
  };
  std::vector<compare::Rename> renames;
  for (const auto& line : rendered.renames) {
    std::string error;
    if (auto rename = compare::parse_rename(line, error)) renames.push_back(*rename);
  }
  testing::CaseScripts scripts;
  try {
    scripts = testing::case_scripts(rendered.source, rendered.target, renames);
  } catch (const std::exception& e) {
    return fail("diff throws", e.what());
  }
  if (scripts.parse_errors || !scripts.problems.empty()) return fail("the snapshots parse cleanly", scripts.problems);
  if (!scripts.pair.errors.empty()) return fail("diff writes the migration", scripts.pair.errors.front());
  if (!scripts.pair.rollback_errors.empty()) return fail("diff writes the rollback", scripts.pair.rollback_errors.front());

  const auto input = verify::proof_input(name, rendered.source, rendered.target, scripts.pair);
  verify::ProofOptions options;
  options.compare_rows = scripts.rows_kept;
  auto proof = verify::prove_scripts(testing::test_server(), input, options);
  if (!proof.passed()) {
    const auto failed = std::find_if(proof.steps.begin(), proof.steps.end(), [](const auto& s) { return !s.passed; });
    if (failed->name == "the migration applies" && rows_caused(failed->detail)) {
      options.expected_data_failure = error_line(failed->detail);
      while (!options.expected_data_failure.empty() && options.expected_data_failure.front() == ' ') {
        options.expected_data_failure.erase(0, 1);
      }
      proof = verify::prove_scripts(testing::test_server(), input, options);
      outcome.refused_rows = proof.passed();
    }
  }
  for (const auto& step : proof.steps) {
    if (step.passed) continue;
    fail(step.name, step.detail);
    outcome.generator_fault = step.name.starts_with("SOURCE loads") || step.name.starts_with("TARGET loads");
    break;
  }
  return outcome;
}

Pair minimize(const Pair& pair, const std::string& signature, const std::string& name) {
  int budget = 150;  // proofs: a pair of a hundred objects is small enough long before
  auto still_fails = [&](const Pair& candidate) {
    if (budget-- <= 0) return false;
    auto outcome = run_pair(render_pair(candidate), name);
    return !outcome.passed && outcome.signature == signature;
  };
  Pair best = pair;
  for (size_t i = best.steps.size(); i-- > 0;) {
    Pair candidate = best;
    candidate.steps.erase(candidate.steps.begin() + static_cast<long>(i));
    if (still_fails(candidate)) best = candidate;
  }
  for (bool progress = true; progress && budget > 0;) {
    progress = false;
    for (Id id : best.a.object_ids()) {
      Pair candidate = best;
      candidate.a.remove(id);
      if (render_pair(candidate).source == render_pair(best).source) continue;
      if (still_fails(candidate)) {
        best = candidate;
        progress = true;
      }
    }
  }
  return best;
}

std::string class_name(const Outcome& outcome) {
  std::string name;
  for (char c : outcome.signature) {
    if (std::isalnum(static_cast<unsigned char>(c))) name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!name.empty() && name.back() != '_') name += '_';
    if (name.size() >= 80) break;
  }
  while (!name.empty() && name.back() == '_') name.pop_back();
  return name;
}

}  // namespace schemadelta::fuzz

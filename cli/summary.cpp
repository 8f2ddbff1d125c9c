#include "cli/summary.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <map>

#include <fmt/format.h>

#include "compare/drift.h"
#include "compare/hazards.h"
#include "model/printable.h"

namespace schemadelta::cli {

namespace {

struct Line {
  std::string mark, what;          // "+", "absent -> text"
  bool exact = false;              // `what` is old -> new (not only new, dropped or a reason)
  compare::Safety safety = compare::Safety::Safe;
  std::vector<std::string> hazards;
};

}  // namespace

std::string diff_summary(const compare::ChangeSet& set, bool colour) {
  if (set.changes.empty()) return "No differences.\n";
  const char* green = colour ? "\x1b[32m" : "";
  const char* red = colour ? "\x1b[31m" : "";
  const char* yellow = colour ? "\x1b[33m" : "";
  const char* reset = colour ? "\x1b[0m" : "";
  // One line per object, in the order of its first change: a drop and a create, or a column and
  // its comment, are one line with the hazards of all.
  std::vector<std::string> order;
  std::map<std::string, Line> lines;
  std::map<std::string, int> classes;
  for (const auto& change : set.changes) {
    const auto& assessment = change.assessment;
    ++classes[compare::safety_name(assessment.safety)];
    const auto view = compare::view_of(change, set.before(), set.after());
    Line found;
    if (!view.from.empty()) {
      found = {view.from == "absent" ? "+" : view.to == "absent" ? "-" : "~", view.from + " -> " + view.to, true};
    } else if (view.in_after && !view.in_before) {
      found = {"+", "new"};
    } else if (view.in_before && !view.in_after) {
      found = {"-", "dropped"};
    } else {
      found = {"~", change.reason};
    }
    auto [it, first] = lines.try_emplace(view.subject, found);
    if (first) order.push_back(view.subject);
    auto& line = it->second;
    if (!first && found.exact && !line.exact) line.mark = found.mark, line.what = found.what, line.exact = true;
    if (assessment.safety > line.safety) line.safety = assessment.safety;
    for (auto hazard : assessment.hazards) {
      const auto name = compare::hazard_name(hazard);
      if (std::find(line.hazards.begin(), line.hazards.end(), name) == line.hazards.end()) line.hazards.push_back(name);
    }
  }
  std::string out;
  for (const auto& subject : order) {
    const auto& line = lines[subject];
    std::string hazards;
    for (const auto& hazard : line.hazards) hazards += (hazards.empty() ? "" : ", ") + hazard;
    if (line.safety != compare::Safety::Safe) hazards = compare::safety_name(line.safety) + (hazards.empty() ? "" : ": " + hazards);
    const char* tint = line.mark == "+" ? green : line.mark == "-" ? red : yellow;
    out += fmt::format("{}{}{} {}: {}{}\n", tint, line.mark, reset, model::printable(subject), model::printable(line.what),
                       hazards.empty() ? "" : "  [" + hazards + "]");
  }
  const auto changes = set.changes.size();
  out += fmt::format("{} change{} to {} object{}: {} safe, {} blocking, {} destructive\n", changes, changes == 1 ? "" : "s", order.size(),
                     order.size() == 1 ? "" : "s", classes["safe"], classes["blocking"], classes["destructive"]);
  return out;
}

namespace {

bool colour_on(int descriptor) { return ::isatty(descriptor) == 1 && std::getenv("NO_COLOR") == nullptr; }

}  // namespace

bool colour_for(const std::string& output) { return (output.empty() || output == "-") && colour_on(STDOUT_FILENO); }

bool colour_on_stderr() { return colour_on(STDERR_FILENO); }

}  // namespace schemadelta::cli

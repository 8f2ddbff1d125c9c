#pragma once
// `diff --summary`: the migration as a reviewer reads it, one line per object that changes, what
// it was and what it becomes (old -> new), with the change's class and hazards; coloured on a
// terminal, never with NO_COLOR.
#include <string>

#include "compare/change_set.h"

namespace schemadelta::cli {

std::string diff_summary(const compare::ChangeSet& changes, bool colour);

// Whether text written to `output` ("" or "-": stdout) is coloured: on a terminal, without NO_COLOR.
bool colour_for(const std::string& output);

}  // namespace schemadelta::cli

#pragma once
// The summary of a diff: the migration as a reviewer reads it, one line per object that changes,
// what it was and what it becomes (old -> new), with the change's class and hazards; coloured on a
// terminal, never with NO_COLOR. `diff` says it on stderr before writing the scripts (not with
// --quiet); `diff --summary` writes it instead of the scripts, to stdout or -o.
#include <string>

#include "compare/change_set.h"

namespace schemadelta::cli {

std::string diff_summary(const compare::ChangeSet& changes, bool colour);

// Whether text written to `output` ("" or "-": stdout) is coloured: on a terminal, without NO_COLOR.
bool colour_for(const std::string& output);

// Whether text written to stderr is coloured: on a terminal, without NO_COLOR.
bool colour_on_stderr();

}  // namespace schemadelta::cli

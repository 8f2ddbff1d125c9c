#pragma once
// How much the commands say on stderr (--quiet, --verbose), and warnings grouped by kind: a run of
// warnings of one kind is one line with its count and first location, unless --verbose.
#include <string>

namespace schemadelta::cli {

enum class Verbosity { Quiet, Normal, Verbose };

void set_verbosity(Verbosity verbosity);
Verbosity verbosity();
inline bool quiet() { return verbosity() == Verbosity::Quiet; }

// The kind a warning is grouped under: its message up to the first ": ", object names (words
// holding a dot or a quote) left out. "unmanaged statement (CREATE CAST): kept ..." is
// "unmanaged statement (CREATE CAST)".
std::string warning_kind(const std::string& message);

// From now on std::cerr passes through the grouping: warnings (a "...: warning: ..." line and
// its indented context lines) are held while more follow and printed grouped before the next
// other line, or at flush_warnings(). --quiet drops them; --verbose prints each.
void group_warnings_on_stderr();
void flush_warnings();

}  // namespace schemadelta::cli

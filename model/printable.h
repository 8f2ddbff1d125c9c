#pragma once
// Text from the inputs (names, comments, paths) made safe to show: in a `--` comment of a script,
// in a RAISE message, on a terminal. Control characters (C0, DEL, C1), Unicode line and paragraph
// separators, bidirectional overrides and bytes that are not UTF-8 become visible escapes, so a
// name can neither end a comment line nor steer a terminal. Idempotent: escaping escaped text
// changes nothing.
#include <string>
#include <string_view>

namespace schemadelta::model {

std::string printable(std::string_view text);

// True when `printable` would change nothing.
bool is_printable(std::string_view text);

}  // namespace schemadelta::model

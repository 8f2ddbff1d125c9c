#pragma once
// What the fuzz targets check on one input, shared with the regression test that replays their
// findings in every build (tests/fuzz_regressions/). A violated property aborts.
#include <string_view>

namespace schemadelta::fuzz {

// Any bytes as one SQL file: the parser answers with a catalog or diagnostics.
void check_parse(std::string_view input);

// Any bytes: the hand-written scanner reads them exactly as the grammar's lexer does.
void check_scanner(std::string_view input);

// Two snapshots in one input, split at a line "-- target": when both parse, comparing each with
// itself finds nothing, and the migration and rollback scripts are written without a crash.
void check_diff(std::string_view input);

constexpr std::string_view kTargetMarker = "\n-- target\n";

}  // namespace schemadelta::fuzz

#pragma once
#include <string>

namespace schemadelta::cli {

// Writes `text` to `path` ("" or "-" is stdout) all at once, through a temporary file renamed
// into place, so an error never leaves a half-written script.
bool write_output(const std::string& path, const std::string& text);

}  // namespace schemadelta::cli

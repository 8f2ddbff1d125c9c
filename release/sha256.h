#pragma once
// SHA-256 (FIPS 180-4), for the hash of a deployed script: small enough to hold here rather than
// link a crypto library into the tool for one digest.
#include <string>
#include <string_view>

namespace schemadelta::release {

// The digest of `data` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

}  // namespace schemadelta::release

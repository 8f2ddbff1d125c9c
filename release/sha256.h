#pragma once
// SHA-256 (FIPS 180-4), for the hash of a deployed script: small enough to hold here rather than
// link a crypto library into the tool for one digest.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace schemadelta::release {

// The digest of `data` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

// The same digest of data given in pieces (a large text hashed as it is written, never held whole).
class Sha256 {
 public:
  void update(std::string_view data);
  std::string hex();  // ends the digest

 private:
  std::uint32_t state_[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  unsigned char pending_[64];
  std::size_t pending_size_ = 0;
  std::uint64_t length_ = 0;
};

}  // namespace schemadelta::release

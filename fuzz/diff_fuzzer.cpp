// libFuzzer target: two snapshots (split at a "-- target" line) through parse -> compare ->
// generate, the migration and its rollback.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  schemadelta::fuzz::check_diff({reinterpret_cast<const char*>(data), size});
  return 0;
}

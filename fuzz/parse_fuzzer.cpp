// libFuzzer target: any bytes as a SQL file through the parser.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  schemadelta::fuzz::check_parse({reinterpret_cast<const char*>(data), size});
  return 0;
}

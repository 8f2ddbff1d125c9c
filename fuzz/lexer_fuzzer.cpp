// libFuzzer target: the hand-written scanner against the lexer generated from the grammar.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  schemadelta::fuzz::check_scanner({reinterpret_cast<const char*>(data), size});
  return 0;
}

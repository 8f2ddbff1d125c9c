// parser::MappedChunks: values read back as pushed across many chunks; released chunks are gone
// from the process (their pages unmapped) while the rest still read; a move takes the chunks.
#include <gtest/gtest.h>

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

#include "parser/mapped_chunks.h"

namespace schemadelta::testing {
namespace {

struct Value {
  std::uint32_t a, b;
};

// Whether the page holding `address` is mapped in this process.
bool mapped(const void* address) {
  const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  auto* start = reinterpret_cast<void*>(reinterpret_cast<std::uintptr_t>(address) / page * page);
  unsigned char resident = 0;
  return mincore(start, page, &resident) == 0;
}

TEST(MappedChunks, ReadsBackReleasesInOrderAndMoves) {
  parser::MappedChunks<Value> values;
  EXPECT_TRUE(values.empty());
  const std::size_t count = 200000;  // 1.6 MB: seven chunks of 256 KiB
  for (std::size_t i = 0; i < count; ++i) values.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i * 7)});
  ASSERT_EQ(values.size(), count);
  for (std::size_t i = 0; i < count; i += 997) {
    EXPECT_EQ(values[i].a, i);
    EXPECT_EQ(values[i].b, i * 7);
  }
  const Value* first = &values[0];
  const Value* middle = &values[count / 2];
  EXPECT_TRUE(mapped(first));
  values.release_before(10);  // within the first chunk: nothing goes
  EXPECT_TRUE(mapped(first));
  EXPECT_EQ(values[10].a, 10u);
  values.release_before(count / 2);
  EXPECT_FALSE(mapped(first));
  EXPECT_TRUE(mapped(middle));
  EXPECT_EQ(values[count / 2].a, count / 2);
  EXPECT_EQ(values[count - 1].b, (count - 1) * 7);
  EXPECT_EQ(values.size(), count);  // positions stay as they were

  parser::MappedChunks<Value> moved(std::move(values));
  EXPECT_EQ(moved.size(), count);
  EXPECT_EQ(moved[count - 1].a, count - 1);
  moved.clear();
  EXPECT_TRUE(moved.empty());
  EXPECT_FALSE(mapped(middle));
  moved.push_back({1, 2});  // usable again
  EXPECT_EQ(moved[0].b, 2u);
}

}  // namespace
}  // namespace schemadelta::testing

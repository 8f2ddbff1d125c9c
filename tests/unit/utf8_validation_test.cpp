// invalid_utf8_offset reads ASCII eight bytes at a time: the first bad byte is found wherever it
// sits against those blocks, and valid multi-byte text passes.
#include <gtest/gtest.h>

#include "parser/sql_text.h"

namespace schemadelta::parser {
namespace {

TEST(Utf8Validation, TheFirstBadByteIsFoundAtEveryOffset) {
  for (std::size_t at = 0; at < 40; ++at) {
    for (const std::string bad : {"\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80", "\xc0\xaf"}) {
      std::string text(at, 'a');
      text += bad;
      text += std::string(at % 11, 'z');
      const auto found = invalid_utf8_offset(text);
      ASSERT_TRUE(found.has_value()) << at;
      EXPECT_EQ(*found, at) << at;
    }
  }
}

TEST(Utf8Validation, ValidTextOfEveryLengthPasses) {
  for (std::size_t n = 0; n < 40; ++n) {
    std::string text(n, 'q');
    EXPECT_FALSE(invalid_utf8_offset(text).has_value()) << n;
    text.insert(n / 2, "\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80");  // é, 日, an emoji
    EXPECT_FALSE(invalid_utf8_offset(text).has_value()) << n;
  }
}

}  // namespace
}  // namespace schemadelta::parser

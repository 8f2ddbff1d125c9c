#pragma once
// A character stream whose LA() upper-cases ASCII letters, so the lexer's keyword rules are
// case-insensitive (the 4.7.2 tool has no caseInsensitive option), while getText() returns the
// original characters.
#include <algorithm>
#include <stdexcept>

#include <antlr4-runtime.h>

namespace schemadelta::parser::antlr {

class CaseInsensitiveStream : public antlr4::ANTLRInputStream {
 public:
  // Decodes `text` itself (the runtime's converter goes through std::wstring_convert, a few
  // percent of reading a dump); throws std::range_error on malformed UTF-8, as the runtime does.
  explicit CaseInsensitiveStream(const std::string& text) : antlr4::ANTLRInputStream() {
    // Written through a pointer into a buffer as long as the bytes (a code point is at least one
    // byte), then cut to what was written: push_back per character was a few percent of parsing.
    _data.resize(text.size());
    char32_t* out = _data.data();
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (size_t i = 0, n = text.size(); i < n;) {
      const unsigned char lead = bytes[i];
      if (lead < 0x80) {
        *out++ = lead;
        ++i;
        continue;
      }
      const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
      if (length == 0 || lead > 0xF4 || i + length > n) throw std::range_error("malformed UTF-8");
      char32_t c = lead & (0x7F >> length);
      for (size_t k = 1; k < length; ++k) {
        if ((bytes[i + k] & 0xC0) != 0x80) throw std::range_error("malformed UTF-8");
        c = (c << 6) | (bytes[i + k] & 0x3F);
      }
      static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
      if (c < kSmallest[length] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) throw std::range_error("malformed UTF-8");
      *out++ = c;
      i += length;
    }
    _data.resize(static_cast<size_t>(out - _data.data()));
  }

  size_t LA(ssize_t offset) override {
    const size_t c = antlr4::ANTLRInputStream::LA(offset);
    return (c >= 'a' && c <= 'z') ? c - ('a' - 'A') : c;
  }

  size_t raw_la(ssize_t offset) { return antlr4::ANTLRInputStream::LA(offset); }

  // The code points [a, b] as UTF-8, encoded here as the runtime's getText bounds them (the
  // runtime's encoder goes through std::wstring_convert: a few percent of building a schema,
  // which asks every identifier's text).
  std::string getText(const antlr4::misc::Interval& interval) override {
    if (interval.a < 0 || interval.b < 0 || _data.empty()) return "";
    const size_t start = static_cast<size_t>(interval.a);
    const size_t stop = std::min(static_cast<size_t>(interval.b), _data.size() - 1);
    if (start >= _data.size() || start > stop) return "";
    std::string text;
    text.reserve(stop - start + 1);
    for (size_t i = start; i <= stop; ++i) {
      const char32_t c = _data[i];
      if (c < 0x80) {
        text += static_cast<char>(c);
      } else if (c < 0x800) {
        text += static_cast<char>(0xC0 | (c >> 6));
        text += static_cast<char>(0x80 | (c & 0x3F));
      } else if (c < 0x10000) {
        text += static_cast<char>(0xE0 | (c >> 12));
        text += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        text += static_cast<char>(0x80 | (c & 0x3F));
      } else {
        text += static_cast<char>(0xF0 | (c >> 18));
        text += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        text += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        text += static_cast<char>(0x80 | (c & 0x3F));
      }
    }
    return text;
  }

  // The whole input, as the code points every index and position counts.
  const std::u32string& code_points() const { return _data; }
};

}  // namespace schemadelta::parser::antlr

#pragma once
// A character stream whose LA() upper-cases ASCII letters, so the lexer's keyword rules are
// case-insensitive (the 4.7.2 tool has no caseInsensitive option), while getText() returns the
// original characters.
//
// Text that is all ASCII (nearly every schema) is read in place: the stream views the caller's
// bytes, which must outlive it, since a character is a byte there. Any other text is decoded to
// code points (4 bytes a character; a 21 MB statement was 85 MB more while it was read).
#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>

#include <antlr4-runtime.h>

namespace schemadelta::parser::antlr {

// The input's code points, whichever way they are held.
class CodePoints {
 public:
  static constexpr size_t npos = std::string_view::npos;

  char32_t operator[](size_t i) const { return bytes_ ? static_cast<unsigned char>(bytes_[i]) : wide_[i]; }
  size_t size() const { return size_; }
  bool ascii() const { return bytes_ != nullptr; }

  // The first `c` at or after `from`, or npos.
  size_t find(char32_t c, size_t from) const {
    if (bytes_) return c < 0x80 ? view().find(static_cast<char>(c), from) : npos;
    return std::u32string_view(wide_, size_).find(c, from);
  }
  // The first copy of the `length` code points at `at`, at or after `from`, or npos.
  size_t find_copy(size_t at, size_t length, size_t from) const {
    if (bytes_) return view().find(view().substr(at, length), from);
    const std::u32string_view all(wide_, size_);
    return all.find(all.substr(at, length), from);
  }

 private:
  friend class CaseInsensitiveStream;
  const char* bytes_ = nullptr;     // ASCII text, one byte a character
  const char32_t* wide_ = nullptr;  // or decoded code points
  size_t size_ = 0;

  std::string_view view() const { return {bytes_, size_}; }
};

class CaseInsensitiveStream : public antlr4::CharStream {
 public:
  // Views `text` when it is all ASCII, else decodes it itself (the runtime's converter goes
  // through std::wstring_convert, a few percent of reading a dump); throws std::range_error on
  // malformed UTF-8, as the runtime does.
  explicit CaseInsensitiveStream(const std::string& text) {
    const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
      points_.bytes_ = text.data();
      points_.size_ = text.size();
      return;
    }
    // Written through a pointer into a buffer as long as the bytes (a code point is at least one
    // byte), then cut to what was written: push_back per character was a few percent of parsing.
    wide_.resize(text.size());
    char32_t* out = wide_.data();
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
    wide_.resize(static_cast<size_t>(out - wide_.data()));
    wide_.shrink_to_fit();
    points_.wide_ = wide_.data();
    points_.size_ = wide_.size();
  }
  CaseInsensitiveStream(std::string&&) = delete;  // it would view a temporary
  CaseInsensitiveStream(const CaseInsensitiveStream&) = delete;
  CaseInsensitiveStream& operator=(const CaseInsensitiveStream&) = delete;

  // IntStream, as ANTLRInputStream does it.
  void consume() override {
    if (p_ >= points_.size()) throw antlr4::IllegalStateException("cannot consume EOF");
    ++p_;
  }
  size_t LA(ssize_t offset) override {
    const size_t c = raw_la(offset);
    return (c >= 'a' && c <= 'z') ? c - ('a' - 'A') : c;
  }
  ssize_t mark() override { return -1; }
  void release(ssize_t) override {}
  size_t index() override { return p_; }
  void seek(size_t index) override { p_ = std::min(index, points_.size()); }
  size_t size() override { return points_.size(); }
  std::string getSourceName() const override { return antlr4::IntStream::UNKNOWN_SOURCE_NAME; }

  void reset() { p_ = 0; }

  size_t raw_la(ssize_t offset) {
    if (offset == 0) return 0;  // undefined
    const ssize_t at = static_cast<ssize_t>(p_) + (offset < 0 ? offset : offset - 1);
    if (at < 0 || at >= static_cast<ssize_t>(points_.size())) return antlr4::IntStream::EOF;
    return points_[static_cast<size_t>(at)];
  }

  // The code points [a, b] as UTF-8, encoded here as the runtime's getText bounds them (the
  // runtime's encoder goes through std::wstring_convert: a few percent of building a schema,
  // which asks every identifier's text).
  std::string getText(const antlr4::misc::Interval& interval) override {
    if (interval.a < 0 || interval.b < 0 || points_.size() == 0) return "";
    const size_t start = static_cast<size_t>(interval.a);
    const size_t stop = std::min(static_cast<size_t>(interval.b), points_.size() - 1);
    if (start >= points_.size() || start > stop) return "";
    if (points_.ascii()) return std::string(points_.bytes_ + start, stop - start + 1);
    std::string text;
    text.reserve(stop - start + 1);
    for (size_t i = start; i <= stop; ++i) {
      const char32_t c = wide_[i];
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
  std::string toString() const override {
    return const_cast<CaseInsensitiveStream*>(this)->getText(antlr4::misc::Interval(size_t{0}, points_.size() - 1));
  }

  // The whole input, as the code points every index and position counts.
  const CodePoints& code_points() const { return points_; }

 private:
  std::u32string wide_;  // empty when the text is viewed
  CodePoints points_;
  size_t p_ = 0;
};

}  // namespace schemadelta::parser::antlr

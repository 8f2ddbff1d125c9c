#pragma once
// The scanner's token: what CommonToken holds, in half the memory. Every token of a statement is
// in memory while it is parsed, and one statement can have millions (a long IN list):
// CommonToken's 112 bytes (64-bit line, column, type and channel, a text the scanner leaves
// empty, two source pointers) were the largest part of the peak. The text is read from the
// input stream, as CommonToken does when it has none of its own.
#include <cstdint>
#include <stdexcept>
#include <string>

#include <antlr4-runtime.h>

namespace schemadelta::parser::antlr {

class CompactToken final : public antlr4::WritableToken {
 public:
  CompactToken(antlr4::TokenSource* source, size_t type, size_t channel, size_t start, size_t stop, size_t line, size_t column)
      : start_(start), stop_(stop), source_(source), line_(narrow(line)), column_(narrow(column)),
        index_(narrow(INVALID_INDEX)), type_(static_cast<std::uint16_t>(type == Token::EOF ? kEof : type)),
        channel_(static_cast<std::uint16_t>(channel)) {}

  size_t getType() const override { return type_ == kEof ? Token::EOF : type_; }
  size_t getLine() const override { return widen(line_); }
  size_t getCharPositionInLine() const override { return widen(column_); }
  size_t getChannel() const override { return channel_; }
  size_t getTokenIndex() const override { return widen(index_); }
  size_t getStartIndex() const override { return start_; }
  size_t getStopIndex() const override { return stop_; }
  antlr4::TokenSource* getTokenSource() const override { return source_; }
  antlr4::CharStream* getInputStream() const override { return source_->getInputStream(); }

  std::string getText() const override {
    antlr4::CharStream* input = getInputStream();
    if (!input) return "";
    const size_t n = input->size();
    return start_ < n && stop_ < n ? input->getText(antlr4::misc::Interval(start_, stop_)) : "<EOF>";
  }

  std::string toString() const override {
    return "[@" + std::to_string(static_cast<long long>(getTokenIndex())) + "," + std::to_string(start_) + ":" +
           std::to_string(stop_) + "='" + getText() + "',<" + std::to_string(static_cast<long long>(getType())) + ">," +
           std::to_string(getLine()) + ":" + std::to_string(getCharPositionInLine()) + "]";
  }

  void setText(const std::string&) override { throw std::logic_error("a scanner token's text is its input's"); }
  void setType(size_t type) override { type_ = static_cast<std::uint16_t>(type == Token::EOF ? kEof : type); }
  void setLine(size_t line) override { line_ = narrow(line); }
  void setCharPositionInLine(size_t column) override { column_ = narrow(column); }
  void setChannel(size_t channel) override { channel_ = static_cast<std::uint16_t>(channel); }
  void setTokenIndex(size_t index) override { index_ = narrow(index); }
  // A run of constants folded into this token ends further on (see ValueListFolder).
  void extend_to(size_t stop) { stop_ = stop; }

 private:
  static constexpr std::uint16_t kEof = UINT16_MAX;
  // Lines, columns and token indexes fit in 32 bits; -1 (ANTLR's "none") is kept as it is.
  static std::uint32_t narrow(size_t value) { return value == static_cast<size_t>(-1) ? UINT32_MAX : static_cast<std::uint32_t>(value); }
  static size_t widen(std::uint32_t value) { return value == UINT32_MAX ? static_cast<size_t>(-1) : value; }

  size_t start_, stop_;
  antlr4::TokenSource* source_;
  std::uint32_t line_, column_, index_;
  std::uint16_t type_, channel_;
};

}  // namespace schemadelta::parser::antlr

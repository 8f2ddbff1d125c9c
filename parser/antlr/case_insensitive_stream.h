#pragma once
// A character stream whose LA() upper-cases ASCII letters, so the lexer's keyword rules are
// case-insensitive (the 4.7.2 tool has no caseInsensitive option), while getText() returns the
// original characters.
#include <antlr4-runtime.h>

namespace schemadelta::parser::antlr {

class CaseInsensitiveStream : public antlr4::ANTLRInputStream {
 public:
  using antlr4::ANTLRInputStream::ANTLRInputStream;

  size_t LA(ssize_t offset) override {
    const size_t c = antlr4::ANTLRInputStream::LA(offset);
    return (c >= 'a' && c <= 'z') ? c - ('a' - 'A') : c;
  }

  size_t raw_la(ssize_t offset) { return antlr4::ANTLRInputStream::LA(offset); }

  // The whole input, as the code points every index and position counts.
  const std::u32string& code_points() const { return _data; }
};

}  // namespace schemadelta::parser::antlr

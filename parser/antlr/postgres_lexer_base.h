#pragma once
// Base class of the generated PostgresLexer: the lexing that a grammar rule cannot express.
#include <antlr4-runtime.h>

namespace schemadelta::parser::antlr {

class PostgresLexerBase : public antlr4::Lexer {
 public:
  explicit PostgresLexerBase(antlr4::CharStream* input) : antlr4::Lexer(input) {}

  // Where a dollar-quoted string opened and never closed (line, column), if one did.
  bool has_unterminated_dollar_quote() const { return unterminated_line_ > 0; }
  size_t unterminated_line() const { return unterminated_line_; }
  size_t unterminated_column() const { return unterminated_column_; }

 protected:
  // Called after `$tag$` is matched: consumes the body through the closing `$tag$`. Tags are
  // compared case-sensitively on the original text, as PostgreSQL does.
  void consume_dollar_quoted_body();

 private:
  size_t unterminated_line_ = 0, unterminated_column_ = 0;
};

}  // namespace schemadelta::parser::antlr

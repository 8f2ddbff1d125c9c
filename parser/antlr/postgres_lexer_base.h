#pragma once
// Base class of the generated PostgresLexer: the lexing that a grammar rule cannot express.
#include <antlr4-runtime.h>

namespace schemadelta::parser::antlr {

class PostgresLexerBase : public antlr4::Lexer {
 public:
  explicit PostgresLexerBase(antlr4::CharStream* input) : antlr4::Lexer(input) {}

 protected:
  // Called after `$tag$` is matched: consumes the body through the closing `$tag$`. Tags are
  // compared case-sensitively on the original text, as PostgreSQL does.
  void consume_dollar_quoted_body();
};

}  // namespace schemadelta::parser::antlr

#include "parser/antlr/postgres_lexer_base.h"

#include "parser/antlr/case_insensitive_stream.h"

namespace schemadelta::parser::antlr {

void PostgresLexerBase::consume_dollar_quoted_body() {
  auto* stream = dynamic_cast<CaseInsensitiveStream*>(_input);
  auto raw = [&](ssize_t offset) -> size_t {
    return stream ? stream->raw_la(offset) : _input->LA(offset);
  };
  const size_t start = tokenStartCharIndex;
  const size_t tag_length = _input->index() - start;
  std::u32string tag;
  for (size_t i = 0; i < tag_length; ++i) tag.push_back(static_cast<char32_t>(raw(-static_cast<ssize_t>(tag_length - i))));

  auto* simulator = getInterpreter<antlr4::atn::LexerATNSimulator>();
  while (true) {
    if (raw(1) == antlr4::Token::EOF) {
      // Unterminated: the session reports where the quote opened.
      if (unterminated_line_ == 0) {
        unterminated_line_ = tokenStartLine;
        unterminated_column_ = tokenStartCharPositionInLine + 1;
      }
      return;
    }
    if (raw(1) == U'$') {
      bool match = true;
      for (size_t i = 0; i < tag.size(); ++i) {
        if (raw(static_cast<ssize_t>(i) + 1) != tag[i]) { match = false; break; }
      }
      if (match) {
        for (size_t i = 0; i < tag.size(); ++i) simulator->consume(_input);
        return;
      }
    }
    simulator->consume(_input);
  }
}

}  // namespace schemadelta::parser::antlr

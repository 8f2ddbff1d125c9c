#include "parser/scanner_agreement.h"

#include <fmt/format.h>

#include "PostgresLexer.h"
#include "parser/antlr/postgres_scanner.h"

namespace schemadelta::parser {

namespace {

class CountingListener : public antlr4::BaseErrorListener {
 public:
  size_t errors = 0;
  void syntaxError(antlr4::Recognizer*, antlr4::Token*, size_t, size_t, const std::string&, std::exception_ptr) override {
    ++errors;
  }
};

std::string describe(antlr4::Token* token) {
  return fmt::format("type {} channel {} at {}..{} line {} column {} '{}'", token->getType(), token->getChannel(),
                     token->getStartIndex(), token->getStopIndex(), token->getLine(), token->getCharPositionInLine(),
                     token->getType() == antlr4::Token::EOF ? "<EOF>" : token->getText());
}

}  // namespace

std::optional<std::string> scanner_disagreement(const std::string& text) {
  std::optional<antlr::CaseInsensitiveStream> grammar_input, scanner_input;
  try {
    grammar_input.emplace(text);
    scanner_input.emplace(text);
  } catch (const std::range_error&) {
    return std::nullopt;  // not UTF-8: neither reads it (the session rejects it before lexing)
  }
  antlr::PostgresLexer lexer(&*grammar_input);
  CountingListener listener;
  lexer.removeErrorListeners();
  lexer.addErrorListener(&listener);
  antlr4::CommonTokenStream expected(&lexer);
  expected.fill();
  antlr::PostgresScanner scanner(&*scanner_input);
  antlr4::CommonTokenStream actual(&scanner);
  actual.fill();
  // Nested comments left open: the scanner follows PostgreSQL (an error) where the grammar's
  // rule is looser (see block_comment_length); nothing to compare.
  if (scanner.unterminated_comment()) return std::nullopt;
  const bool grammar_failed = listener.errors > 0 || lexer.has_unterminated_dollar_quote();
  const bool scanner_failed = scanner.first_error().has_value() || scanner.unterminated_dollar_quote().has_value();
  if (grammar_failed) {
    if (scanner_failed) return std::nullopt;
    return std::string("the grammar's lexer rejects the input, the scanner accepts it");
  }
  if (scanner_failed) {
    const auto where = scanner.first_error() ? *scanner.first_error() : *scanner.unterminated_dollar_quote();
    return fmt::format("the scanner rejects the input at line {} column {}, the grammar's lexer accepts it", where.line, where.column);
  }
  const auto& want = expected.getTokens();
  const auto& got = actual.getTokens();
  for (size_t i = 0; i < std::max(want.size(), got.size()); ++i) {
    if (i >= want.size()) return "extra token from the scanner: " + describe(got[i]);
    if (i >= got.size()) return "token missing from the scanner: " + describe(want[i]);
    auto* a = want[i];
    auto* b = got[i];
    if (a->getType() != b->getType() || a->getChannel() != b->getChannel() || a->getStartIndex() != b->getStartIndex() ||
        a->getStopIndex() != b->getStopIndex() || a->getLine() != b->getLine() ||
        a->getCharPositionInLine() != b->getCharPositionInLine()) {
      return fmt::format("token {}: grammar {}, scanner {}", i, describe(a), describe(b));
    }
  }
  return std::nullopt;
}

}  // namespace schemadelta::parser

// SQL text back to tokens, for the expression normalizer and the builders that read a body's
// words. Tokens are converted as the scanner makes them: an expression can have millions, and
// the scanner's tokens are several times the size of the SqlTokens kept.
#include <cctype>
#include <optional>

#include "PostgresLexer.h"
#include "parser/antlr/case_insensitive_stream.h"
#include "parser/antlr/postgres_scanner.h"
#include "parser/sql_token.h"

namespace schemadelta::parser {

namespace {

using antlr::PostgresLexer;

TokenKind kind_of(const antlr4::Token& token) {
  switch (token.getType()) {
    case PostgresLexer::IDENTIFIER: return TokenKind::Word;
    case PostgresLexer::QUOTED_IDENTIFIER: case PostgresLexer::UNICODE_QUOTED_IDENTIFIER: return TokenKind::QuotedIdentifier;
    case PostgresLexer::STRING: case PostgresLexer::ESCAPE_STRING: case PostgresLexer::UNICODE_STRING:
    case PostgresLexer::DOLLAR_STRING: case PostgresLexer::BIT_STRING: return TokenKind::String;
    case PostgresLexer::INTEGER_LITERAL: case PostgresLexer::NUMERIC_LITERAL: return TokenKind::Number;
    case PostgresLexer::PARAM: return TokenKind::Param;
    case PostgresLexer::OP: case PostgresLexer::EQUAL: case PostgresLexer::STAR: case PostgresLexer::PLUS:
    case PostgresLexer::MINUS: return TokenKind::Operator;
    case PostgresLexer::LPAREN: return TokenKind::LParen;
    case PostgresLexer::RPAREN: return TokenKind::RParen;
    case PostgresLexer::LBRACKET: return TokenKind::LBracket;
    case PostgresLexer::RBRACKET: return TokenKind::RBracket;
    case PostgresLexer::COMMA: return TokenKind::Comma;
    case PostgresLexer::DOT: return TokenKind::Dot;
    case PostgresLexer::DOUBLE_COLON: return TokenKind::DoubleColon;
    case PostgresLexer::COLON: return TokenKind::Colon;
    case PostgresLexer::SEMI: return TokenKind::Semicolon;
    default: return TokenKind::Other;  // keywords are decided on their text
  }
}

}  // namespace

namespace {

// The tokens of `input` (read from `text`), to `visit`. A token's text is the slice of `text`
// when every character is one byte (the scanner's indexes count characters), else the stream's.
void scan_tokens(const std::string& text, antlr::CaseInsensitiveStream& input, const std::function<void(SqlToken&&)>& visit) {
  const bool ascii = input.size() == text.size();
  antlr::PostgresScanner scanner(&input);
  for (auto token = scanner.nextToken(); token->getType() != antlr4::Token::EOF; token = scanner.nextToken()) {
    if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
    SqlToken result{kind_of(*token), ascii ? text.substr(token->getStartIndex(), token->getStopIndex() + 1 - token->getStartIndex())
                                           : token->getText()};
    if (result.kind == TokenKind::Other && std::isalpha(static_cast<unsigned char>(result.text[0]))) {
      result.kind = TokenKind::Word;  // keywords are words too
    }
    visit(std::move(result));
  }
}

// Tokens of the default channel, counted without keeping them.
size_t count_tokens(antlr::CaseInsensitiveStream& input) {
  antlr::PostgresScanner scanner(&input);
  size_t count = 0;
  for (auto token = scanner.nextToken(); token->getType() != antlr4::Token::EOF; token = scanner.nextToken()) {
    if (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL) ++count;
  }
  input.reset();
  return count;
}

// Not UTF-8 (a string body whose escapes make invalid bytes): compared as it is, whole.
std::optional<antlr::CaseInsensitiveStream> decode(const std::string& text) {
  try {
    return std::optional<antlr::CaseInsensitiveStream>(std::in_place, text);
  } catch (const std::range_error&) {
    return std::nullopt;
  }
}

}  // namespace

void for_each_sql_token(const std::string& text, const std::function<void(SqlToken&&)>& visit) {
  auto input = decode(text);
  if (!input) return visit({TokenKind::Other, text});
  scan_tokens(text, *input, visit);
}

std::vector<SqlToken> lex_sql(const std::string& text) {
  std::vector<SqlToken> tokens;
  auto input = decode(text);
  if (!input) {
    tokens.push_back({TokenKind::Other, text});
    return tokens;
  }
  // A long text is scanned twice, to hold its tokens once: a vector grown by doubling holds up to
  // three times as many while it moves them (a list of a million values is millions of tokens).
  constexpr size_t kCountFirst = 64 * 1024;
  if (text.size() >= kCountFirst) tokens.reserve(count_tokens(*input));
  scan_tokens(text, *input, [&](SqlToken&& token) { tokens.push_back(std::move(token)); });
  return tokens;
}

}  // namespace schemadelta::parser

// SQL text back to tokens, for the expression normalizer and the builders that read a body's
// words. Tokens are converted as the scanner makes them: an expression can have millions, and
// the scanner's tokens are several times the size of the SqlTokens kept.
#include <cctype>
#include <limits>
#include <optional>
#include <stdexcept>

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

// The tokens of `input` (read from `text`), to `visit` as kind, byte offset and length in
// `text`. The scanner's indexes count characters: where a character is more than one byte, they
// are turned into byte offsets going forward with the tokens.
template <typename Visit>
void scan_tokens(const std::string& text, antlr::CaseInsensitiveStream& input, Visit&& visit) {
  const bool ascii = input.size() == text.size();
  size_t character = 0, byte = 0;  // the byte offset of a character index, when not ASCII
  auto offset_of = [&](size_t index) {
    if (ascii) return index;
    for (; character < index; ++character) {
      const auto lead = static_cast<unsigned char>(text[byte]);
      byte += lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    }
    return byte;
  };
  antlr::PostgresScanner scanner(&input);
  for (auto token = scanner.nextToken(); token->getType() != antlr4::Token::EOF; token = scanner.nextToken()) {
    if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
    const size_t begin = offset_of(token->getStartIndex());
    const size_t end = offset_of(token->getStopIndex() + 1);
    TokenKind kind = kind_of(*token);
    if (kind == TokenKind::Other && std::isalpha(static_cast<unsigned char>(text[begin]))) {
      kind = TokenKind::Word;  // keywords are words too
    }
    visit(kind, begin, end - begin);
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
  scan_tokens(text, *input, [&](TokenKind kind, size_t offset, size_t length) { visit({kind, text.substr(offset, length)}); });
}

SqlTokens lex_sql(const std::string& text) {
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("an expression of more than 4 GB");
  SqlTokens tokens;
  tokens.text_ = text;
  auto input = decode(text);
  if (!input) {
    tokens.tokens_.push_back({0, static_cast<std::uint32_t>(text.size()), TokenKind::Other});
    return tokens;
  }
  // A long text is scanned twice, to hold its tokens once: a vector grown by doubling holds up to
  // three times as many while it moves them (a list of a million values is millions of tokens).
  constexpr size_t kCountFirst = 64 * 1024;
  if (text.size() >= kCountFirst) tokens.tokens_.reserve(count_tokens(*input));
  scan_tokens(text, *input, [&](TokenKind kind, size_t offset, size_t length) {
    tokens.tokens_.push_back({static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(length), kind});
  });
  return tokens;
}

SqlTokens lex_sql(std::string&& text) {
  auto owned = std::make_shared<const std::string>(std::move(text));
  SqlTokens tokens = lex_sql(*owned);
  tokens.owned_ = std::move(owned);
  return tokens;
}

}  // namespace schemadelta::parser

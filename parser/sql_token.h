#pragma once
// A token as the expression normalizer sees it: kind and original text, comments dropped.
#include <functional>
#include <string>
#include <vector>

namespace schemadelta::parser {

enum class TokenKind {
  Word,              // unquoted identifier or keyword
  QuotedIdentifier,  // "..." or U&"..."
  String,            // '...', E'...', U&'...', $$...$$, B'...'
  Number,
  Param,             // $1
  Operator,
  LParen, RParen, LBracket, RBracket, Comma, Dot, DoubleColon, Colon, Semicolon,
  Other
};

struct SqlToken {
  TokenKind kind = TokenKind::Other;
  std::string text;
};

// Lexes SQL text with the PostgreSQL lexer (hidden channel dropped). Text that fails to lex
// comes back as Other tokens; callers only normalize text the parser already accepted.
std::vector<SqlToken> lex_sql(const std::string& text);

// The same tokens one at a time, for callers that need not keep them all.
void for_each_sql_token(const std::string& text, const std::function<void(SqlToken&&)>& visit);

}  // namespace schemadelta::parser

#pragma once
// A token as the expression normalizer sees it: kind and original text, comments dropped.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace schemadelta::parser {

enum class TokenKind : std::uint8_t {
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

// A token of a text lex_sql read: its kind and a view of its characters in that text.
struct TokenView {
  TokenKind kind = TokenKind::Other;
  std::string_view text;
};

// The tokens of one text, 12 bytes each (kind, offset and length in the text; a token's text is
// a view of it): an expression can have millions, and a token holding its own std::string was
// 40 bytes. Holds the text when it was given as a temporary, else views it (it must outlive
// them). Indexes and iterators yield TokenViews by value.
class SqlTokens {
 public:
  size_t size() const { return tokens_.size(); }
  bool empty() const { return tokens_.empty(); }
  TokenView operator[](size_t i) const {
    const Packed& t = tokens_[i];
    return {t.kind, text_.substr(t.offset, t.length)};
  }
  TokenView front() const { return (*this)[0]; }
  TokenView back() const { return (*this)[size() - 1]; }

  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = TokenView;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = TokenView;
    const_iterator(const SqlTokens* tokens, size_t at) : tokens_(tokens), at_(at) {}
    TokenView operator*() const { return (*tokens_)[at_]; }
    const_iterator& operator++() { ++at_; return *this; }
    bool operator==(const const_iterator& other) const { return at_ == other.at_; }
    bool operator!=(const const_iterator& other) const { return at_ != other.at_; }
   private:
    const SqlTokens* tokens_;
    size_t at_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }

 private:
  friend SqlTokens lex_sql(const std::string& text);
  friend SqlTokens lex_sql(std::string&& text);
  struct Packed {
    std::uint32_t offset, length;
    TokenKind kind;
  };
  std::shared_ptr<const std::string> owned_;  // the text, when given as a temporary
  std::string_view text_;
  std::vector<Packed> tokens_;
};

// Lexes SQL text with the PostgreSQL lexer (hidden channel dropped). Text that fails to lex
// comes back as Other tokens; callers only normalize text the parser already accepted. The
// tokens view `text`; given a temporary, they keep it.
SqlTokens lex_sql(const std::string& text);
SqlTokens lex_sql(std::string&& text);

// The same tokens one at a time, each with a copy of its text, for callers that need not keep
// them all.
void for_each_sql_token(const std::string& text, const std::function<void(SqlToken&&)>& visit);

}  // namespace schemadelta::parser

#include "parser/antlr/postgres_scanner.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <typeinfo>
#include <vector>

#include "PostgresLexer.h"
#include "parser/antlr/compact_token.h"

namespace schemadelta::parser::antlr {

namespace {

using L = PostgresLexer;

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_plain_operator(char32_t c) {
  return c == U'+' || c == U'-' || c == U'*' || c == U'/' || c == U'<' || c == U'>' || c == U'=';
}
bool is_special_operator(char32_t c) {
  return c == U'~' || c == U'!' || c == U'@' || c == U'#' || c == U'%' || c == U'^' || c == U'&' || c == U'|' || c == U'`' ||
         c == U'?';
}
bool ends_operator(char32_t c) { return c == U'*' || c == U'/' || c == U'<' || c == U'>' || c == U'='; }
// IDENT_START and IDENT_CONT of the grammar, on upper-cased characters. PostgreSQL's scanner
// takes every byte from 0x80 in a name (scan.l's ident_start), so every character beyond ASCII.
bool starts_word(char32_t c) { return (c >= U'A' && c <= U'Z') || c == U'_' || (c >= 0x80 && c <= 0x10FFFF); }
bool continues_word(char32_t c) { return starts_word(c) || is_digit(c) || c == U'$'; }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n' || c == U'\f'; }
bool is_hex(char32_t c) { return is_digit(c) || (c >= U'A' && c <= U'F'); }

// Keyword text (upper case) -> token type, read from the generated lexer's vocabulary: the
// literal names of keyword rules are their quoted text ('SELECT'). Every word of the input is
// looked up: an open-addressing table with a cheap hash, no division and no allocation.
class Keywords {
 public:
  Keywords() {
    antlr4::ANTLRInputStream empty("");
    PostgresLexer lexer(&empty);
    const auto& vocabulary = lexer.getVocabulary();
    for (size_t type = 1; type <= vocabulary.getMaxTokenType(); ++type) {
      const std::string literal = vocabulary.getLiteralName(type);
      if (literal.size() < 3 || !(literal[1] >= 'A' && literal[1] <= 'Z')) continue;
      words_.push_back({literal.substr(1, literal.size() - 2), type});
      longest_ = std::max(longest_, literal.size() - 2);
    }
    std::size_t size = 16;
    while (size < 4 * words_.size()) size *= 2;
    slots_.assign(size, nullptr);
    for (const auto& word : words_) {
      std::size_t at = hash(word.first) & (size - 1);
      while (slots_[at]) at = (at + 1) & (size - 1);
      slots_[at] = &word;
    }
  }
  std::size_t longest() const { return longest_; }
  // The keyword's token type; 0: not a keyword.
  std::size_t type(std::string_view word) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash(word) & mask; slots_[at]; at = (at + 1) & mask) {
      if (slots_[at]->first == word) return slots_[at]->second;
    }
    return 0;
  }

 private:
  static std::size_t hash(std::string_view word) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  std::deque<std::pair<std::string, std::size_t>> words_;  // a deque: the slots point into it
  std::vector<const std::pair<std::string, std::size_t>*> slots_;
  std::size_t longest_ = 0;
};

const Keywords& keywords() {
  static const Keywords table;
  return table;
}

}  // namespace

PostgresScanner::PostgresScanner(CaseInsensitiveStream* input) : input_(input), text_(input->code_points()) {}

void PostgresScanner::recycle(std::unique_ptr<antlr4::Token> token) {
  if (token && typeid(*token) == typeid(CompactToken)) spare_.reset(static_cast<CompactToken*>(token.release()));
}

std::unique_ptr<antlr4::Token> PostgresScanner::make(size_t type, size_t length, size_t channel) {
  std::unique_ptr<antlr4::Token> token;
  if (spare_) {
    *spare_ = CompactToken(this, type, channel, at_, at_ + length - 1, line_, column_);
    token = std::move(spare_);
  } else {
    token = std::make_unique<CompactToken>(this, type, channel, at_, at_ + length - 1, line_, column_);
  }
  for (size_t i = 0; i < length; ++i) {
    if (text_[at_ + i] == U'\n') {
      ++line_;
      column_ = 0;
    } else {
      ++column_;
    }
  }
  at_ += length;
  return token;
}

// OP: [+\-*/<>=]* [*/<>=] | [+\-*/<>=]* [~!@#%^&|`?] [+\-*/<>=~!@#%^&|`?]*
size_t PostgresScanner::operator_length() const {
  size_t run = 0, longest = 0;
  bool special = false;
  while (has(run) && (is_plain_operator(peek(run)) || is_special_operator(peek(run)))) {
    special = special || is_special_operator(peek(run));
    ++run;
    if (special || ends_operator(peek(run - 1))) longest = run;
  }
  return longest;
}

// INTEGER_LITERAL: DECIMAL_DIGITS | '0X' ('_'? hex)+ | '0O' ('_'? [0-7])+ | '0B' ('_'? [01])+;
// NUMERIC_LITERAL: DECIMAL_DIGITS '.' DECIMAL_DIGITS? EXPONENT? | '.' DECIMAL_DIGITS EXPONENT? |
// DECIMAL_DIGITS EXPONENT, where DECIMAL_DIGITS is DIGIT ('_'? DIGIT)* (PG 16's 1_000_000) and
// EXPONENT is 'E' [+-]? DECIMAL_DIGITS.
size_t PostgresScanner::number_length(size_t& type) const {
  // Digits from `n` (the first one there), each after at most one _: the end, or `n` if none.
  auto digits = [&](size_t n, auto&& is_one) {
    if (!(has(n) && is_one(peek(n)))) return n;
    ++n;
    while (true) {
      if (has(n) && is_one(peek(n))) ++n;
      else if (peek(n) == U'_' && has(n + 1) && is_one(peek(n + 1))) n += 2;
      else return n;
    }
  };
  auto decimal = [](char32_t c) { return is_digit(c); };
  if (peek(0) == U'0' && has(1)) {
    const char32_t radix = upper(1);
    auto hex = [](char32_t c) { return is_digit(c) || (c >= U'A' && c <= U'F') || (c >= U'a' && c <= U'f'); };
    auto octal = [](char32_t c) { return c >= U'0' && c <= U'7'; };
    auto binary = [](char32_t c) { return c == U'0' || c == U'1'; };
    // ('_'? digit)+ after the prefix: a first _ is allowed too
    auto prefixed = [&](auto&& is_one) {
      const size_t from = peek(2) == U'_' && has(2) ? 3 : 2;
      return digits(from, is_one);
    };
    size_t end = radix == U'X' ? prefixed(hex) : radix == U'O' ? prefixed(octal) : radix == U'B' ? prefixed(binary) : 0;
    if (end > 3 || (end == 3 && peek(2) != U'_')) {
      type = L::INTEGER_LITERAL;
      return end;
    }
  }
  size_t n = digits(0, decimal);
  const size_t integer_digits = n;
  bool fraction = false;
  if (peek(n) == U'.' && has(n) && (integer_digits > 0 || is_digit(peek(n + 1)))) {
    fraction = true;
    n = digits(n + 1, decimal);
  }
  if (n == 0) return 0;
  bool exponent = false;
  if (upper(n) == U'E') {
    size_t e = n + 1;
    if (peek(e) == U'+' || peek(e) == U'-') ++e;
    if (const size_t end = digits(e, decimal); end > e) {
      n = end;
      exponent = true;
    }
  }
  type = fraction || exponent ? L::NUMERIC_LITERAL : L::INTEGER_LITERAL;
  return n;
}

// From the opening quote at `offset`: the quoted text through its closing quote, a doubled
// quote standing for one (and a backslash escaping any character when asked). 0 if it never
// closes, or closes empty where that is not allowed.
size_t PostgresScanner::quoted_length(size_t offset, char32_t quote, bool backslash_escapes, bool allow_empty) const {
  // Longest match, as the grammar's lexer takes it: a doubled quote continues the text, but the
  // first of the two would also have closed it; that shorter match stands if the text never closes.
  size_t n = offset + 1, shorter = 0;
  while (has(n)) {
    const char32_t c = peek(n);
    if (backslash_escapes && c == U'\\') {
      if (!has(n + 1)) break;
      n += 2;
    } else if (c == quote) {
      const bool may_close = allow_empty || n > offset + 1;
      if (!(has(n + 1) && peek(n + 1) == quote)) return may_close ? n + 1 : shorter;
      if (may_close) shorter = n + 1;
      n += 2;
    } else {
      ++n;
    }
  }
  return shorter;
}

// BIT_STRING: [BX] '\'' [0-9A-F]* '\''
size_t PostgresScanner::bit_string_length() const {
  size_t n = 2;
  while (has(n) && is_hex(upper(n))) ++n;
  return has(n) && peek(n) == U'\'' ? n + 1 : 0;
}

size_t PostgresScanner::word_length() const {
  size_t n = 1;
  while (has(n) && continues_word(upper(n))) ++n;
  return n;
}

// BLOCK_COMMENT, as PostgreSQL reads it: nested comments close at their own depth. Where they
// agree (every comment closed), this is the grammar's rule too; where an inner comment is left
// open, the grammar's rule would end the comment at the last `*/` of the input, taking the SQL
// in between with it: PostgreSQL, and this scanner, report an unterminated comment instead.
size_t PostgresScanner::block_comment_length() const {
  size_t n = 2, depth = 1;
  while (has(n)) {
    if (peek(n) == U'/' && has(n + 1) && peek(n + 1) == U'*') {
      ++depth;
      n += 2;
    } else if (peek(n) == U'*' && has(n + 1) && peek(n + 1) == U'/') {
      n += 2;
      if (--depth == 0) return n;
    } else {
      ++n;
    }
  }
  return 0;
}

// '$' DOLLAR_TAG? '$', DOLLAR_TAG being IDENT_START (IDENT_START | DIGIT)*.
size_t PostgresScanner::dollar_tag_length() const {
  size_t n = 1;
  if (starts_word(upper(n)) && has(n)) {
    ++n;
    while (has(n) && (starts_word(upper(n)) || is_digit(peek(n)))) ++n;
  }
  return has(n) && peek(n) == U'$' ? n + 1 : 0;
}

// The body through the closing tag, compared case-sensitively; to the end when it never closes.
size_t PostgresScanner::dollar_string_length(size_t tag_length) {
  const size_t close = text_.find_copy(at_, tag_length, at_ + tag_length);
  if (close == CodePoints::npos) {
    if (!unterminated_dollar_quote_) unterminated_dollar_quote_ = Position{line_, column_ + 1};
    return text_.size() - at_;
  }
  return close + tag_length - at_;
}

void PostgresScanner::skip_copy_data() {
  auto next_line = [&] {
    const size_t newline = text_.find(U'\n', at_);
    at_ = newline == CodePoints::npos ? text_.size() : newline + 1;
    if (newline != CodePoints::npos) ++line_;
    column_ = 0;
  };
  next_line();
  while (at_ < text_.size()) {
    const bool end_of_data = peek(0) == U'\\' && peek(1) == U'.' && (!has(2) || peek(2) == U'\n' || peek(2) == U'\r');
    next_line();
    if (end_of_data) return;
  }
}

std::unique_ptr<antlr4::Token> PostgresScanner::nextToken() {
  while (at_ < text_.size()) {
    if (auto token = scan()) return token;
    // No rule matches: remembered for the session to report; like the generated lexer, the
    // character is skipped and scanning goes on (expressions re-read later stay whole).
    if (!first_error_) first_error_ = Position{line_, column_};
    recycle(make(0, 1));
  }
  return std::make_unique<CompactToken>(this, antlr4::Token::EOF, antlr4::Token::DEFAULT_CHANNEL, at_, at_ - 1, line_, column_);
}

std::unique_ptr<antlr4::Token> PostgresScanner::scan() {
  const char32_t c = upper();
  switch (c) {
    case U'(': return make(L::LPAREN, 1);
    case U')': return make(L::RPAREN, 1);
    case U'[': return make(L::LBRACKET, 1);
    case U']': return make(L::RBRACKET, 1);
    case U',': return make(L::COMMA, 1);
    case U';': return make(L::SEMI, 1);
    case U':':
      if (peek(1) == U':') return make(L::DOUBLE_COLON, 2);
      if (peek(1) == U'=') return make(L::COLON_EQUALS, 2);
      return make(L::COLON, 1);
    case U'\'': {
      if (size_t n = quoted_length(0, U'\'', false, true)) return make(L::STRING, n);
      break;
    }
    case U'"': {
      if (size_t n = quoted_length(0, U'"', false, false)) return make(L::QUOTED_IDENTIFIER, n);
      break;
    }
    case U'\\': {
      size_t n = 1;
      while (has(n) && peek(n) != U'\r' && peek(n) != U'\n') ++n;
      return make(L::META_COMMAND, n, antlr4::Token::HIDDEN_CHANNEL);
    }
    case U'$': {
      if (is_digit(peek(1)) && has(1)) {
        size_t n = 2;
        while (has(n) && is_digit(peek(n))) ++n;
        return make(L::PARAM, n);
      }
      if (size_t tag = dollar_tag_length()) return make(L::DOLLAR_STRING, dollar_string_length(tag));
      break;
    }
    default:
      break;
  }
  if (is_space(c)) {
    size_t n = 1;
    while (has(n) && is_space(peek(n))) ++n;
    return make(L::WHITESPACE, n, antlr4::Token::HIDDEN_CHANNEL);
  }
  if (is_digit(c) || (c == U'.' && is_digit(peek(1)) && has(1))) {
    size_t type = 0;
    const size_t n = number_length(type);
    return make(type, n);
  }
  if (c == U'.') return make(L::DOT, 1);
  if (is_plain_operator(c) || is_special_operator(c)) {
    // The longest of: the one-character tokens, OP, a comment; ties go to the earlier rule.
    size_t type = c == U'=' ? L::EQUAL : c == U'*' ? L::STAR : c == U'+' ? L::PLUS : c == U'-' ? L::MINUS : 0;
    size_t length = type ? 1 : 0, channel = antlr4::Token::DEFAULT_CHANNEL;
    if (size_t op = operator_length(); op > length) {
      type = L::OP;
      length = op;
    }
    if (c == U'-' && peek(1) == U'-') {
      size_t n = 2;
      while (has(n) && peek(n) != U'\r' && peek(n) != U'\n') ++n;
      if (n > length) {
        type = L::LINE_COMMENT;
        length = n;
        channel = antlr4::Token::HIDDEN_CHANNEL;
      }
    }
    if (c == U'/' && peek(1) == U'*') {
      size_t n = block_comment_length();
      if (n == 0) {
        // Unterminated: the rest of the input is the comment, and an error.
        if (!unterminated_comment_) unterminated_comment_ = Position{line_, column_ + 1};
        n = text_.size() - at_;
      }
      if (n > length) {
        type = L::BLOCK_COMMENT;
        length = n;
        channel = antlr4::Token::HIDDEN_CHANNEL;
      }
    }
    if (length > 0) return make(type, length, channel);
  }
  if (starts_word(c)) {
    // Prefixed strings first: E'...', U&'...', U&"...", B'...', X'...'; a prefix whose string
    // does not close is a word of its own.
    if (c == U'E' && peek(1) == U'\'') {
      if (size_t n = quoted_length(1, U'\'', true, true)) return make(L::ESCAPE_STRING, n);
    }
    if (c == U'U' && peek(1) == U'&' && peek(2) == U'\'') {
      if (size_t n = quoted_length(2, U'\'', false, true)) return make(L::UNICODE_STRING, n);
    }
    if (c == U'U' && peek(1) == U'&' && peek(2) == U'"') {
      if (size_t n = quoted_length(2, U'"', false, false)) return make(L::UNICODE_QUOTED_IDENTIFIER, n);
    }
    if ((c == U'B' || c == U'X') && peek(1) == U'\'') {
      if (size_t n = bit_string_length()) return make(L::BIT_STRING, n);
    }
    const size_t n = word_length();
    const auto& table = keywords();
    if (n > table.longest()) return make(L::IDENTIFIER, n);
    char word[64];  // keywords are ASCII: a word with other characters matches none
    if (n > sizeof word) return make(L::IDENTIFIER, n);
    for (size_t i = 0; i < n; ++i) word[i] = upper(i) < 0x80 ? static_cast<char>(upper(i)) : '\x01';
    const size_t keyword = table.type(std::string_view(word, n));
    return make(keyword == 0 ? L::IDENTIFIER : keyword, n);
  }
  return nullptr;
}

}  // namespace schemadelta::parser::antlr

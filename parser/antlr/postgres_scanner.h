#pragma once
// The tokens of PostgresLexer.g4, read by hand: the generated lexer's DFA simulation (a lock and
// a hash lookup per character) was a third of the cost of reading a dump. The grammar stays the
// specification: same token types, channels, positions and longest-match choices (checked by
// parser/scanner_agreement on every test file and by fuzz/lexer_fuzzer), except that a nested
// comment left open is an error here, as in PostgreSQL (see block_comment_length).
#include <optional>

#include <antlr4-runtime.h>

#include "parser/antlr/case_insensitive_stream.h"
#include "parser/antlr/compact_token.h"

namespace schemadelta::parser::antlr {

class PostgresScanner : public antlr4::TokenSource {
 public:
  explicit PostgresScanner(CaseInsensitiveStream* input);

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return line_; }
  size_t getCharPositionInLine() override { return column_; }
  antlr4::CharStream* getInputStream() override { return input_; }
  std::string getSourceName() override { return input_->getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override { return antlr4::CommonTokenFactory::DEFAULT.get(); }

  // A token the reader is done with (whitespace, a comment): its memory makes the next token,
  // so the half of a dump's tokens that the parser never sees costs no allocation.
  void recycle(std::unique_ptr<antlr4::Token> token);

  // After `COPY ... FROM stdin;`: skips the rest of the line and the data rows through the line
  // `\.` (psql's end of data), or to the end of input.
  void skip_copy_data();

  // The first character no token rule matches (line from 1, column from 0).
  struct Position {
    size_t line = 0, column = 0;
  };
  const std::optional<Position>& first_error() const { return first_error_; }
  // Where a dollar-quoted string opened and never closed (its body runs to the end of input).
  const std::optional<Position>& unterminated_dollar_quote() const { return unterminated_dollar_quote_; }
  // Where a /* comment opened and never closed (nested comments count), if one did.
  const std::optional<Position>& unterminated_comment() const { return unterminated_comment_; }

 private:
  CaseInsensitiveStream* input_;
  const CodePoints& text_;
  size_t at_ = 0, line_ = 1, column_ = 0;
  std::optional<Position> first_error_, unterminated_dollar_quote_, unterminated_comment_;
  std::unique_ptr<CompactToken> spare_;  // see recycle

  char32_t peek(size_t offset = 0) const { return at_ + offset < text_.size() ? text_[at_ + offset] : 0; }
  char32_t upper(size_t offset = 0) const {
    const char32_t c = peek(offset);
    return c >= U'a' && c <= U'z' ? c - (U'a' - U'A') : c;
  }
  bool has(size_t offset) const { return at_ + offset < text_.size(); }

  // Each returns the length of its rule's longest match at the current position, 0 for none.
  size_t operator_length() const;
  size_t number_length(size_t& type) const;
  size_t quoted_length(size_t offset, char32_t quote, bool backslash_escapes, bool allow_empty) const;
  size_t bit_string_length() const;
  size_t word_length() const;
  size_t block_comment_length() const;
  size_t dollar_tag_length() const;
  size_t dollar_string_length(size_t tag_length);

  std::unique_ptr<antlr4::Token> scan();  // the token at the current position; null if no rule matches
  std::unique_ptr<antlr4::Token> make(size_t type, size_t length, size_t channel = antlr4::Token::DEFAULT_CHANNEL);
};

}  // namespace schemadelta::parser::antlr

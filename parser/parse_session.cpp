// The parse session: lexes each file once, splits it into statements at top-level semicolons,
// parses each statement (SLL first, LL only when SLL fails), hands the tree to its builder, and
// finishes the catalog once every file is read.
#include <antlr4-runtime.h>

#include <chrono>
#include <deque>
#include <future>
#include <memory>
#include <limits>
#include <optional>
#include <set>

#include "PostgresLexer.h"
#include "PostgresParser.h"
#include "parser/antlr/case_insensitive_stream.h"
#include "parser/antlr/compact_token.h"
#include "parser/antlr/postgres_scanner.h"
#include "parser/antlr/statement_token_stream.h"
#include "parser/build_context.h"
#include "parser/builders.h"
#include "parser/create_table_builder.h"
#include "parser/sql_text.h"
#include "parser/finish_catalog.h"
#include "parser/large_stack.h"
#include "parser/mapped_chunks.h"
#include "parser/parse_pool.h"
#include "model/printable.h"
#include "parser/parse.h"

namespace schemadelta::parser {

namespace {

using pg::PostgresLexer;
using pg::PostgresParser;

struct FirstError {
  bool seen = false;
  size_t line = 0, column = 0;
  std::string message;
};

class ErrorCollector : public antlr4::BaseErrorListener {
 public:
  FirstError first;
  void syntaxError(antlr4::Recognizer*, antlr4::Token*, size_t line, size_t column, const std::string& message,
                   std::exception_ptr) override {
    if (first.seen) return;
    first = {true, line, column, message};
  }
};

model::SourceLocation location_of_offset(const std::string& file, const std::string& text, size_t offset) {
  int line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') { ++line; column = 1; } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) { ++column; }
  }
  return {file, line, column};
}


// "CREATE RULE", "ALTER FUNCTION", "CREATE MATERIALIZED VIEW": a statement's kind, for reports.
std::string statement_kind(const std::vector<antlr4::Token*>& tokens) {
  static const std::set<std::string> modifiers{"OR", "REPLACE", "UNIQUE", "UNLOGGED", "TEMP", "TEMPORARY",
                                                "GLOBAL", "LOCAL", "CONSTRAINT", "RECURSIVE", "TRUSTED",
                                                "PROCEDURAL", "DEFAULT"};
  static const std::set<std::string> two_word{"MATERIALIZED", "TEXT", "FOREIGN", "EVENT", "OPERATOR",
                                               "ACCESS", "USER", "LARGE"};
  if (tokens.empty()) return "";
  std::string first = ascii_upper(tokens[0]->getText());
  std::string kind = first;
  if (first != "CREATE" && first != "ALTER" && first != "DROP" && first != "COMMENT") return kind;
  size_t i = 1;
  while (i < tokens.size() && modifiers.count(ascii_upper(tokens[i]->getText()))) ++i;
  if (i < tokens.size()) {
    std::string word = ascii_upper(tokens[i]->getText());
    kind += " " + word;
    if (two_word.count(word) && i + 1 < tokens.size()) {
      std::string next = ascii_upper(tokens[i + 1]->getText());
      if (next == "VIEW" || next == "SEARCH" || next == "TABLE" || next == "DATA" || next == "TRIGGER" ||
          next == "CLASS" || next == "FAMILY" || next == "METHOD" || next == "MAPPING" || next == "OBJECT") {
        kind += " " + next;
      }
    }
  }
  return kind;
}

// `COPY ... FROM stdin`: the rows of a full dump follow, through a line `\.`.
bool is_copy_from_stdin(const std::vector<antlr4::Token*>& tokens) {
  if (tokens.empty() || ascii_upper(tokens.front()->getText()) != "COPY") return false;
  for (size_t i = 1; i + 1 < tokens.size(); ++i) {
    if (tokens[i]->getType() == PostgresLexer::FROM && ascii_upper(tokens[i + 1]->getText()) == "STDIN") return true;
  }
  return false;
}

// Statement families this grammar models completely: a parse failure there is a syntax error,
// not an unmanaged statement.
bool is_modeled_kind(const std::string& kind) {
  static const std::set<std::string> kinds{
      "CREATE TABLE", "CREATE INDEX", "CREATE VIEW", "CREATE MATERIALIZED VIEW", "CREATE FUNCTION",
      "CREATE PROCEDURE", "CREATE SEQUENCE", "CREATE TYPE", "CREATE DOMAIN", "CREATE SCHEMA",
      "CREATE EXTENSION", "CREATE TRIGGER", "CREATE POLICY", "ALTER TABLE", "COMMENT ON",
      "CREATE AGGREGATE", "CREATE OPERATOR", "ALTER SEQUENCE"};
  return kinds.count(kind) > 0;
}

// The first word of a statement that PostgreSQL would accept as a command.
bool is_sql_command(const std::string& word) {
  static const std::set<std::string> words{
      "ABORT", "ALTER", "ANALYZE", "ANALYSE", "BEGIN", "CALL", "CHECKPOINT", "CLOSE", "CLUSTER",
      "COMMENT", "COMMIT", "COPY", "CREATE", "DEALLOCATE", "DECLARE", "DELETE", "DISCARD", "DO",
      "DROP", "END", "EXECUTE", "EXPLAIN", "FETCH", "GRANT", "IMPORT", "INSERT", "LISTEN", "LOAD",
      "LOCK", "MERGE", "MOVE", "NOTIFY", "PREPARE", "REASSIGN", "REFRESH", "REINDEX", "RELEASE",
      "RESET", "REVOKE", "ROLLBACK", "SAVEPOINT", "SECURITY", "SELECT", "SET", "SHOW", "START",
      "TABLE", "TRUNCATE", "UNLISTEN", "UPDATE", "VACUUM", "VALUES", "WITH"};
  return words.count(word) > 0;
}

std::string describe_token(antlr4::Token* token) {
  if (token->getType() == antlr4::Token::EOF) return "end of input";
  std::string text = token->getText();
  if (text.size() > 40) text = text.substr(0, 40) + "...";
  return "\"" + text + "\"";
}

// How deeply a statement nests, measured on its tokens before it is parsed: parentheses and
// brackets, CASE ... END, and runs of operators (a prefix chain like `- - - 1`). The parser and
// the expression normalizer recurse once per level, so a statement beyond the limit is reported
// instead of exhausting the stack. PostgreSQL's own parser stops at 10000 levels as well.
class NestingGuard {
 public:
  static constexpr int kLimit = 10000;

  void see(const antlr4::Token* token, int bracket_depth) {
    if (too_deep_) return;
    const size_t type = token->getType();
    if (type == PostgresLexer::CASE) ++case_depth_;
    if (type == PostgresLexer::END && case_depth_ > 0) --case_depth_;
    const bool op = type == PostgresLexer::OP || type == PostgresLexer::PLUS || type == PostgresLexer::MINUS ||
                    type == PostgresLexer::STAR || type == PostgresLexer::EQUAL || type == PostgresLexer::NOT;
    operator_run_ = op ? operator_run_ + 1 : 0;
    if (bracket_depth + case_depth_ + operator_run_ > kLimit) {
      too_deep_ = true;
      where_ = token;
    }
  }
  bool too_deep() const { return too_deep_; }
  const antlr4::Token* where() const { return where_; }

 private:
  int case_depth_ = 0, operator_run_ = 0;
  bool too_deep_ = false;
  const antlr4::Token* where_ = nullptr;
};

// A long list of constants (`IN (1, 2, ...)`, `ARRAY['a', 'b', ...]`) is folded, after its first
// kLeft items, into the token of its last unfolded constant, which then spans the rest of the
// list: the parser keeps a node per token, and a list of a million values would cost hundreds
// of bytes per value. Nothing reads these constants one by one (expressions are kept as the
// text they span, and a constant names no object); lists read item by item, such as enum labels
// and trigger arguments, never follow IN or ARRAY.
class ValueListFolder {
 public:
  static constexpr int kLeft = 16;

  // Called for each token before it joins `statement` (with `depth` already counting it).
  bool folds(antlr4::Token* token, const std::vector<antlr4::Token*>& statement, int depth) {
    const size_t type = token->getType();
    if (type == PostgresLexer::LPAREN || type == PostgresLexer::LBRACKET) {
      const size_t before = statement.empty() ? 0 : statement.back()->getType();
      const bool list = (type == PostgresLexer::LPAREN && before == PostgresLexer::IN_P) ||
                        (type == PostgresLexer::LBRACKET && before == PostgresLexer::ARRAY);
      if (list) lists_.push_back({depth, 0});
      return false;
    }
    if (lists_.empty()) return false;
    if ((type == PostgresLexer::RPAREN || type == PostgresLexer::RBRACKET) && depth < lists_.back().depth) {
      lists_.pop_back();
      return false;
    }
    auto& list = lists_.back();
    if (depth != list.depth) return false;
    if (type == PostgresLexer::COMMA) return false;
    if (!is_constant(type) || statement.size() < 2 || statement.back()->getType() != PostgresLexer::COMMA ||
        !is_constant(statement[statement.size() - 2]->getType())) {
      list.run = is_constant(type) ? 1 : 0;
      return false;
    }
    if (++list.run <= kLeft) return false;
    auto* last = dynamic_cast<antlr::CompactToken*>(statement[statement.size() - 2]);
    if (!last) return false;
    last->extend_to(token->getStopIndex());
    return true;
  }

 private:
  static bool is_constant(size_t type) {
    return type == PostgresLexer::INTEGER_LITERAL || type == PostgresLexer::NUMERIC_LITERAL || type == PostgresLexer::STRING ||
           type == PostgresLexer::ESCAPE_STRING || type == PostgresLexer::UNICODE_STRING || type == PostgresLexer::BIT_STRING;
  }
  struct List {
    int depth;  // the bracket depth of its items
    int run;    // constants in a row so far
  };
  std::vector<List> lists_;
};

// A long chain of one-token operands and binary operators (`a + a + ... + a`, `1 || 2 || ...`)
// is folded the same way, after its first kLeft operators: an operator and the operand after it
// join the token of the operand before them once the next operator shows that operand is whole
// (not a function's name, not qualified, not cast). The chain is an expression to every reader
// (its text is kept as written; the normalizer reads it from that text), so the parser need not
// see its tokens one by one. Only in expressions: within brackets, or at the top level of a
// CREATE or ALTER (a view's query, SET DEFAULT); never where one token is read as a value (a
// COMMENT's string), and never the whole expression (its first kLeft operators and its last
// operand stay tokens).
class OperatorChainFolder {
 public:
  static constexpr int kLeft = 16;

  // Called for each token before it joins `statement` (`owned` holds the same tokens); `depth`:
  // its bracket depth. Folds the two tokens before it into the one before them when they
  // continue a long chain.
  void fold_before(const antlr4::Token* token, std::vector<antlr4::Token*>& statement,
                   std::vector<std::unique_ptr<antlr4::Token>>& owned, int depth) {
    if (!is_operator(token->getType())) return;
    const size_t n = statement.size();
    const bool pair = n >= 3 && is_operand(statement[n - 1]->getType()) && is_operator(statement[n - 2]->getType()) &&
                      is_operand(statement[n - 3]->getType());
    if (!pair) {
      run_ = 0;  // a chain may start here
      return;
    }
    if (++run_ <= kLeft || (depth == 0 && !in_ddl(statement))) return;
    auto* first = dynamic_cast<antlr::CompactToken*>(statement[n - 3]);
    if (!first || owned.size() < 2 || owned.back().get() != statement[n - 1]) return;
    first->extend_to(statement[n - 1]->getStopIndex());
    statement.resize(n - 2);
    owned.resize(owned.size() - 2);
  }

 private:
  static bool is_operand(size_t type) {
    return type == PostgresLexer::IDENTIFIER || type == PostgresLexer::QUOTED_IDENTIFIER || type == PostgresLexer::INTEGER_LITERAL ||
           type == PostgresLexer::NUMERIC_LITERAL || type == PostgresLexer::STRING;
  }
  static bool is_operator(size_t type) {
    return type == PostgresLexer::PLUS || type == PostgresLexer::MINUS || type == PostgresLexer::STAR || type == PostgresLexer::OP;
  }
  static bool in_ddl(const std::vector<antlr4::Token*>& statement) {
    const size_t first = statement.front()->getType();
    return first == PostgresLexer::CREATE || first == PostgresLexer::ALTER;
  }
  int run_ = 0;  // operators of the current chain so far
};

// Where a CREATE TABLE's element list is, when it is long enough to be read in pieces (see
// FileParser::parse_in_pieces): indexes into the statement's tokens.
struct TablePieces {
  std::size_t open = 0, close = 0;  // the list's parentheses
  std::vector<std::uint32_t> starts;  // the first token of each element (4 bytes: one per column of the widest tables)
  std::size_t per_piece = 1;

  std::size_t elements() const { return starts.size(); }
  std::size_t count() const { return (starts.size() + per_piece - 1) / per_piece; }
  // Piece k's element tokens [first, last): the commas between pieces belong to none.
  std::pair<std::size_t, std::size_t> piece(std::size_t k) const {
    const std::size_t next = (k + 1) * per_piece;
    return {starts[k * per_piece], next < starts.size() ? starts[next] - 1 : close};
  }
};

// A long CREATE TABLE list's tokens, packed as the statement is read: a scanner token is 48
// bytes and two pointers to it, a packed one 16 bytes, so a table of 100,000 columns does not
// hold its 300,000 tokens whole while its pieces are parsed. Only whole elements are packed,
// from the first of the list on, a batch of `per_piece` at a time; unpacked, a token is the one
// the scanner made (the same positions, type and text).
class TokenStash {
 public:
  explicit TokenStash(std::size_t per_piece) : per_piece_(per_piece) {}

  // After `statement` took a token (`owned` the same), `depth` counting it.
  void see(std::vector<std::unique_ptr<antlr4::Token>>& owned, std::vector<antlr4::Token*>& statement, int depth, bool too_deep) {
    if (per_piece_ == 0 || state_ == State::No || state_ == State::Closed) return;
    const std::size_t at = statement.size() - 1;
    const size_t type = statement[at]->getType();
    if (state_ == State::Head) {
      if (at == 0) {
        if (type != PostgresLexer::CREATE) state_ = State::No;
      } else if (type == PostgresLexer::TABLE && at < 4) {
        table_ = true;
      } else if (type == PostgresLexer::OF || type == PostgresLexer::PARTITION || type == PostgresLexer::AS || (!table_ && at >= 4)) {
        state_ = State::No;
      } else if (type == PostgresLexer::LPAREN && table_) {
        state_ = State::List;
        split_ = at + 1;
      }
      return;
    }
    if (depth == 0) {
      state_ = State::Closed;
      return;
    }
    if (depth != 1 || type != PostgresLexer::COMMA || ++commas_ < per_piece_ || too_deep) return;
    // Every token from the list's start through this comma.
    if (!source_) source_ = statement[split_]->getTokenSource();
    for (std::size_t i = split_; i <= at; ++i) {
      const auto* token = dynamic_cast<const antlr::CompactToken*>(statement[i]);
      if (!token || token->getTokenSource() != source_ || token->getStopIndex() > UINT32_MAX || token->getLine() > UINT32_MAX ||
          token->getStopIndex() + 1 < token->getStartIndex() || token->getStopIndex() + 1 - token->getStartIndex() > UINT16_MAX ||
          token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) {
        state_ = State::No;  // kept whole, as every statement is
        return;
      }
    }
    for (std::size_t i = split_; i <= at; ++i) {
      const auto* token = statement[i];
      packed_.push_back({static_cast<std::uint32_t>(token->getStartIndex()), static_cast<std::uint32_t>(token->getLine()),
                         static_cast<std::uint32_t>(token->getCharPositionInLine()),
                         static_cast<std::uint16_t>(token->getStopIndex() + 1 - token->getStartIndex()),
                         static_cast<std::uint16_t>(token->getType())});
    }
    owned.erase(owned.begin() + static_cast<std::ptrdiff_t>(split_), owned.begin() + static_cast<std::ptrdiff_t>(at + 1));
    statement.erase(statement.begin() + static_cast<std::ptrdiff_t>(split_), statement.begin() + static_cast<std::ptrdiff_t>(at + 1));
    commas_ = 0;
  }

  bool empty() const { return packed_.empty(); }
  std::size_t size() const { return packed_.size(); }
  // Where the packed tokens go in the statement: after its list's opening parenthesis.
  std::size_t split() const { return split_; }
  size_t type(std::size_t i) const { return packed_[i].type; }
  std::unique_ptr<antlr4::Token> unpack(std::size_t i) const {
    const auto& p = packed_[i];
    return std::make_unique<antlr::CompactToken>(source_, p.type, antlr4::Token::DEFAULT_CHANNEL, p.start,
                                                 static_cast<std::size_t>(p.start) + p.length - 1, p.line, p.column);
  }

  // Puts the packed tokens back where they were, for a statement read whole after all.
  void restore(std::vector<std::unique_ptr<antlr4::Token>>& owned, std::vector<antlr4::Token*>& statement) {
    if (packed_.empty()) return;
    std::vector<std::unique_ptr<antlr4::Token>> tokens;
    tokens.reserve(packed_.size());
    for (std::size_t i = 0; i < packed_.size(); ++i) tokens.push_back(unpack(i));
    std::vector<antlr4::Token*> pointers;
    pointers.reserve(tokens.size());
    for (const auto& token : tokens) pointers.push_back(token.get());
    statement.insert(statement.begin() + static_cast<std::ptrdiff_t>(split_), pointers.begin(), pointers.end());
    owned.insert(owned.begin() + static_cast<std::ptrdiff_t>(split_), std::make_move_iterator(tokens.begin()),
                 std::make_move_iterator(tokens.end()));
    packed_.clear();
  }

  // The packed tokens before `i` are read no more (their piece is built).
  void release_before(std::size_t i) { packed_.release_before(i); }

  // For the next statement.
  void reset() { *this = TokenStash(per_piece_); }

 private:
  // 16 bytes: the list of a table of 100,000 columns is 300,000 tokens, held while it is built.
  struct Packed {
    std::uint32_t start, line, column;
    std::uint16_t length, type;  // a token of more than 65,535 characters keeps the list whole
  };
  enum class State { Head, List, Closed, No };
  std::size_t per_piece_;
  State state_ = State::Head;
  bool table_ = false;
  std::size_t split_ = 0, commas_ = 0;
  antlr4::TokenSource* source_ = nullptr;
  MappedChunks<Packed> packed_;  // the list's tokens; those of each piece built are unmapped
};

// A statement's tokens as parse_statement has them: `owned` (the semicolon or end of file last,
// `statement` the same without it) and the packed tokens that go between owned[split - 1] and
// owned[split]. Indexes count them all, in order.
class StatementTokens {
 public:
  StatementTokens(std::vector<std::unique_ptr<antlr4::Token>>& owned, const std::vector<antlr4::Token*>& statement, TokenStash& stash)
      : owned_(owned), statement_(statement), stash_(stash) {}

  std::size_t size() const { return statement_.size() + stash_.size(); }  // the semicolon not counted
  std::size_t with_end() const { return owned_.size() + stash_.size(); }
  size_t type(std::size_t i) const {
    if (i < stash_.split() || stash_.empty()) return statement_[i]->getType();
    return i < stash_.split() + stash_.size() ? stash_.type(i - stash_.split()) : statement_[i - stash_.size()]->getType();
  }
  // A copy of token i (the semicolon is the last, at with_end() - 1).
  std::unique_ptr<antlr4::Token> copy(std::size_t i) const {
    if (in_stash(i)) return stash_.unpack(i - stash_.split());
    return copy_of(*owned_[owned_index(i)]);
  }
  // Token i itself (the statement can no longer be read whole), or a copy when it is shared.
  // Tokens are taken in order: the packed ones before i are read no more.
  std::unique_ptr<antlr4::Token> take(std::size_t i) {
    if (in_stash(i)) {
      auto token = stash_.unpack(i - stash_.split());
      stash_.release_before(i - stash_.split());
      return token;
    }
    return std::move(owned_[owned_index(i)]);
  }

  static std::unique_ptr<antlr4::Token> copy_of(const antlr4::Token& token) {
    if (const auto* compact = dynamic_cast<const antlr::CompactToken*>(&token)) return std::make_unique<antlr::CompactToken>(*compact);
    return std::make_unique<antlr4::CommonToken>(const_cast<antlr4::Token*>(&token));
  }

 private:
  std::vector<std::unique_ptr<antlr4::Token>>& owned_;
  const std::vector<antlr4::Token*>& statement_;
  TokenStash& stash_;

  bool in_stash(std::size_t i) const { return !stash_.empty() && i >= stash_.split() && i < stash_.split() + stash_.size(); }
  std::size_t owned_index(std::size_t i) const { return stash_.empty() || i < stash_.split() ? i : i - stash_.size(); }
};

// A CREATE TABLE (not AS, not PARTITION OF: the parse of its first piece says so for certain)
// whose parenthesized list has more than `per_piece` elements, none of them empty.
std::optional<TablePieces> table_pieces(const StatementTokens& statement, std::size_t per_piece) {
  const std::size_t size = statement.size();
  if (per_piece == 0 || size <= per_piece || statement.type(0) != PostgresLexer::CREATE) return std::nullopt;
  TablePieces pieces;
  pieces.per_piece = per_piece;
  std::size_t i = 1;
  for (; i < size && i < 4 && statement.type(i) != PostgresLexer::TABLE; ++i) {}
  if (i == size || statement.type(i) != PostgresLexer::TABLE) return std::nullopt;
  for (; i < size && statement.type(i) != PostgresLexer::LPAREN; ++i) {
    const size_t type = statement.type(i);
    if (type == PostgresLexer::OF || type == PostgresLexer::PARTITION || type == PostgresLexer::AS) return std::nullopt;
  }
  if (i == size) return std::nullopt;
  pieces.open = i;
  int depth = 0;
  for (; i < size; ++i) {
    const size_t type = statement.type(i);
    if (type == PostgresLexer::LPAREN || type == PostgresLexer::LBRACKET) ++depth;
    if (type == PostgresLexer::RPAREN || type == PostgresLexer::RBRACKET) --depth;
    if (depth == 0) break;
    if (depth == 1 && (i == pieces.open || type == PostgresLexer::COMMA)) {
      if (i + 1 > UINT32_MAX) return std::nullopt;
      pieces.starts.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
  if (i == size) return std::nullopt;
  pieces.close = i;
  for (std::size_t k = 0; k < pieces.starts.size(); ++k) {
    const std::size_t end = k + 1 < pieces.starts.size() ? pieces.starts[k + 1] - 1 : pieces.close;
    if (pieces.starts[k] >= end) return std::nullopt;  // an empty element: a syntax error, said by the whole parse
  }
  if (pieces.elements() <= per_piece) return std::nullopt;
  return pieces;
}

class FileParser {
 public:
  FileParser(const SourceFile& file, BuildContext& context, ParseStats& stats, ParsePool* pool, std::size_t piece_elements)
      : file_(file), context_(context), stats_(stats), pool_(pool), piece_elements_(piece_elements) {}

  void run() {
    if (auto bad = invalid_utf8_offset(file_.text)) {
      auto where = location_of_offset(file_.name, file_.text, *bad);
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned char>(file_.text[*bad]));
      context_.report(Severity::Error, where, std::string("invalid UTF-8 byte ") + buffer + " (is this a text file?)");
      return;
    }
    antlr::CaseInsensitiveStream stream(file_.text);
    antlr::PostgresScanner scanner(&stream);
    context_.begin_file(file_.name, &stream, &file_.text);

    // Tokens are read as the statements need them and each statement is parsed on a stream of
    // its own tokens, freed once it is built: a dump's tokens are never all in memory at once.
    std::vector<std::unique_ptr<antlr4::Token>> owned;
    std::vector<antlr4::Token*> statement;
    int depth = 0, atomic = 0, case_depth = 0;
    NestingGuard nesting;
    // `end`: the semicolon, or the end of the file (errors at the end are reported where it is).
    auto finish_statement = [&](std::unique_ptr<antlr4::Token> end) {
      // Read whole after all: its tokens as the scanner gave them.
      if (nesting.too_deep() || depth > 0) stash_.restore(owned, statement);
      if (!statement.empty() && !nesting.too_deep() && depth > 0) {
        // Parentheses still open at the end of the input: a syntax error at its end, said without
        // the parser, whose error recovery takes time quadratic in the depth.
        build_pending(0);
        FirstError at_end;
        at_end.line = std::numeric_limits<size_t>::max();
        report_syntax_error(statement, at_end, statement_kind(statement));
      } else if (!statement.empty() && !nesting.too_deep()) {
        owned.push_back(std::move(end));
        parse_statement(std::move(owned), statement);
      }
      if (nesting.too_deep()) {
        build_pending(0);
        report_too_deep(nesting.where());
      }
      owned.clear();
      statement.clear();
      stash_.reset();
      nesting = {};
    };
    std::unique_ptr<antlr4::Token> end_of_file;
    ValueListFolder folder;
    OperatorChainFolder chains;
    while (true) {
      auto token = scanner.nextToken();
      if (scanner.first_error() || scanner.unterminated_dollar_quote() || scanner.unterminated_comment()) break;
      if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) {
        scanner.recycle(std::move(token));
        continue;
      }
      const size_t type = token->getType();
      if (type == antlr4::Token::EOF) {
        end_of_file = std::move(token);
        break;
      }
      if (type == PostgresLexer::SEMI && depth == 0 && atomic == 0) {
        const bool data_follows = is_copy_from_stdin(statement);
        finish_statement(std::move(token));
        if (data_follows) scanner.skip_copy_data();
        continue;
      }
      if (type == PostgresLexer::LPAREN || type == PostgresLexer::LBRACKET) ++depth;
      if ((type == PostgresLexer::RPAREN || type == PostgresLexer::RBRACKET) && depth > 0) --depth;
      if (type == PostgresLexer::ATOMIC && !statement.empty() && statement.back()->getType() == PostgresLexer::BEGIN_P) ++atomic;
      if (atomic > 0 && type == PostgresLexer::CASE) ++case_depth;
      if (atomic > 0 && type == PostgresLexer::END) {
        if (case_depth > 0) --case_depth; else --atomic;
      }
      chains.fold_before(token.get(), statement, owned, depth);
      if (folder.folds(token.get(), statement, depth)) {
        // The comma before it and the constant itself now belong to the token before the comma.
        statement.pop_back();
        owned.pop_back();
        continue;
      }
      nesting.see(token.get(), depth);
      statement.push_back(token.get());
      owned.push_back(std::move(token));
      stash_.see(owned, statement, depth, nesting.too_deep());
    }
    build_pending(0);  // diagnostics stay in input order
    if (const auto& error = scanner.first_error()) {
      FirstError first;
      first.seen = true;
      first.line = error->line;
      first.column = error->column;
      report_lexer_error(first);
      return;
    }
    if (const auto& open = scanner.unterminated_dollar_quote()) {
      context_.report(Severity::Error, {file_.name, static_cast<int>(open->line), static_cast<int>(open->column)},
                      "unterminated dollar-quoted string");
      return;
    }
    if (const auto& open = scanner.unterminated_comment()) {
      context_.report(Severity::Error, {file_.name, static_cast<int>(open->line), static_cast<int>(open->column)},
                      "unterminated /* comment (comments nest: every /* needs its */)");
      return;
    }
    finish_statement(std::move(end_of_file));
    build_pending(0);
  }

 private:
  // A statement on its own token stream, parsed on a pool thread, built on this one.
  struct ParsedStatement {
    std::unique_ptr<antlr4::ListTokenSource> source;
    std::unique_ptr<antlr::StatementTokenStream> tokens;
    std::unique_ptr<ErrorCollector> errors;
    std::unique_ptr<PostgresParser> parser;  // owns the tree; destroyed before the tokens
    std::vector<antlr4::Token*> statement;   // without its semicolon
    PostgresParser::OneStatementContext* tree = nullptr;
    bool fell_back = false;  // SLL failed, LL parsed it
  };

  // Statements go to the pool in batches: one task per statement costs more in hand-offs than
  // a small statement takes to parse. Batches parsed ahead of the one being built, at most this
  // many per pool thread: enough to keep the threads busy, few enough that a dump's trees are
  // never all in memory at once.
  static constexpr std::size_t kBatchStatements = 64;
  static constexpr std::size_t kBatchesAheadPerThread = 2;
  struct Batch {
    std::vector<std::unique_ptr<ParsedStatement>> statements;
    std::future<void> parsed;
  };

  const SourceFile& file_;
  BuildContext& context_;
  ParseStats& stats_;
  ParsePool* pool_;  // none: each statement is parsed where it is built
  std::size_t piece_elements_;  // ParseOptions::table_piece_elements
  TokenStash stash_{piece_elements_};  // of the statement being read
  std::shared_ptr<Batch> filling_;
  std::deque<std::shared_ptr<Batch>> pending_;

  void submit_filling() {
    if (!filling_ || filling_->statements.empty()) return;
    auto batch = std::move(filling_);
    filling_.reset();
    batch->parsed = pool_->submit([batch = batch.get()] {
      for (auto& statement : batch->statements) parse_tree(*statement);
    });
    pending_.push_back(std::move(batch));
  }

  // Builds the oldest parsed batches until at most `keep` wait (none: every statement so far).
  void build_pending(std::size_t keep) {
    if (keep == 0) submit_filling();
    while (pending_.size() > keep) {
      auto next = std::move(pending_.front());
      pending_.pop_front();
      next->parsed.get();  // an exception of the parse passes through here
      for (auto& statement : next->statements) build_parsed(*statement);
      // Trees are freed on a pool thread, off the building thread's path.
      pool_->submit([done = std::move(next)]() mutable { done.reset(); });
    }
  }

  void report_too_deep(const antlr4::Token* token) {
    context_.report(Severity::Error,
                    {file_.name, static_cast<int>(token->getLine()), static_cast<int>(token->getCharPositionInLine()) + 1},
                    "statement nested too deeply (more than " + std::to_string(NestingGuard::kLimit) +
                        " levels of parentheses, CASE or operators; PostgreSQL refuses it too)");
  }

  void report_lexer_error(const FirstError& error) {
    model::SourceLocation where{file_.name, static_cast<int>(error.line), static_cast<int>(error.column) + 1};
    std::string line = context_.context_line(where.line);
    // The offending character is the one at the reported column (code points).
    std::string what = "unexpected character";
    size_t byte = 0;
    for (int column = 1; byte < line.size() && column < where.column; ++byte) {
      if ((static_cast<unsigned char>(line[byte]) & 0xC0) != 0x80) ++column;
    }
    char c = byte < line.size() ? line[byte] : '\0';
    if (c == '\'') what = "unterminated quoted string";
    else if (c == '"') what = "unterminated quoted identifier";
    else if (static_cast<unsigned char>(c) < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned char>(c));
      what = std::string("unexpected control character ") + buffer;
    } else {
      // The whole character, all its bytes (format() escapes what is not printable).
      size_t end = byte + 1;
      while (end < line.size() && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) ++end;
      what += " '" + line.substr(byte, end - byte) + "'";
    }
    context_.report(Severity::Error, where, what);
  }

  // `owned`: the statement's tokens and its semicolon or the end of file; `statement`: the same without it;
  // `stash_`: those of a long CREATE TABLE list packed as they were read (put back unless it is read in pieces).
  void parse_statement(std::vector<std::unique_ptr<antlr4::Token>> owned, std::vector<antlr4::Token*>& statement) {
    stats_.largest_statement_tokens = std::max(stats_.largest_statement_tokens, statement.size() + stash_.size());
    StatementTokens tokens(owned, statement, stash_);
    if (const auto pieces = table_pieces(tokens, piece_elements_)) {
      build_pending(0);  // what comes before it is built first
      if (parse_in_pieces(tokens, *pieces)) return;
    }
    stash_.restore(owned, statement);
    auto parsed = std::make_unique<ParsedStatement>();
    parsed->source = std::make_unique<antlr4::ListTokenSource>(std::move(owned));
    parsed->statement = statement;
    ParsedStatement* job = parsed.get();
    if (!pool_) {
      parse_tree(*job);
      build_parsed(*job);
      return;
    }
    if (!filling_) filling_ = std::make_shared<Batch>();
    filling_->statements.push_back(std::move(parsed));
    if (filling_->statements.size() < kBatchStatements) return;
    submit_filling();
    build_pending(kBatchesAheadPerThread * pool_->threads());
  }

  // A CREATE TABLE whose element list is huge, read in pieces: each piece is the statement's
  // head (through the list's opening parenthesis), a run of its elements and its tail (from the
  // closing parenthesis, the semicolon included), on tokens of their own. Each piece is parsed
  // once to check that every one parses (else the whole statement is parsed as one, so a syntax
  // error is reported as it always is), then again to be built; a piece's tree is freed before
  // the next is parsed, and so are its elements' tokens once it is built. False: the statement
  // is not one that can be read so, and nothing was built.
  bool parse_in_pieces(StatementTokens& statement, const TablePieces& pieces) {
    bool fell_back = false;
    for (std::size_t k = 0; k < pieces.count(); ++k) {
      auto job = make_piece(statement, pieces, k, false);
      parse_tree(*job, k == 0);
      if (job->errors->first.seen || !job->tree) return false;
      if (k == 0 && !CreateTableBuilder::in_pieces(job->tree->statement())) return false;
      fell_back = fell_back || job->fell_back;
    }
    ++stats_.statements;
    ++stats_.tables_in_pieces;
    if (fell_back) ++stats_.ll_fallbacks;
    context_.held_names().next_statement();  // as build_statement does for every statement
    CreateTableBuilder builder(context_);
    builder.expect_columns(pieces.count() == 0 ? 0 : pieces.elements());
    for (std::size_t k = 0; k < pieces.count(); ++k) {
      auto job = make_piece(statement, pieces, k, true);
      parse_tree(*job);
      auto* create = job->tree ? CreateTableBuilder::in_pieces(job->tree->statement()) : nullptr;
      if (!create) break;  // it parsed a moment ago: the same tokens parse the same way
      const auto building = std::chrono::steady_clock::now();
      const bool more = (k > 0 || builder.begin(create)) && builder.add(create);
      if (more && k + 1 == pieces.count()) builder.finish(create);
      stats_.build_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - building).count();
      if (!more) break;
    }
    return true;
  }

  // Piece `k`'s tokens: copies of the head's and the tail's, and of its elements' (`take`: its
  // elements' own, so they are freed with the piece).
  static std::unique_ptr<ParsedStatement> make_piece(StatementTokens& statement, const TablePieces& pieces, std::size_t k, bool take) {
    std::vector<std::unique_ptr<antlr4::Token>> tokens;
    const auto [first, last] = pieces.piece(k);
    tokens.reserve(pieces.open + 1 + (last - first) + (statement.with_end() - pieces.close));
    auto job = std::make_unique<ParsedStatement>();
    auto add = [&](std::unique_ptr<antlr4::Token> token) {
      job->statement.push_back(token.get());
      tokens.push_back(std::move(token));
    };
    for (std::size_t i = 0; i <= pieces.open; ++i) add(statement.copy(i));
    for (std::size_t i = first; i < last; ++i) add(take ? statement.take(i) : statement.copy(i));
    for (std::size_t i = pieces.close; i < statement.with_end(); ++i) add(statement.copy(i));
    job->statement.pop_back();  // the semicolon or the end of the file
    job->source = std::make_unique<antlr4::ListTokenSource>(std::move(tokens));
    return job;
  }

  // SLL first, with bail-out on the first error; LL with full error reporting only if that fails.
  // Without `tree`, the parse only says whether the statement parses.
  static void parse_tree(ParsedStatement& job, bool tree = true) {
    job.tokens = std::make_unique<antlr::StatementTokenStream>(job.source.get());
    job.errors = std::make_unique<ErrorCollector>();
    job.parser = std::make_unique<PostgresParser>(job.tokens.get());
    auto& parser = *job.parser;
    parser.setBuildParseTree(tree);
    parser.removeErrorListeners();
    parser.addErrorListener(job.errors.get());
    auto* interpreter = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();
    auto start_at = [&] {
      parser.reset();
      job.tokens->seek(0);
      job.errors->first = {};
    };
    start_at();
    interpreter->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    try {
      job.tree = parser.oneStatement();
    } catch (const antlr4::ParseCancellationException&) {
      job.fell_back = true;
      start_at();
      interpreter->setPredictionMode(antlr4::atn::PredictionMode::LL);
      parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
      job.tree = parser.oneStatement();
    }
  }

  void build_parsed(ParsedStatement& job) {
    ++stats_.statements;
    if (job.fell_back) ++stats_.ll_fallbacks;
    const auto& statement = job.statement;
    if (!job.errors->first.seen && job.tree) {
      const auto building = std::chrono::steady_clock::now();
      build_statement(job.tree->statement(), context_);
      stats_.build_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - building).count();
      return;
    }
    const std::string kind = statement_kind(statement);
    const bool unbalanced = job.errors->first.message.find("missing ')'") != std::string::npos;
    if (!is_modeled_kind(kind) && is_sql_command(ascii_upper(statement.front()->getText())) && !unbalanced) {
      auto* last = statement.back();
      std::string text = file_.text.size() ? file_text(statement.front(), last) : "";
      context_.unmanaged(kind, text, context_.location(statement.front()));
      return;
    }
    report_syntax_error(statement, job.errors->first, kind);
  }

  std::string file_text(antlr4::Token* first, antlr4::Token* last) {
    antlr4::CharStream* stream = first->getInputStream();
    return stream->getText(antlr4::misc::Interval(first->getStartIndex(), last->getStopIndex()));
  }

  void report_syntax_error(const std::vector<antlr4::Token*>& statement, const FirstError& error, const std::string& kind) {
    // The offending token: the first token at or after the reported position.
    antlr4::Token* offending = nullptr;
    for (auto* token : statement) {
      if (token->getLine() > error.line ||
          (token->getLine() == error.line && token->getCharPositionInLine() >= error.column)) {
        offending = token;
        break;
      }
    }
    std::string message;
    if (!is_sql_command(ascii_upper(statement.front()->getText()))) {
      offending = statement.front();
      message = "syntax error: " + describe_token(offending) + " does not start an SQL statement";
    } else if (!offending) {
      offending = statement.back();
      message = "syntax error at end of " + kind + " statement (is it truncated?)";
    } else {
      message = "syntax error at or near " + describe_token(offending) + " in " + kind + " statement";
    }
    context_.report(Severity::Error, context_.location(offending), message);
  }
};

}  // namespace

bool ParseResult::has_errors() const {
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::Error) return true;
  }
  return false;
}

std::string format(const Diagnostic& d) {
  const char* severity = d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note";
  // File names, messages and source lines may hold control characters: shown escaped.
  std::string text = model::printable(d.location.file) + ":" + std::to_string(d.location.line) + ":" +
                     std::to_string(d.location.column) + ": " + severity + ": " + model::printable(d.message);
  if (!d.context.empty()) {
    // Code points of the line, so the caret lands under the column; a long line is shown as a
    // window around it.
    std::vector<std::string> characters;
    for (size_t i = 0; i < d.context.size();) {
      size_t length = 1;
      while (i + length < d.context.size() && (static_cast<unsigned char>(d.context[i + length]) & 0xC0) == 0x80) ++length;
      characters.push_back(d.context.substr(i, length));
      i += length;
    }
    constexpr int kWindow = 60;
    const int at = std::max(0, d.location.column - 1);
    const int from = std::max(0, at - kWindow);
    const int to = std::min(static_cast<int>(characters.size()), at + kWindow);
    std::string line = from > 0 ? "..." : "", caret = from > 0 ? "   " : "";
    for (int i = from; i < to; ++i) {
      const std::string shown = characters[i] == "\t" ? characters[i] : model::printable(characters[i]);
      line += shown;
      if (i < at) caret += characters[i] == "\t" ? std::string("\t") : std::string(shown.size() == characters[i].size() ? 1 : shown.size(), ' ');
    }
    if (to < static_cast<int>(characters.size())) line += "...";
    text += "\n    " + line + "\n    " + caret + "^";
  }
  return text;
}

ParseResult parse(const Source& source, const ParseOptions& options) {
  ParseResult result;
  using Clock = std::chrono::steady_clock;
  auto work = [&] {
    const auto started = Clock::now();
    result.catalog = model::empty_database_catalog();
    BuildContext context(result.catalog, result.diagnostics, options);
    std::shared_ptr<ParsePool> pool = options.pool;
    const unsigned jobs = options.jobs == 0 ? ParsePool::default_threads() : options.jobs;
    if (!pool && jobs > 1) pool = std::make_shared<ParsePool>(jobs);
    for (const auto& file : source.files) {
      result.stats.bytes += file.text.size();
      FileParser(file, context, result.stats, pool.get(), options.table_piece_elements).run();
    }
    const auto finishing = Clock::now();
    // Statements were built as they were parsed: what is not building is lexing and parsing.
    result.stats.lex_parse_seconds = std::chrono::duration<double>(finishing - started).count() - result.stats.build_seconds;
    if (!result.has_errors()) finish_catalog(result.catalog, result.diagnostics);
    result.stats.build_seconds += std::chrono::duration<double>(Clock::now() - finishing).count();
  };
  run_with_large_stack(work);
  return result;
}

}  // namespace schemadelta::parser

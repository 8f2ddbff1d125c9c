#pragma once
// The expression normalizer's reader, private to parser/: a precedence-climbing parser over the
// statement's tokens that writes canonical text. expression_normalizer.cpp holds the core
// (precedence, the flat fallback, the public functions); each family of expression is read in a
// file of its own: expression_normalizer_names.cpp (names, types, casts), _predicates.cpp
// (IS, LIKE, BETWEEN, IN), _terms.cpp (literals, arrays, CASE, calls), _queries.cpp (view
// queries).
#include <cstdint>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "parser/expression_normalizer.h"
#include "parser/sql_text.h"
#include "parser/sql_token.h"

namespace schemadelta::parser::normalizing {

// Literal helpers (expression_normalizer_terms.cpp).
bool is_numeric_text(const std::string& text);
// A timestamptz literal's value in UTC, as PostgreSQL stores it: "2024-01-01 00:00:00+00".
std::string utc_timestamp(const std::string& value);

struct Failure : std::runtime_error {
  Failure() : std::runtime_error("expression shape not understood") {}
};

// Precedence levels, loosest first (PostgreSQL's operator precedence table).
enum Level : int {
  kOr = 1, kAnd, kNot, kIs, kComparison, kLikeIn, kOtherOperator, kAdditive, kMultiplicative,
  kExponent, kAtTimeZone, kCollate, kUnary, kPostfix, kAtom
};

struct Node {
  std::string text;
  int level = kAtom;
  bool literal = false;       // a constant whose cast pg_dump adds or drops freely
  bool column = false;        // a bare (possibly qualified) column reference
  std::string name;           // the output column name PostgreSQL would give it (FigureColname)
};

class Normalizer {
 public:
  Normalizer(const SqlTokens& tokens, const NormalizerHooks& hooks, std::vector<NameReference>& refs)
      : tokens_(tokens), hooks_(hooks), refs_(refs) {}

  std::string run();

 private:
  // Notes a name the expression mentions (once, however often it is written).
  void refer(NameReference::Kind kind, std::vector<std::string> parts);
  // Forgets the names noted since `mark` (a reading that failed, to be read again another way).
  void forget_references(size_t mark);

  const SqlTokens& tokens_;
  const NormalizerHooks& hooks_;
  std::vector<NameReference>& refs_;
  // What refs_ holds, to keep each name once: `a + a + ...` names `a` once per term.
  std::set<std::pair<NameReference::Kind, std::vector<std::string>>> referred_;
  size_t pos_ = 0;
  // The opening tokens' indexes, in order, with the index past their group (0: not closed).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> groups_;
  bool groups_built_ = false;
  struct FromRelation {
    std::string alias;                 // the name its columns are qualified with
    std::vector<std::string> columns;  // empty when not known
  };
  std::vector<FromRelation> from_;     // the relations of the query being read, for its bare columns
  bool merged_columns_ = false;        // a join USING or NATURAL: * is not a plain list of columns
  bool partition_bound_ = false;       // reading FOR VALUES ...

  std::optional<TokenView> peek(size_t ahead = 0) const {
    if (pos_ + ahead < tokens_.size()) return tokens_[pos_ + ahead];
    return std::nullopt;
  }
  bool peek_word(const char* word, size_t ahead = 0) const {
    const auto t = peek(ahead);
    return t && t->kind == TokenKind::Word && ascii_lower(t->text) == word;
  }
  bool peek_kind(TokenKind kind, size_t ahead = 0) const {
    const auto t = peek(ahead);
    return t && t->kind == kind;
  }
  void expect(TokenKind kind) {
    if (!peek_kind(kind)) throw Failure();
    ++pos_;
  }
  void expect_word(const char* word) {
    if (!peek_word(word)) throw Failure();
    ++pos_;
  }


  static std::string wrap(const Node& node, int needed) {
    return node.level < needed ? "(" + node.text + ")" : node.text;
  }

  // The text of `node` (parenthesized when it binds looser than `needed`), taken to be extended
  // in place. An operator's left operand is never copied: each step of a + b + c + ... would
  // copy all the terms before it, quadratic in the length of the chain.
  static std::string take(Node&& node, int needed) {
    std::string text = std::move(node.text);
    if (node.level < needed) {
      text.insert(text.begin(), '(');
      text += ')';
    }
    return text;
  }

  // `into` + `piece`, in piece's buffer when it is the longer one and has room for both: a list
  // of a million values is one piece, and appending it copied it whole.
  static void append_text(std::string& into, std::string&& piece) {
    if (piece.size() > into.size() && piece.capacity() >= into.size() + piece.size()) {
      piece.insert(0, into);
      into = std::move(piece);
    } else {
      into += piece;
    }
  }

  static void append(std::string& text, const Node& node, int needed) {
    if (node.level < needed) text += '(';
    text += node.text;
    if (node.level < needed) text += ')';
  }

  // Index just past the group that opens at `open` (a paren or bracket), matched once for all
  // groups: scanning to the end of each group again would cost the length times the depth.
  size_t group_end(size_t open);

  // ---------------------------------------------------------------- names and types

  std::string name_part(TokenView token) const;

  bool at_name() const;

  std::vector<std::string> read_name_chain();

  static std::string chain_text(const std::vector<std::string>& parts);

  // A type name after `::` or in CAST(x AS type), as canonical text.
  std::string read_type();

  // ---------------------------------------------------------------- expressions

  Node parse(int min_level);

  // `left op right`, left-associative: the right operand is parenthesized at its own level.
  static Node binary(Node&& left, int level, const std::string& op, const Node& right);
  static Node binary(Node&& left, int level, const std::string& op, Node&& right);

  static int binary_level(const std::string& op);

  Node apply_cast(Node&& operand, const std::string& type);

  Node parse_is(Node&& left);

  Node parse_predicate(Node&& left, const std::string& op, bool negated);

  // PostgreSQL stores no BETWEEN: parse analysis (transformAExprBetween) turns it into the
  // comparisons pg_dump prints, `a >= b AND a <= c`; NOT BETWEEN into `a < b OR a > c`;
  // SYMMETRIC into both orders, OR-ed (NOT: AND-ed).
  Node parse_between(Node&& operand, bool negated);

  // IN over a list of constants is stored as `x = ANY (ARRAY[...])` (NOT IN: `x <> ALL`), one
  // constant as `x = c` (transformAExprIn); a list with other expressions stays IN here.
  Node parse_in(Node&& left, bool negated);

  // "(a, b, c)" with each element normalized, or a subquery kept flat.
  std::string parse_parenthesized_list();

  Node parse_prefix();

  static std::string string_text(TokenView token);

  Node parse_word();

  std::string parse_array_items(bool& constants);

  Node parse_case();

  Node parse_name();

  Node parse_call(std::vector<std::string> parts);

  // The arguments of JSON_OBJECT, JSON_ARRAY, JSON_OBJECTAGG and JSON_ARRAYAGG (PG 16), from
  // after the opening parenthesis to before the closing one, as the server prints them back:
  // key : value, ORDER BY, the clauses that are not the defaults (ON NULL, WITH UNIQUE KEYS,
  // RETURNING other than json).
  std::string parse_json_constructor_args(const std::string& name);

  // 'seq' -> 'schema.seq', resolved the way nextval() resolves its regclass argument.
  std::string qualified_sequence_literal(const std::string& literal);

  // ---------------------------------------------------------------- view queries

  // A view's query as pg_get_viewdef prints it, for the shapes it can be sure of: SELECT
  // [DISTINCT] items FROM one relation (schema-qualified, its alias kept), WHERE, GROUP BY,
  // HAVING, ORDER BY, LIMIT, OFFSET. Bare columns are qualified with the relation's alias or
  // name; GROUP BY and ORDER BY positions become the items they point at; an item is named
  // `AS x` unless it is a column of that name. Anything else (joins, subqueries in FROM,
  // SELECT *, set operations) is not understood here and compared flat.
  std::string parse_select();

  // `*`, or `name.*` naming one of the relations.
  bool star_at(size_t at) const;

  // The relation a bare column belongs to: the only one, or the only one known to have it.
  std::string owner_of(const std::string& column) const;

  static bool is_clause_word(const std::string& word);
  bool at_clause_word() const { return peek_kind(TokenKind::Word) && is_clause_word(ascii_lower(peek()->text)); }

  // FROM as pg_get_viewdef prints it: relations schema-qualified with their aliases (when they
  // differ from the name), separated by commas; joins as `a JOIN b ON cond`, LEFT/RIGHT/FULL
  // without OUTER, INNER as plain JOIN. The parentheses PostgreSQL puts around each join go on
  // the left (joins nest to the left as written); a join nested on the right keeps them.
  std::string read_from_list();

  std::string read_join_tree();

  // A relation with its alias, or a parenthesized join (kept in parentheses on a join's right).
  std::string read_from_item(bool right_of_join);

  static std::string bound_value(TokenView token);

  // ---------------------------------------------------------------- flat form

  std::string flat(size_t begin, size_t end);
};

}  // namespace schemadelta::parser::normalizing

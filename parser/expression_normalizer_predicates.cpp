// The expression normalizer reads predicates: IS, LIKE and the other named operators, BETWEEN, IN.
// One family of the Normalizer (expression_normalizer_impl.h).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <stdexcept>

#include "parser/expression_normalizer_impl.h"
#include "parser/sql_text.h"
#include "parser/type_names.h"
#include "sql/quoting.h"

namespace schemadelta::parser::normalizing {

Node Normalizer::parse_is(Node&& left) {
  std::string w = ascii_lower(peek()->text);
  ++pos_;
  std::string text = take(std::move(left), kIs + 1);
  if (w == "isnull") return Node{text + " is null", kIs};
  if (w == "notnull") return Node{text + " is not null", kIs};
  text += " is";
  if (peek_word("not")) { text += " not"; ++pos_; }
  if (peek_word("distinct")) {
    pos_ += 1;
    expect_word("from");
    Node right = parse(kIs + 1);
    text += " distinct from ";
    append(text, right, kIs + 1);
    return Node{std::move(text), kIs};
  }
  if (!peek_kind(TokenKind::Word)) throw Failure();
  if (peek_word("json")) {
    // PG 16: IS JSON [VALUE | SCALAR | ARRAY | OBJECT] [WITH | WITHOUT UNIQUE [KEYS]], as the
    // server prints it back (VALUE and WITHOUT UNIQUE KEYS are the defaults, left out)
    ++pos_;
    text += " json";
    if (peek_word("scalar") || peek_word("array") || peek_word("object")) text += " " + ascii_lower(peek()->text);
    if (peek_word("value") || peek_word("scalar") || peek_word("array") || peek_word("object")) ++pos_;
    if ((peek_word("with") || peek_word("without")) && peek_word("unique", 1)) {
      if (peek_word("with")) text += " with unique keys";
      pos_ += 2;
      if (peek_word("keys")) ++pos_;
    }
    return Node{std::move(text), kIs};
  }
  text += " " + ascii_lower(peek()->text);
  ++pos_;
  return Node{std::move(text), kIs};
}

Node Normalizer::parse_predicate(Node&& left, const std::string& op, bool negated) {
  if (op == "between") return parse_between(std::move(left), negated);
  if (op == "in") return parse_in(std::move(left), negated);
  // LIKE family: printed as the operator pg_dump prints.
  if (op == "similar") expect_word("to");
  Node right = parse(kOtherOperator + 1);
  std::string symbol = op == "like" ? "~~" : op == "ilike" ? "~~*" : "similar to";
  if (negated && op != "similar") symbol = "!" + symbol;
  std::string text = take(std::move(left), kOtherOperator);
  text += std::string(" ") + (negated && op == "similar" ? "not " : "") + symbol + " ";
  append(text, right, kOtherOperator + 1);
  if (peek_word("escape")) {
    ++pos_;
    Node escape = parse(kOtherOperator + 1);
    text += " escape " + escape.text;
  }
  return Node{std::move(text), kOtherOperator};
}

// PostgreSQL stores no BETWEEN: parse analysis (transformAExprBetween) turns it into the
// comparisons pg_dump prints, `a >= b AND a <= c`; NOT BETWEEN into `a < b OR a > c`;
// SYMMETRIC into both orders, OR-ed (NOT: AND-ed).
Node Normalizer::parse_between(Node&& operand, bool negated) {
  bool symmetric = false;
  if (peek_word("symmetric") || peek_word("asymmetric")) { symmetric = peek_word("symmetric"); ++pos_; }
  Node low = parse(kOtherOperator);
  expect_word("and");
  Node high = parse(kOtherOperator);
  auto compare = [&](const Node& left, const char* op, const Node& right) { return binary(Node(left), kComparison, op, right); };
  const char *above = negated ? "<" : ">=", *below = negated ? ">" : "<=";
  const int inner = negated ? kOr : kAnd;
  const std::string inner_word = negated ? "or" : "and";
  Node range = binary(compare(operand, above, low), inner, inner_word, compare(operand, below, high));
  if (!symmetric) return range;
  Node reversed = binary(compare(operand, above, high), inner, inner_word, compare(operand, below, low));
  return binary(std::move(range), negated ? kAnd : kOr, negated ? "and" : "or", reversed);
}

// IN over a list of constants is stored as `x = ANY (ARRAY[...])` (NOT IN: `x <> ALL`), one
// constant as `x = c` (transformAExprIn); a list with other expressions stays IN here.
Node Normalizer::parse_in(Node&& left, bool negated) {
  if (!peek_kind(TokenKind::LParen)) throw Failure();
  if (peek_word("select", 1) || peek_word("with", 1) || peek_word("values", 1)) {
    std::string text = take(std::move(left), kLikeIn + 1);
    return Node{text + (negated ? " not in " : " in ") + parse_parenthesized_list(), kLikeIn};
  }
  const size_t end = group_end(pos_);
  ++pos_;
  // The items joined as they are read: a list of a million values keeps no node per value.
  std::string items;
  Node first;
  size_t count = 0;
  bool constants = true;
  while (true) {
    Node item = parse(0);
    constants = constants && item.literal;
    if (count++ != 0) items += ", ";
    if (count == 1) {
      items += item.text;
      first = std::move(item);
    } else {
      append_text(items, std::move(item.text));
    }
    if (peek_kind(TokenKind::Comma)) { ++pos_; continue; }
    break;
  }
  if (pos_ + 1 != end) throw Failure();
  expect(TokenKind::RParen);
  if (!constants) {
    std::string text = take(std::move(left), kLikeIn + 1) + (negated ? " not in (" : " in (");
    append_text(text, std::move(items));
    text += ')';
    return Node{std::move(text), kLikeIn};
  }
  const char* op = negated ? "<>" : "=";
  if (count == 1) return binary(std::move(left), kComparison, op, first);
  std::string array = negated ? "all(array[" : "any(array[";
  append_text(array, std::move(items));
  array += "])";
  return binary(std::move(left), kComparison, op, Node{std::move(array), kAtom});
}

// "(a, b, c)" with each element normalized, or a subquery kept flat.
std::string Normalizer::parse_parenthesized_list() {
  size_t end = group_end(pos_);
  if (peek_word("select", 1) || peek_word("with", 1) || peek_word("values", 1)) {
    std::string text = "(" + flat(pos_ + 1, end - 1) + ")";
    pos_ = end;
    return text;
  }
  expect(TokenKind::LParen);
  std::string text = "(";
  if (!peek_kind(TokenKind::RParen)) {
    while (true) {
      text += parse(0).text;
      if (peek_kind(TokenKind::Comma)) { text += ", "; ++pos_; continue; }
      break;
    }
  }
  expect(TokenKind::RParen);
  return text + ")";
}

}  // namespace schemadelta::parser::normalizing

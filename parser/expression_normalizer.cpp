#include "parser/expression_normalizer.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <stdexcept>

#include "parser/expression_normalizer_impl.h"
#include "parser/sql_text.h"
#include "parser/type_names.h"
#include "sql/quoting.h"

namespace schemadelta::parser {

namespace normalizing {

void Normalizer::refer(NameReference::Kind kind, std::vector<std::string> parts) {
  if (!referred_.emplace(kind, parts).second) return;
  refs_.push_back({kind, std::move(parts)});
}

void Normalizer::forget_references(size_t mark) {
  for (size_t i = mark; i < refs_.size(); ++i) referred_.erase({refs_[i].kind, refs_[i].parts});
  refs_.resize(mark);
}

std::string Normalizer::run() {
  size_t reference_mark = refs_.size();
  try {
    pos_ = 0;
    if (tokens_.empty()) return {};
    if (peek_word("select")) return parse_select();
    if (peek_word("for") && peek_word("values", 1)) {
      // A partition bound: each value is coerced to the key's type (transformPartitionBoundValue),
      // so '10' and 10 are one constant for any key type; only the number's own spelling is
      // unquoted ('007' is not 7 for a text key).
      partition_bound_ = true;
      std::string text = flat(0, tokens_.size());
      partition_bound_ = false;
      return text;
    }
    Node node = parse(0);
    if (pos_ != tokens_.size()) throw Failure();
    return std::move(node.text);
  } catch (const Failure&) {
    forget_references(reference_mark);
    from_.clear();
    return flat(0, tokens_.size());
  }
}

// Index just past the group that opens at `open` (a paren or bracket), matched once for all
// groups: scanning to the end of each group again would cost the length times the depth. Only
// the opening tokens are kept, in order, with their ends (an index per token was 8 bytes for
// each of a long list's millions of tokens).
size_t Normalizer::group_end(size_t open) {
  if (!groups_built_) {
    groups_built_ = true;
    std::vector<size_t> open_groups;  // into groups_
    for (size_t i = 0; i < tokens_.size(); ++i) {
      auto k = tokens_[i].kind;
      if (k == TokenKind::LParen || k == TokenKind::LBracket) {
        open_groups.push_back(groups_.size());
        groups_.push_back({static_cast<std::uint32_t>(i), 0});
      }
      if ((k == TokenKind::RParen || k == TokenKind::RBracket) && !open_groups.empty()) {
        groups_[open_groups.back()].second = static_cast<std::uint32_t>(i + 1);
        open_groups.pop_back();
      }
    }
    groups_.shrink_to_fit();
  }
  auto group = std::lower_bound(groups_.begin(), groups_.end(), open, [](const auto& g, size_t at) { return g.first < at; });
  if (group == groups_.end() || group->first != open || group->second == 0) throw Failure();
  return group->second;
}

Node Normalizer::parse(int min_level) {
  Node left = parse_prefix();
  while (true) {
    const auto t = peek();
    if (!t) break;
    if (t->kind == TokenKind::DoubleColon) {
      ++pos_;
      left = apply_cast(std::move(left), read_type());
      continue;
    }
    if (t->kind == TokenKind::LBracket) {
      size_t end = group_end(pos_);
      std::string inner = flat(pos_ + 1, end - 1);
      pos_ = end;
      std::string text = take(std::move(left), kPostfix);
      text += '[';
      text += inner;
      text += ']';
      left = Node{std::move(text), kPostfix};
      continue;
    }
    if (t->kind == TokenKind::Word) {
      std::string w = ascii_lower(t->text);
      if (w == "or" || w == "and") {
        int level = w == "or" ? kOr : kAnd;
        if (level < min_level) break;
        ++pos_;
        Node right = parse(level + 1);
        left = binary(std::move(left), level, w, right);
        continue;
      }
      if (w == "is" || w == "isnull" || w == "notnull") {
        if (kIs < min_level) break;
        left = parse_is(std::move(left));
        continue;
      }
      bool negated = w == "not";
      std::string op = negated && peek(1) && peek(1)->kind == TokenKind::Word ? ascii_lower(peek(1)->text) : w;
      if (op == "between" || op == "in" || op == "like" || op == "ilike" || op == "similar") {
        if (kLikeIn < min_level) break;
        pos_ += negated ? 2 : 1;
        left = parse_predicate(std::move(left), op, negated);
        continue;
      }
      if (w == "collate") {
        if (kCollate < min_level) break;
        ++pos_;
        auto parts = read_name_chain();
        if (parts.size() == 1) parts.insert(parts.begin(), "pg_catalog");
        std::string text = take(std::move(left), kCollate);
        text += " collate " + chain_text(parts);
        left = Node{std::move(text), kCollate};
        continue;
      }
      if (w == "at" && peek_word("time", 1) && peek_word("zone", 2)) {
        if (kAtTimeZone < min_level) break;
        pos_ += 3;
        Node right = parse(kAtTimeZone + 1);
        left = binary(std::move(left), kAtTimeZone, "at time zone", right);
        continue;
      }
      break;
    }
    if (t->kind == TokenKind::Operator) {
      std::string op(t->text);
      int level = binary_level(op);
      if (level < min_level) break;
      ++pos_;
      Node right = parse(level + 1);
      left = binary(std::move(left), level, op, right);
      continue;
    }
    break;
  }
  return left;
}

// `left op right`, left-associative: the right operand is parenthesized at its own level.
Node Normalizer::binary(Node&& left, int level, const std::string& op, const Node& right) {
  std::string text = take(std::move(left), level);
  text += ' ';
  text += op;
  text += ' ';
  append(text, right, level + 1);
  return Node{std::move(text), level};
}

Node Normalizer::binary(Node&& left, int level, const std::string& op, Node&& right) {
  if (right.level < level + 1) return binary(std::move(left), level, op, static_cast<const Node&>(right));
  std::string text = take(std::move(left), level);
  text += ' ';
  text += op;
  text += ' ';
  append_text(text, std::move(right.text));
  return Node{std::move(text), level};
}

int Normalizer::binary_level(const std::string& op) {
  if (op == "<" || op == ">" || op == "=" || op == "<=" || op == ">=" || op == "<>" || op == "!=") return kComparison;
  if (op == "+" || op == "-") return kAdditive;
  if (op == "*" || op == "/" || op == "%") return kMultiplicative;
  if (op == "^") return kExponent;
  return kOtherOperator;
}

std::string Normalizer::flat(size_t begin, size_t end) {
  std::string text;
  std::optional<TokenView> previous;
  for (size_t i = begin; i < end; ++i) {
    const TokenView token = tokens_[i];
    std::string piece;
    switch (token.kind) {
      case TokenKind::Word: piece = ascii_lower(token.text); break;
      case TokenKind::QuotedIdentifier: piece = canonical_identifier(fold_identifier(token.text)); break;
      case TokenKind::String: piece = partition_bound_ ? bound_value(token) : string_text(token); break;
      default: piece = token.text;
    }
    if ((token.kind == TokenKind::Word || token.kind == TokenKind::QuotedIdentifier) &&
        !(previous && (previous->kind == TokenKind::Dot))) {
      std::vector<std::string> parts{token.kind == TokenKind::Word ? ascii_lower(token.text) : fold_identifier(token.text)};
      size_t j = i + 1;
      while (j + 1 < end && tokens_[j].kind == TokenKind::Dot &&
             (tokens_[j + 1].kind == TokenKind::Word || tokens_[j + 1].kind == TokenKind::QuotedIdentifier)) {
        parts.push_back(name_part(tokens_[j + 1]));
        j += 2;
      }
      bool call = j < end && tokens_[j].kind == TokenKind::LParen;
      bool cast = previous && previous->kind == TokenKind::DoubleColon;
      refer(call ? NameReference::Kind::Function : cast ? NameReference::Kind::Type : NameReference::Kind::Word, std::move(parts));
    }
    bool glue = !previous || previous->kind == TokenKind::LParen || previous->kind == TokenKind::LBracket ||
                previous->kind == TokenKind::Dot || previous->kind == TokenKind::DoubleColon ||
                token.kind == TokenKind::RParen || token.kind == TokenKind::RBracket ||
                token.kind == TokenKind::Comma || token.kind == TokenKind::Dot ||
                token.kind == TokenKind::DoubleColon || token.kind == TokenKind::Semicolon ||
                (token.kind == TokenKind::LParen && previous &&
                 (previous->kind == TokenKind::Word || previous->kind == TokenKind::QuotedIdentifier)) ||
                (token.kind == TokenKind::LBracket);
    text += (glue ? "" : " ") + piece;
    previous = token;
  }
  return text;
}

}  // namespace normalizing


// A name spelled like a keyword PostgreSQL keeps from names keeps its quotes (sql/keywords.h).
std::string canonical_identifier(const std::string& name) { return sql::quote_identifier(name, /*allow_dollar=*/true); }

NormalizedExpression normalize_expression(const SqlTokens& tokens, const NormalizerHooks& hooks) {
  NormalizedExpression result;
  normalizing::Normalizer normalizer(tokens, hooks, result.references);
  result.canonical = normalizer.run();
  return result;
}

}  // namespace schemadelta::parser

// The expression normalizer reads names and types: qualified names, type names, casts and nextval()
// sequence literals. One family of the Normalizer (expression_normalizer_impl.h).
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

std::string Normalizer::name_part(TokenView token) const {
  return token.kind == TokenKind::QuotedIdentifier ? fold_identifier(token.text) : ascii_lower(token.text);
}

bool Normalizer::at_name() const {
  return peek_kind(TokenKind::Word) || peek_kind(TokenKind::QuotedIdentifier);
}

std::vector<std::string> Normalizer::read_name_chain() {
  std::vector<std::string> parts{name_part(*peek())};
  ++pos_;
  while (peek_kind(TokenKind::Dot) && (peek_kind(TokenKind::Word, 1) || peek_kind(TokenKind::QuotedIdentifier, 1))) {
    parts.push_back(name_part(*peek(1)));
    pos_ += 2;
  }
  return parts;
}

std::string Normalizer::chain_text(const std::vector<std::string>& parts) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : ".") + canonical_identifier(part);
  return text;
}

// A type name after `::` or in CAST(x AS type), as canonical text.
std::string Normalizer::read_type() {
  static const std::set<std::string> continuation{"varying", "precision", "with", "without", "time", "zone"};
  WrittenType written;
  if (!at_name()) throw Failure();
  bool quoted = peek()->kind == TokenKind::QuotedIdentifier;
  std::string first = name_part(*peek());
  if (!quoted && (first == "double" || first == "character" || first == "char" || first == "bit" ||
                  first == "timestamp" || first == "time" || first == "national")) {
    written.multi_word = true;
    written.name_parts.push_back(first);
    ++pos_;
    while (peek_kind(TokenKind::Word) && continuation.count(ascii_lower(peek()->text))) {
      written.name_parts.push_back(ascii_lower(peek()->text));
      ++pos_;
      if (written.name_parts.back() == "precision") break;
    }
  } else {
    written.name_parts = read_name_chain();
    written.quoted = quoted && written.name_parts.size() == 1;
  }
  if (peek_kind(TokenKind::LParen)) {
    size_t end = group_end(pos_);
    for (size_t i = pos_ + 1; i + 1 < end; ++i) {
      if (tokens_[i].kind != TokenKind::Comma) written.modifiers.push_back(ascii_lower(tokens_[i].text));
    }
    pos_ = end;
  }
  while (peek_kind(TokenKind::LBracket)) {
    pos_ = group_end(pos_);
    written.array_dimensions = 1;
  }
  auto canonical = canonical_type(written, [](const std::string&) { return std::string(); });
  if (!canonical.type.is_builtin() || (!written.multi_word && written.name_parts.size() == 2 &&
                                       written.name_parts[0] != "pg_catalog")) {
    refer(NameReference::Kind::Type, written.name_parts);
  }
  std::string text = model::to_string(canonical.type);
  if (!canonical.type.is_builtin()) {
    // canonical_type gave no schema (the resolver is empty): keep the name as written.
    text = chain_text(written.name_parts) + canonical.type.modifiers + (written.array_dimensions ? "[]" : "");
  }
  return text;
}

Node Normalizer::apply_cast(Node&& operand, const std::string& type) {
  static const std::set<std::string> numeric{"integer", "bigint", "smallint", "numeric", "real", "double precision"};
  static const std::set<std::string> textual{"text", "character varying", "bpchar"};
  if (operand.literal) {
    std::string base = type.substr(0, type.find('('));
    if (numeric.count(base) && operand.text.size() > 2 && operand.text.front() == '\'' &&
        is_numeric_text(operand.text.substr(1, operand.text.size() - 2))) {
      return Node{operand.text.substr(1, operand.text.size() - 2), kAtom, true};
    }
    return operand;
  }
  if (operand.column && (textual.count(type) || type.starts_with("character"))) return operand;
  std::string name = operand.name;  // FigureColname: a cast is named after what it casts
  std::string text = take(std::move(operand), kPostfix);
  text += "::";
  text += type;
  return Node{std::move(text), kPostfix, false, false, std::move(name)};
}

// 'seq' -> 'schema.seq', resolved the way nextval() resolves its regclass argument.
std::string Normalizer::qualified_sequence_literal(const std::string& literal) {
  std::string value = decode_string_literal(literal);
  auto tokens = lex_sql(value);
  std::vector<std::string> parts;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i % 2 == 1) {
      if (tokens[i].kind != TokenKind::Dot) return literal;
      continue;
    }
    if (tokens[i].kind != TokenKind::Word && tokens[i].kind != TokenKind::QuotedIdentifier) return literal;
    parts.push_back(name_part(tokens[i]));
  }
  if (parts.empty() || tokens.size() % 2 == 0) return literal;
  refer(NameReference::Kind::Sequence, parts);
  if (parts.size() == 1 && hooks_.relation_schema) parts.insert(parts.begin(), hooks_.relation_schema(parts[0]));
  return sql::quote_literal(chain_text(parts));
}

}  // namespace schemadelta::parser::normalizing

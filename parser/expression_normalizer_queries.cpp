// The expression normalizer reads view queries: SELECT lists, FROM items and joins, * expanded to
// the columns. One family of the Normalizer (expression_normalizer_impl.h).
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

// A view's query as pg_get_viewdef prints it, for the shapes it can be sure of: SELECT
// [DISTINCT] items FROM one relation (schema-qualified, its alias kept), WHERE, GROUP BY,
// HAVING, ORDER BY, LIMIT, OFFSET. Bare columns are qualified with the relation's alias or
// name; GROUP BY and ORDER BY positions become the items they point at; an item is named
// `AS x` unless it is a column of that name. Anything else (joins, subqueries in FROM,
// SELECT *, set operations) is not understood here and compared flat.
std::string Normalizer::parse_select() {
  ++pos_;
  std::string text = "select ";
  if (peek_word("distinct") && !peek_word("on", 1)) { text += "distinct "; ++pos_; }
  else if (peek_word("all")) ++pos_;
  // FROM first: its relation qualifies the columns of every clause.
  const size_t items_at = pos_;
  size_t from_at = items_at;
  while (from_at < tokens_.size() && !(tokens_[from_at].kind == TokenKind::Word && ascii_lower(tokens_[from_at].text) == "from")) {
    auto kind = tokens_[from_at].kind;
    from_at = kind == TokenKind::LParen || kind == TokenKind::LBracket ? group_end(from_at) : from_at + 1;
  }
  if (from_at == tokens_.size()) throw Failure();
  pos_ = from_at + 1;
  std::string from = read_from_list();
  const size_t clauses_at = pos_;
  pos_ = items_at;
  // The items are written into `text` as they are read; each is kept as where it is there (a
  // copy of a million-term item was as long as the text).
  struct Item {
    size_t at = 0, length = 0;
    std::string name;
  };
  std::vector<Item> items;
  auto text_of = [&](const Item& item) { return text.substr(item.at, item.length); };
  while (true) {
    if (star_at(pos_)) {  // `*` or `rel.*`: the relations' columns, as PostgreSQL expands them
      std::string only = peek_kind(TokenKind::Dot, 1) ? name_part(*peek()) : "";
      pos_ += only.empty() ? 1 : 3;
      if (merged_columns_) throw Failure();
      for (const auto& relation : from_) {
        if (!only.empty() && relation.alias != only) continue;
        if (relation.columns.empty()) throw Failure();
        for (const auto& column : relation.columns) {
          refer(NameReference::Kind::Word, {relation.alias, column});
          if (!items.empty()) text += ", ";
          const size_t at = text.size();
          text += canonical_identifier(relation.alias) + "." + canonical_identifier(column);
          items.push_back({at, text.size() - at, column});
        }
      }
      if (peek_kind(TokenKind::Comma)) { ++pos_; continue; }
      break;
    }
    Node item = parse(0);
    std::string name = item.name.empty() ? "?column?" : item.name;
    bool named_by_itself = item.column;
    if (peek_word("as")) { ++pos_; if (!at_name()) throw Failure(); name = name_part(*peek()); ++pos_; named_by_itself = false; }
    else if (at_name() && !peek_word("from")) { name = name_part(*peek()); ++pos_; named_by_itself = false; }
    if (!items.empty()) text += ", ";
    const size_t at = text.size(), length = item.text.size();
    append_text(text, std::move(item.text));
    if (!(item.column && name == item.name)) text += " as " + canonical_identifier(name);
    (void)named_by_itself;
    items.push_back({at, length, name});
    if (peek_kind(TokenKind::Comma)) { ++pos_; continue; }
    break;
  }
  if (pos_ != from_at) throw Failure();
  text += " from ";
  text += from;
  pos_ = clauses_at;
  auto item_at = [&](const Node& node) -> std::string {
    if (!node.literal || !is_numeric_text(node.text) || node.text.find_first_not_of("0123456789") != std::string::npos) return node.text;
    size_t position = std::stoul(node.text);
    if (position < 1 || position > items.size()) throw Failure();
    return text_of(items[position - 1]);
  };
  if (peek_word("where")) { ++pos_; text += " where " + parse(0).text; }
  if (peek_word("group") && peek_word("by", 1)) {
    pos_ += 2;
    text += " group by ";
    for (bool first = true; first || peek_kind(TokenKind::Comma); first = false) {
      if (!first) { ++pos_; text += ", "; }
      text += item_at(parse(0));
    }
  }
  if (peek_word("having")) { ++pos_; text += " having " + parse(0).text; }
  if (peek_word("order") && peek_word("by", 1)) {
    pos_ += 2;
    text += " order by ";
    for (bool first = true; first || peek_kind(TokenKind::Comma); first = false) {
      if (!first) { ++pos_; text += ", "; }
      // ORDER BY looks for an output column of the name first.
      const bool bare = at_name() && !peek_kind(TokenKind::LParen, 1) && !peek_kind(TokenKind::Dot, 1);
      auto output = std::find_if(items.begin(), items.end(), [&](const Item& n) { return bare && n.name == name_part(*peek()); });
      if (output != items.end()) { ++pos_; text += text_of(*output); }
      else text += item_at(parse(0));
      bool descending = false;
      if (peek_word("asc") || peek_word("desc")) { descending = peek_word("desc"); ++pos_; }
      if (descending) text += " desc";
      if (peek_word("nulls") && (peek_word("first", 1) || peek_word("last", 1))) {
        bool nulls_first = peek_word("first", 1);
        pos_ += 2;
        if (nulls_first != descending) text += nulls_first ? " nulls first" : " nulls last";
      }
    }
  }
  if (peek_word("limit")) { ++pos_; text += " limit " + parse(0).text; }
  if (peek_word("offset")) { ++pos_; text += " offset " + parse(0).text; }
  from_.clear();
  if (pos_ != tokens_.size()) throw Failure();
  return text;
}

// `*`, or `name.*` naming one of the relations.
bool Normalizer::star_at(size_t at) const {
  if (at < tokens_.size() && tokens_[at].text == "*") return true;
  if (!(at + 2 < tokens_.size() && (tokens_[at].kind == TokenKind::Word || tokens_[at].kind == TokenKind::QuotedIdentifier) &&
        tokens_[at + 1].kind == TokenKind::Dot && tokens_[at + 2].text == "*")) {
    return false;
  }
  const std::string name = name_part(tokens_[at]);
  return std::any_of(from_.begin(), from_.end(), [&](const FromRelation& r) { return r.alias == name; });
}

// The relation a bare column belongs to: the only one, or the only one known to have it.
std::string Normalizer::owner_of(const std::string& column) const {
  if (from_.size() == 1) return from_[0].alias;
  std::string owner;
  for (const auto& relation : from_) {
    if (relation.columns.empty()) throw Failure();
    if (std::find(relation.columns.begin(), relation.columns.end(), column) == relation.columns.end()) continue;
    if (!owner.empty()) throw Failure();  // ambiguous: the server would refuse it
    owner = relation.alias;
  }
  if (owner.empty()) throw Failure();
  return owner;
}

bool Normalizer::is_clause_word(const std::string& word) {
  static const std::set<std::string> words{"where", "group", "having", "order", "limit", "offset", "window", "union",
                                           "intersect", "except", "fetch", "for", "join", "inner", "left", "right",
                                           "full", "cross", "natural", "on", "using", "tablesample", "lateral"};
  return words.count(word) > 0;
}

// FROM as pg_get_viewdef prints it: relations schema-qualified with their aliases (when they
// differ from the name), separated by commas; joins as `a JOIN b ON cond`, LEFT/RIGHT/FULL
// without OUTER, INNER as plain JOIN. The parentheses PostgreSQL puts around each join go on
// the left (joins nest to the left as written); a join nested on the right keeps them.
std::string Normalizer::read_from_list() {
  from_.clear();
  merged_columns_ = false;
  std::string text = read_join_tree();
  while (peek_kind(TokenKind::Comma)) {
    ++pos_;
    text += ", " + read_join_tree();
  }
  return text;
}

std::string Normalizer::read_join_tree() {
  std::string text = read_from_item(false);
  while (true) {
    std::string kind;
    if (peek_word("natural")) throw Failure();
    if (peek_word("cross") && peek_word("join", 1)) { pos_ += 2; text += " cross join " + read_from_item(true); continue; }
    if (peek_word("inner") && peek_word("join", 1)) pos_ += 1;
    else if ((peek_word("left") || peek_word("right") || peek_word("full"))) {
      kind = ascii_lower(peek()->text) + " ";
      ++pos_;
      if (peek_word("outer")) ++pos_;
      if (!peek_word("join")) throw Failure();
    }
    if (!peek_word("join")) break;
    ++pos_;
    text += " " + kind + "join " + read_from_item(true);
    if (peek_word("on")) {
      ++pos_;
      text += " on " + parse(0).text;
    } else if (peek_word("using") && peek_kind(TokenKind::LParen, 1)) {
      merged_columns_ = true;
      ++pos_;
      size_t end = group_end(pos_);
      text += " using (" + flat(pos_ + 1, end - 1) + ")";
      pos_ = end;
    } else {
      throw Failure();
    }
  }
  return text;
}

// A relation with its alias, or a parenthesized join (kept in parentheses on a join's right).
std::string Normalizer::read_from_item(bool right_of_join) {
  if (peek_kind(TokenKind::LParen)) {
    if (peek_word("select", 1) || peek_word("with", 1) || peek_word("values", 1)) throw Failure();
    ++pos_;
    std::string inner = read_join_tree();
    expect(TokenKind::RParen);
    if (at_name() && !at_clause_word()) throw Failure();  // an aliased join
    return right_of_join && inner.find(" join ") != std::string::npos ? "(" + inner + ")" : inner;
  }
  if (peek_word("lateral") || peek_word("only")) throw Failure();
  if (!at_name()) throw Failure();
  auto parts = read_name_chain();
  if (parts.size() > 2 || peek_kind(TokenKind::LParen)) throw Failure();
  refer(NameReference::Kind::Relation, parts);
  if (parts.size() == 1) {
    std::string schema = hooks_.relation_schema ? hooks_.relation_schema(parts[0]) : std::string();
    if (schema.empty()) throw Failure();
    parts.insert(parts.begin(), schema);
  }
  std::string alias = parts.back();
  if (peek_word("as")) ++pos_;
  if (at_name() && !at_clause_word()) {
    alias = name_part(*peek());
    ++pos_;
    if (peek_kind(TokenKind::LParen)) throw Failure();  // column aliases
  }
  for (const auto& relation : from_) {
    if (relation.alias == alias) throw Failure();  // the same name twice: the server refuses it
  }
  from_.push_back({alias, hooks_.relation_columns ? hooks_.relation_columns(parts[0], parts[1]) : std::vector<std::string>{}});
  std::string text = chain_text(parts);
  if (alias != parts.back()) text += " " + canonical_identifier(alias);
  return text;
}

std::string Normalizer::bound_value(TokenView token) {
  std::string text = string_text(token);
  if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') return text;
  const std::string value = text.substr(1, text.size() - 2);
  size_t i = value[0] == '-' ? 1 : 0;
  const size_t digits = i;
  while (i < value.size() && std::isdigit(static_cast<unsigned char>(value[i]))) ++i;
  if (i == digits || (value[digits] == '0' && i - digits > 1)) return text;  // no digits, or a leading zero
  if (i < value.size() && value[i] == '.') {
    const size_t fraction = ++i;
    while (i < value.size() && std::isdigit(static_cast<unsigned char>(value[i]))) ++i;
    if (i == fraction) return text;
  }
  return i == value.size() ? value : text;
}

}  // namespace schemadelta::parser::normalizing

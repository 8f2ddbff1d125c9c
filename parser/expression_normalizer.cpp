#include "parser/expression_normalizer.h"

#include <cstdio>
#include <set>
#include <stdexcept>

#include "parser/sql_text.h"
#include "parser/type_names.h"

namespace schemadelta::parser {

namespace {

// Words PostgreSQL reserves: an identifier spelled like one keeps its quotes.
bool is_reserved_word(const std::string& word) {
  static const std::set<std::string> words{
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
      "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character",
      "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create",
      "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
      "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc",
      "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float",
      "for", "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having",
      "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval",
      "into", "is", "isnull", "join", "lateral", "leading", "least", "left", "like", "limit",
      "localtime", "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not",
      "notnull", "null", "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer",
      "overlaps", "overlay", "placing", "position", "precision", "primary", "real", "references",
      "returning", "right", "row", "select", "session_user", "setof", "similar", "smallint", "some",
      "substring", "symmetric", "table", "tablesample", "then", "time", "timestamp", "to",
      "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar",
      "variadic", "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat",
      "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
      "xmlserialize", "xmltable"};
  return words.count(word) > 0;
}

bool is_plain_identifier(const std::string& name) {
  if (name.empty()) return false;
  if (!(name[0] == '_' || (name[0] >= 'a' && name[0] <= 'z'))) return false;
  for (char c : name) {
    if (!(c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}


bool is_numeric_text(const std::string& text) {
  if (text.empty()) return false;
  size_t i = (text[0] == '-' || text[0] == '+') ? 1 : 0;
  bool digits = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') digits = true;
    else if (c != '.' && c != 'e' && c != 'E' && c != '-' && c != '+') return false;
  }
  return digits;
}

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

void civil_from_days(long long z, long long& y, unsigned& m, unsigned& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<long long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp + (mp < 10 ? 3 : -9);
  y += m <= 2;
}

// A timestamp with a UTC offset ('2020-04-01 01:00:00+01') names an instant: the server prints
// it in its own time zone, so it is compared in UTC ('2020-04-01 00:00:00+00').
std::string utc_timestamp(const std::string& value) {
  int year, month, day, hour, minute, second = 0, consumed = 0;
  char separator;
  if (std::sscanf(value.c_str(), "%4d-%2d-%2d%c%2d:%2d%n", &year, &month, &day, &separator, &hour, &minute, &consumed) < 6 ||
      (separator != ' ' && separator != 'T')) {
    return value;
  }
  size_t i = static_cast<size_t>(consumed);
  std::string fraction;
  if (i < value.size() && value[i] == ':') {
    int n = 0;
    if (std::sscanf(value.c_str() + i, ":%2d%n", &second, &n) < 1) return value;
    i += static_cast<size_t>(n);
    if (i < value.size() && value[i] == '.') {
      size_t start = i;
      ++i;
      while (i < value.size() && std::isdigit(static_cast<unsigned char>(value[i]))) ++i;
      fraction = value.substr(start, i - start);
    }
  }
  if (i >= value.size() || (value[i] != '+' && value[i] != '-')) return value;
  int sign = value[i] == '-' ? -1 : 1;
  int offset_hours = 0, offset_minutes = 0, n = 0;
  if (std::sscanf(value.c_str() + i + 1, "%2d%n", &offset_hours, &n) < 1) return value;
  size_t j = i + 1 + static_cast<size_t>(n);
  if (j < value.size() && value[j] == ':') ++j;
  if (j < value.size()) {
    int m = 0;
    if (std::sscanf(value.c_str() + j, "%2d%n", &offset_minutes, &m) < 1) return value;
    j += static_cast<size_t>(m);
  }
  if (j != value.size()) return value;
  long long seconds = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400LL +
                      hour * 3600LL + minute * 60LL + second - sign * (offset_hours * 3600LL + offset_minutes * 60LL);
  long long days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  long long rest = seconds - days * 86400;
  long long y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02u %02lld:%02lld:%02lld", y, m, d, rest / 3600, (rest / 60) % 60, rest % 60);
  return std::string(buffer) + fraction + "+00";
}

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
};

class Normalizer {
 public:
  Normalizer(const std::vector<SqlToken>& tokens, const NormalizerHooks& hooks, std::vector<NameReference>& refs)
      : tokens_(tokens), hooks_(hooks), refs_(refs) {}

  std::string run() {
    size_t reference_mark = refs_.size();
    try {
      pos_ = 0;
      if (tokens_.empty()) return {};
      Node node = parse(0);
      if (pos_ != tokens_.size()) throw Failure();
      return std::move(node.text);
    } catch (const Failure&) {
      refs_.resize(reference_mark);
      return flat(0, tokens_.size());
    }
  }

 private:
  const std::vector<SqlToken>& tokens_;
  const NormalizerHooks& hooks_;
  std::vector<NameReference>& refs_;
  size_t pos_ = 0;
  std::vector<size_t> group_ends_;  // by the index of an opening token; 0 when it is not closed

  const SqlToken* peek(size_t ahead = 0) const {
    return pos_ + ahead < tokens_.size() ? &tokens_[pos_ + ahead] : nullptr;
  }
  bool peek_word(const char* word, size_t ahead = 0) const {
    const SqlToken* t = peek(ahead);
    return t && t->kind == TokenKind::Word && ascii_lower(t->text) == word;
  }
  bool peek_kind(TokenKind kind, size_t ahead = 0) const {
    const SqlToken* t = peek(ahead);
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

  static void append(std::string& text, const Node& node, int needed) {
    if (node.level < needed) text += '(';
    text += node.text;
    if (node.level < needed) text += ')';
  }

  // Index just past the group that opens at `open` (a paren or bracket), matched once for all
  // groups: scanning to the end of each group again would cost the length times the depth.
  size_t group_end(size_t open) {
    if (group_ends_.empty()) {
      group_ends_.assign(tokens_.size(), 0);
      std::vector<size_t> open_groups;
      for (size_t i = 0; i < tokens_.size(); ++i) {
        auto k = tokens_[i].kind;
        if (k == TokenKind::LParen || k == TokenKind::LBracket) open_groups.push_back(i);
        if ((k == TokenKind::RParen || k == TokenKind::RBracket) && !open_groups.empty()) {
          group_ends_[open_groups.back()] = i + 1;
          open_groups.pop_back();
        }
      }
    }
    if (open >= group_ends_.size() || group_ends_[open] == 0) throw Failure();
    return group_ends_[open];
  }

  // ---------------------------------------------------------------- names and types

  std::string name_part(const SqlToken& token) const {
    return token.kind == TokenKind::QuotedIdentifier ? fold_identifier(token.text) : ascii_lower(token.text);
  }

  bool at_name() const {
    return peek_kind(TokenKind::Word) || peek_kind(TokenKind::QuotedIdentifier);
  }

  std::vector<std::string> read_name_chain() {
    std::vector<std::string> parts{name_part(*peek())};
    ++pos_;
    while (peek_kind(TokenKind::Dot) && (peek_kind(TokenKind::Word, 1) || peek_kind(TokenKind::QuotedIdentifier, 1))) {
      parts.push_back(name_part(*peek(1)));
      pos_ += 2;
    }
    return parts;
  }

  static std::string chain_text(const std::vector<std::string>& parts) {
    std::string text;
    for (const auto& part : parts) text += (text.empty() ? "" : ".") + canonical_identifier(part);
    return text;
  }

  // A type name after `::` or in CAST(x AS type), as canonical text.
  std::string read_type() {
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
      refs_.push_back({NameReference::Kind::Type, written.name_parts});
    }
    std::string text = model::to_string(canonical.type);
    if (!canonical.type.is_builtin()) {
      // canonical_type gave no schema (the resolver is empty): keep the name as written.
      text = chain_text(written.name_parts) + canonical.type.modifiers + (written.array_dimensions ? "[]" : "");
    }
    return text;
  }

  // ---------------------------------------------------------------- expressions

  Node parse(int min_level) {
    Node left = parse_prefix();
    while (true) {
      const SqlToken* t = peek();
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
        int level = binary_level(t->text);
        if (level < min_level) break;
        std::string op = t->text;
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
  static Node binary(Node&& left, int level, const std::string& op, const Node& right) {
    std::string text = take(std::move(left), level);
    text += ' ';
    text += op;
    text += ' ';
    append(text, right, level + 1);
    return Node{std::move(text), level};
  }

  static int binary_level(const std::string& op) {
    if (op == "<" || op == ">" || op == "=" || op == "<=" || op == ">=" || op == "<>" || op == "!=") return kComparison;
    if (op == "+" || op == "-") return kAdditive;
    if (op == "*" || op == "/" || op == "%") return kMultiplicative;
    if (op == "^") return kExponent;
    return kOtherOperator;
  }

  Node apply_cast(Node&& operand, const std::string& type) {
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
    std::string text = take(std::move(operand), kPostfix);
    text += "::";
    text += type;
    return Node{std::move(text), kPostfix};
  }

  Node parse_is(Node&& left) {
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
    text += " " + ascii_lower(peek()->text);
    ++pos_;
    return Node{std::move(text), kIs};
  }

  Node parse_predicate(Node&& left, const std::string& op, bool negated) {
    if (op == "between" || op == "in") {
      std::string text = take(std::move(left), kLikeIn + 1);
      text += negated ? " not " : " ";
      return in_or_between(std::move(text), op);
    }
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

  // `prefix` is the left operand and NOT, if written.
  Node in_or_between(std::string&& prefix, const std::string& op) {
    if (op == "between") {
      std::string symmetric;
      if (peek_word("symmetric") || peek_word("asymmetric")) { symmetric = ascii_lower(peek()->text) + " "; ++pos_; }
      Node low = parse(kOtherOperator);
      expect_word("and");
      Node high = parse(kOtherOperator);
      return Node{prefix + "between " + symmetric + wrap(low, kOtherOperator) + " and " + wrap(high, kOtherOperator), kLikeIn};
    }
    if (op == "in") {
      if (!peek_kind(TokenKind::LParen)) throw Failure();
      prefix += "in ";
      prefix += parse_parenthesized_list();
      return Node{std::move(prefix), kLikeIn};
    }
    throw Failure();
  }

  // "(a, b, c)" with each element normalized, or a subquery kept flat.
  std::string parse_parenthesized_list() {
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

  Node parse_prefix() {
    const SqlToken* t = peek();
    if (!t) throw Failure();
    switch (t->kind) {
      case TokenKind::Number: ++pos_; return Node{t->text, kAtom, true};
      case TokenKind::String: ++pos_; return Node{string_text(*t), kAtom, true};
      case TokenKind::Param: ++pos_; return Node{t->text, kAtom};
      case TokenKind::LParen: {
        if (peek_word("select", 1) || peek_word("with", 1) || peek_word("values", 1)) {
          return Node{parse_parenthesized_list(), kAtom};
        }
        ++pos_;
        Node inner = parse(0);
        if (peek_kind(TokenKind::Comma)) {
          std::string text = "(" + inner.text;
          while (peek_kind(TokenKind::Comma)) { ++pos_; text += ", " + parse(0).text; }
          expect(TokenKind::RParen);
          return Node{"row" + text + ")", kAtom};
        }
        expect(TokenKind::RParen);
        return inner;
      }
      case TokenKind::Operator: {
        std::string op = t->text;
        ++pos_;
        Node operand = parse(kUnary);
        if (op == "-" && operand.literal && is_numeric_text(operand.text)) return Node{"-" + operand.text, kAtom, true};
        if (op == "+" && operand.literal && is_numeric_text(operand.text)) return operand;
        return Node{op + wrap(operand, kUnary), kUnary};
      }
      case TokenKind::Word: return parse_word();
      case TokenKind::QuotedIdentifier: return parse_name();
      default: throw Failure();
    }
  }

  static std::string string_text(const SqlToken& token) {
    char first = token.text.empty() ? 0 : token.text[0];
    if (first == 'B' || first == 'b' || first == 'X' || first == 'x') return token.text;
    return string_literal(utc_timestamp(decode_string_literal(token.text)));
  }

  Node parse_word() {
    std::string w = ascii_lower(peek()->text);
    if (w == "not") {
      ++pos_;
      Node operand = parse(kNot);
      return Node{"not " + wrap(operand, kNot), kNot};
    }
    if (w == "case") return parse_case();
    if (w == "true" || w == "false" || w == "null") { ++pos_; return Node{w, kAtom, true}; }
    static const std::set<std::string> value_functions{
        "current_timestamp", "current_date", "current_time", "localtimestamp", "localtime",
        "current_user", "session_user", "current_role", "current_catalog", "current_schema", "user"};
    if (value_functions.count(w) && !peek_kind(TokenKind::LParen, 1)) { ++pos_; return Node{w, kAtom}; }
    if (w == "array" && peek_kind(TokenKind::LBracket, 1)) {
      ++pos_;
      return Node{"array" + parse_array_items(), kAtom};
    }
    if ((w == "array" || w == "exists") && peek_kind(TokenKind::LParen, 1)) {
      ++pos_;
      size_t end = group_end(pos_);
      std::string text = w + "(" + flat(pos_ + 1, end - 1) + ")";
      pos_ = end;
      return Node{text, kAtom};
    }
    if (w == "cast" && peek_kind(TokenKind::LParen, 1)) {
      pos_ += 2;
      Node operand = parse(0);
      expect_word("as");
      std::string type = read_type();
      expect(TokenKind::RParen);
      return apply_cast(std::move(operand), type);
    }
    if (w == "row" && peek_kind(TokenKind::LParen, 1)) {
      ++pos_;
      return Node{"row" + parse_parenthesized_list(), kAtom};
    }
    // A typed literal: interval '1 day', date '2020-01-01'.
    if (peek_kind(TokenKind::String, 1) && (w == "date" || w == "interval" || w == "timestamp" || w == "time")) {
      pos_ += 2;
      return Node{string_text(tokens_[pos_ - 1]), kAtom, true};
    }
    return parse_name();
  }

  std::string parse_array_items() {
    size_t end = group_end(pos_);
    expect(TokenKind::LBracket);
    std::string text = "[";
    if (!peek_kind(TokenKind::RBracket)) {
      while (true) {
        if (peek_kind(TokenKind::LBracket)) text += parse_array_items();
        else text += parse(0).text;
        if (peek_kind(TokenKind::Comma)) { text += ", "; ++pos_; continue; }
        break;
      }
    }
    expect(TokenKind::RBracket);
    if (pos_ != end) throw Failure();
    return text + "]";
  }

  Node parse_case() {
    ++pos_;
    std::string text = "case";
    if (!peek_word("when")) text += " " + parse(0).text;
    while (peek_word("when")) {
      ++pos_;
      text += " when " + parse(0).text;
      expect_word("then");
      text += " then " + parse(0).text;
    }
    if (peek_word("else")) {
      ++pos_;
      text += " else " + parse(0).text;
    }
    expect_word("end");
    return Node{text + " end", kAtom};
  }

  Node parse_name() {
    auto parts = read_name_chain();
    if (peek_kind(TokenKind::Dot) && peek(1) && peek(1)->text == "*") {
      pos_ += 2;
      refs_.push_back({NameReference::Kind::Relation, parts});
      return Node{chain_text(parts) + ".*", kAtom};
    }
    if (!peek_kind(TokenKind::LParen)) {
      refs_.push_back({NameReference::Kind::Word, parts});
      return Node{chain_text(parts), kAtom, false, true};
    }
    return parse_call(parts);
  }

  Node parse_call(std::vector<std::string> parts) {
    refs_.push_back({NameReference::Kind::Function, parts});
    const std::string name = parts.back();
    const std::string user_schema = hooks_.routine_schema ? hooks_.routine_schema(name) : std::string();
    if (parts.size() == 1 && !user_schema.empty()) parts.insert(parts.begin(), user_schema);
    // pg_catalog is searched first: `pg_catalog.now()`, as dumps write it, is `now()` unless the
    // schema has a function of that name too.
    if (parts.size() == 2 && parts[0] == "pg_catalog" && user_schema.empty()) parts.erase(parts.begin());
    size_t end = group_end(pos_);
    size_t mark = pos_;
    size_t reference_mark = refs_.size();
    std::string args;
    try {
      ++pos_;
      if (peek(0) && peek()->text == "*" && peek_kind(TokenKind::RParen, 1)) {
        args = "*";
        ++pos_;
      } else {
        bool first = true;
        while (!peek_kind(TokenKind::RParen)) {
          if (!first) expect(TokenKind::Comma);
          Node arg = parse(0);
          if (first && (name == "nextval" || name == "currval" || name == "setval") && arg.literal) {
            arg.text = qualified_sequence_literal(arg.text);
          }
          args += (first ? "" : ", ") + arg.text;
          first = false;
        }
      }
      expect(TokenKind::RParen);
      if (pos_ != end) throw Failure();
    } catch (const Failure&) {
      refs_.resize(reference_mark);
      pos_ = mark;
      args = flat(pos_ + 1, end - 1);
      pos_ = end;
    }
    std::string text = chain_text(parts) + "(" + args + ")";
    // Window and aggregate decorations stay as written (flat).
    while (peek_word("filter") || peek_word("over") || peek_word("within")) {
      size_t start = pos_;
      ++pos_;
      if (peek_word("group")) ++pos_;
      if (peek_kind(TokenKind::LParen)) pos_ = group_end(pos_);
      else if (at_name()) ++pos_;
      text += " " + flat(start, pos_);
    }
    return Node{text, kAtom};
  }

  // 'seq' -> 'schema.seq', resolved the way nextval() resolves its regclass argument.
  std::string qualified_sequence_literal(const std::string& literal) {
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
    refs_.push_back({NameReference::Kind::Sequence, parts});
    if (parts.size() == 1 && hooks_.relation_schema) parts.insert(parts.begin(), hooks_.relation_schema(parts[0]));
    return string_literal(chain_text(parts));
  }

  // ---------------------------------------------------------------- flat form

  std::string flat(size_t begin, size_t end) {
    std::string text;
    const SqlToken* previous = nullptr;
    for (size_t i = begin; i < end; ++i) {
      const SqlToken& token = tokens_[i];
      std::string piece;
      switch (token.kind) {
        case TokenKind::Word: piece = ascii_lower(token.text); break;
        case TokenKind::QuotedIdentifier: piece = canonical_identifier(fold_identifier(token.text)); break;
        case TokenKind::String: piece = string_text(token); break;
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
        refs_.push_back({call ? NameReference::Kind::Function : cast ? NameReference::Kind::Type : NameReference::Kind::Word, parts});
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
      previous = &token;
    }
    return text;
  }
};

}  // namespace

std::string canonical_identifier(const std::string& name) {
  if (is_plain_identifier(name) && !is_reserved_word(name)) return name;
  std::string text = "\"";
  for (char c : name) {
    text += c;
    if (c == '"') text += '"';
  }
  return text + "\"";
}

NormalizedExpression normalize_expression(const std::vector<SqlToken>& tokens, const NormalizerHooks& hooks) {
  NormalizedExpression result;
  Normalizer normalizer(tokens, hooks, result.references);
  result.canonical = normalizer.run();
  return result;
}

}  // namespace schemadelta::parser

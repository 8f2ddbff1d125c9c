#include "parser/expression_normalizer.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <stdexcept>

#include "parser/sql_text.h"
#include "parser/type_names.h"
#include "sql/quoting.h"

namespace schemadelta::parser {

namespace {

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
  std::string name;           // the output column name PostgreSQL would give it (FigureColname)
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
      refs_.resize(reference_mark);
      from_.clear();
      return flat(0, tokens_.size());
    }
  }

 private:
  const std::vector<SqlToken>& tokens_;
  const NormalizerHooks& hooks_;
  std::vector<NameReference>& refs_;
  size_t pos_ = 0;
  std::vector<size_t> group_ends_;  // by the index of an opening token; 0 when it is not closed
  struct FromRelation {
    std::string alias;                 // the name its columns are qualified with
    std::vector<std::string> columns;  // empty when not known
  };
  std::vector<FromRelation> from_;     // the relations of the query being read, for its bare columns
  bool merged_columns_ = false;        // a join USING or NATURAL: * is not a plain list of columns
  bool partition_bound_ = false;       // reading FOR VALUES ...

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
    std::string name = operand.name;  // FigureColname: a cast is named after what it casts
    std::string text = take(std::move(operand), kPostfix);
    text += "::";
    text += type;
    return Node{std::move(text), kPostfix, false, false, std::move(name)};
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
  Node parse_between(Node&& operand, bool negated) {
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
  Node parse_in(Node&& left, bool negated) {
    if (!peek_kind(TokenKind::LParen)) throw Failure();
    if (peek_word("select", 1) || peek_word("with", 1) || peek_word("values", 1)) {
      std::string text = take(std::move(left), kLikeIn + 1);
      return Node{text + (negated ? " not in " : " in ") + parse_parenthesized_list(), kLikeIn};
    }
    const size_t end = group_end(pos_);
    ++pos_;
    std::vector<Node> items;
    while (true) {
      items.push_back(parse(0));
      if (peek_kind(TokenKind::Comma)) { ++pos_; continue; }
      break;
    }
    if (pos_ + 1 != end) throw Failure();
    expect(TokenKind::RParen);
    const bool constants = std::all_of(items.begin(), items.end(), [](const Node& n) { return n.literal; });
    if (!constants) {
      std::string text = take(std::move(left), kLikeIn + 1) + (negated ? " not in (" : " in (");
      for (size_t i = 0; i < items.size(); ++i) text += (i ? ", " : "") + items[i].text;
      return Node{text + ")", kLikeIn};
    }
    const char* op = negated ? "<>" : "=";
    if (items.size() == 1) return binary(std::move(left), kComparison, op, items[0]);
    std::string array = std::string(negated ? "all" : "any") + "(array[";
    for (size_t i = 0; i < items.size(); ++i) array += (i ? ", " : "") + items[i].text;
    return binary(std::move(left), kComparison, op, Node{array + "])", kAtom});
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
    return sql::quote_literal(utc_timestamp(decode_string_literal(token.text)));
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
      bool constants = true;
      std::string items = parse_array_items(constants);
      // An array of constants is a constant: pg_dump casts it, `(ARRAY['a'::varchar])::text[]`.
      return Node{"array" + items, kAtom, constants};
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
    if ((w == "any" || w == "some" || w == "all") && peek_kind(TokenKind::LParen, 1)) {
      if (peek_word("select", 2) || peek_word("with", 2) || peek_word("values", 2)) {
        ++pos_;
        return Node{(w == "all" ? "all" : "any") + parse_parenthesized_list(), kAtom};
      }
      pos_ += 2;
      Node inner = parse(0);
      expect(TokenKind::RParen);
      return Node{std::string(w == "all" ? "all" : "any") + "(" + inner.text + ")", kAtom};
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

  std::string parse_array_items(bool& constants) {
    size_t end = group_end(pos_);
    expect(TokenKind::LBracket);
    std::string text = "[";
    if (!peek_kind(TokenKind::RBracket)) {
      while (true) {
        if (peek_kind(TokenKind::LBracket)) {
          text += parse_array_items(constants);
        } else {
          Node item = parse(0);
          constants = constants && item.literal;
          text += item.text;
        }
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
    return Node{text + " end", kAtom, false, false, "case"};
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
      // In a query over one relation, a bare column is that relation's: pg_dump qualifies it.
      if (parts.size() == 1 && !from_.empty()) parts.insert(parts.begin(), owner_of(parts[0]));
      return Node{chain_text(parts), kAtom, false, true, parts.back()};
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
    return Node{text, kAtom, false, false, name};
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
    return sql::quote_literal(chain_text(parts));
  }

  // ---------------------------------------------------------------- view queries

  // A view's query as pg_get_viewdef prints it, for the shapes it can be sure of: SELECT
  // [DISTINCT] items FROM one relation (schema-qualified, its alias kept), WHERE, GROUP BY,
  // HAVING, ORDER BY, LIMIT, OFFSET. Bare columns are qualified with the relation's alias or
  // name; GROUP BY and ORDER BY positions become the items they point at; an item is named
  // `AS x` unless it is a column of that name. Anything else (joins, subqueries in FROM,
  // SELECT *, set operations) is not understood here and compared flat.
  std::string parse_select() {
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
    std::vector<Node> items;
    std::string list;
    while (true) {
      if (star_at(pos_)) {  // `*` or `rel.*`: the relations' columns, as PostgreSQL expands them
        std::string only = peek_kind(TokenKind::Dot, 1) ? name_part(*peek()) : "";
        pos_ += only.empty() ? 1 : 3;
        if (merged_columns_) throw Failure();
        for (const auto& relation : from_) {
          if (!only.empty() && relation.alias != only) continue;
          if (relation.columns.empty()) throw Failure();
          for (const auto& column : relation.columns) {
            refs_.push_back({NameReference::Kind::Word, {relation.alias, column}});
            std::string text = canonical_identifier(relation.alias) + "." + canonical_identifier(column);
            list += (items.empty() ? "" : ", ") + text;
            items.push_back(Node{text, kAtom, false, true, column});
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
      list += (items.empty() ? "" : ", ") + item.text;
      if (!(item.column && name == item.name)) list += " as " + canonical_identifier(name);
      (void)named_by_itself;
      item.name = name;
      items.push_back(item);
      if (peek_kind(TokenKind::Comma)) { ++pos_; continue; }
      break;
    }
    if (pos_ != from_at) throw Failure();
    text += list + " from " + from;
    pos_ = clauses_at;
    auto item_at = [&](const Node& node) -> std::string {
      if (!node.literal || !is_numeric_text(node.text) || node.text.find_first_not_of("0123456789") != std::string::npos) return node.text;
      size_t position = std::stoul(node.text);
      if (position < 1 || position > items.size()) throw Failure();
      return items[position - 1].text;
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
        auto output = std::find_if(items.begin(), items.end(), [&](const Node& n) { return bare && n.name == name_part(*peek()); });
        if (output != items.end()) { ++pos_; text += output->text; }
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
  bool star_at(size_t at) const {
    if (at < tokens_.size() && tokens_[at].text == "*") return true;
    if (!(at + 2 < tokens_.size() && (tokens_[at].kind == TokenKind::Word || tokens_[at].kind == TokenKind::QuotedIdentifier) &&
          tokens_[at + 1].kind == TokenKind::Dot && tokens_[at + 2].text == "*")) {
      return false;
    }
    const std::string name = name_part(tokens_[at]);
    return std::any_of(from_.begin(), from_.end(), [&](const FromRelation& r) { return r.alias == name; });
  }

  // The relation a bare column belongs to: the only one, or the only one known to have it.
  std::string owner_of(const std::string& column) const {
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

  static bool is_clause_word(const std::string& word) {
    static const std::set<std::string> words{"where", "group", "having", "order", "limit", "offset", "window", "union",
                                             "intersect", "except", "fetch", "for", "join", "inner", "left", "right",
                                             "full", "cross", "natural", "on", "using", "tablesample", "lateral"};
    return words.count(word) > 0;
  }
  bool at_clause_word() const { return peek_kind(TokenKind::Word) && is_clause_word(ascii_lower(peek()->text)); }

  // FROM as pg_get_viewdef prints it: relations schema-qualified with their aliases (when they
  // differ from the name), separated by commas; joins as `a JOIN b ON cond`, LEFT/RIGHT/FULL
  // without OUTER, INNER as plain JOIN. The parentheses PostgreSQL puts around each join go on
  // the left (joins nest to the left as written); a join nested on the right keeps them.
  std::string read_from_list() {
    from_.clear();
    merged_columns_ = false;
    std::string text = read_join_tree();
    while (peek_kind(TokenKind::Comma)) {
      ++pos_;
      text += ", " + read_join_tree();
    }
    return text;
  }

  std::string read_join_tree() {
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
  std::string read_from_item(bool right_of_join) {
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
    refs_.push_back({NameReference::Kind::Relation, parts});
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

  static std::string bound_value(const SqlToken& token) {
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

// A name spelled like a keyword PostgreSQL keeps from names keeps its quotes (sql/keywords.h).
std::string canonical_identifier(const std::string& name) { return sql::quote_identifier(name, /*allow_dollar=*/true); }

NormalizedExpression normalize_expression(const std::vector<SqlToken>& tokens, const NormalizerHooks& hooks) {
  NormalizedExpression result;
  Normalizer normalizer(tokens, hooks, result.references);
  result.canonical = normalizer.run();
  return result;
}

}  // namespace schemadelta::parser

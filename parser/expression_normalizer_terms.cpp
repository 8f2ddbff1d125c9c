// The expression normalizer reads terms: prefix operators, literals (timestamps in UTC), arrays,
// CASE, names and function calls. One family of the Normalizer (expression_normalizer_impl.h).
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

namespace {

// A number as the server prints it back: PG 16's 1_000_000, 0x1F, 0o17 and 0b101 in decimal
// digits without separators (a non-decimal one beyond 64 bits is kept as written).
std::string number_text(const std::string& text) {
  std::string digits;
  for (char c : text) {
    if (c != '_') digits += c;
  }
  if (digits.size() < 3 || digits[0] != '0' || !std::isalpha(static_cast<unsigned char>(digits[1]))) return digits;
  const char radix = static_cast<char>(std::tolower(static_cast<unsigned char>(digits[1])));
  const unsigned base = radix == 'x' ? 16 : radix == 'o' ? 8 : 2;
  unsigned long long value = 0;
  for (std::size_t i = 2; i < digits.size(); ++i) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(digits[i])));
    const unsigned digit = c >= 'a' ? static_cast<unsigned>(c - 'a' + 10) : static_cast<unsigned>(c - '0');
    if (value > (~0ULL - digit) / base) return text;
    value = value * base + digit;
  }
  return std::to_string(value);
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

}  // namespace

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

Node Normalizer::parse_prefix() {
  const auto t = peek();
  if (!t) throw Failure();
  switch (t->kind) {
    case TokenKind::Number: ++pos_; return Node{number_text(std::string(t->text)), kAtom, true};
    case TokenKind::String: ++pos_; return Node{string_text(*t), kAtom, true};
    case TokenKind::Param: ++pos_; return Node{std::string(t->text), kAtom};
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
      std::string op(t->text);
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

std::string Normalizer::string_text(TokenView token) {
  char first = token.text.empty() ? 0 : token.text[0];
  if (first == 'B' || first == 'b' || first == 'X' || first == 'x') return std::string(token.text);
  return sql::quote_literal(utc_timestamp(decode_string_literal(token.text)));
}

Node Normalizer::parse_word() {
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

std::string Normalizer::parse_array_items(bool& constants) {
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

Node Normalizer::parse_case() {
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

Node Normalizer::parse_name() {
  auto parts = read_name_chain();
  if (peek_kind(TokenKind::Dot) && peek(1) && peek(1)->text == "*") {
    pos_ += 2;
    refer(NameReference::Kind::Relation, parts);
    return Node{chain_text(parts) + ".*", kAtom};
  }
  if (!peek_kind(TokenKind::LParen)) {
    refer(NameReference::Kind::Word, parts);
    // In a query over one relation, a bare column is that relation's: pg_dump qualifies it.
    if (parts.size() == 1 && !from_.empty()) parts.insert(parts.begin(), owner_of(parts[0]));
    return Node{chain_text(parts), kAtom, false, true, parts.back()};
  }
  return parse_call(parts);
}

Node Normalizer::parse_call(std::vector<std::string> parts) {
  refer(NameReference::Kind::Function, parts);
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
    } else if (parts.size() == 1 && (name == "json_object" || name == "json_array" || name == "json_objectagg" || name == "json_arrayagg")) {
      args = parse_json_constructor_args(name);
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
    forget_references(reference_mark);
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

std::string Normalizer::parse_json_constructor_args(const std::string& name) {
  const bool object = name == "json_object" || name == "json_objectagg";
  std::string args, order_by, returning;
  bool absent_on_null = !object, unique = false;
  while (!peek_kind(TokenKind::RParen)) {
    if (peek_word("returning")) {
      ++pos_;
      returning = read_type();
      if (peek_word("format") && peek_word("json", 1)) pos_ += 2;  // the default format of json and jsonb
    } else if ((peek_word("null") || peek_word("absent")) && peek_word("on", 1) && peek_word("null", 2)) {
      absent_on_null = peek_word("absent");
      pos_ += 3;
    } else if ((peek_word("with") || peek_word("without")) && peek_word("unique", 1)) {
      unique = peek_word("with");
      pos_ += 2;
      if (peek_word("keys")) ++pos_;
    } else if (peek_word("order") && peek_word("by", 1)) {
      pos_ += 2;
      for (bool first = true; first || peek_kind(TokenKind::Comma); first = false) {
        if (!first) ++pos_;
        Node key = parse(0);
        order_by += (first ? " order by " : ", ") + key.text;
        if (peek_word("asc")) ++pos_;
        else if (peek_word("desc")) { order_by += " desc"; ++pos_; }
        if (peek_word("nulls") && (peek_word("first", 1) || peek_word("last", 1))) {
          order_by += " nulls " + ascii_lower(peek(1)->text);
          pos_ += 2;
        }
      }
    } else {
      if (!args.empty()) expect(TokenKind::Comma);
      Node item = parse(0);
      std::string text = item.text;
      if (peek_kind(TokenKind::Colon) || peek_word("value")) {  // key : value, key VALUE value
        ++pos_;
        Node value = parse(0);
        text += " : " + value.text;
      }
      if (peek_word("format") && peek_word("json", 1)) {
        pos_ += 2;
        text += " format json";
      }
      args += (args.empty() ? "" : ", ") + text;
    }
  }
  const std::string on_null = absent_on_null == !object ? "" : absent_on_null ? " absent on null" : " null on null";
  return args + order_by + on_null + (unique ? " with unique keys" : "") +
         (returning.empty() || returning == "json" ? "" : " returning " + returning);
}

}  // namespace schemadelta::parser::normalizing

#include "parser/sql_text.h"

#include <cstdint>
#include <cstring>

namespace schemadelta::parser {

std::string ascii_upper(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return text;
}

std::string ascii_upper(std::string_view text) { return ascii_upper(std::string(text)); }

std::string ascii_lower(std::string_view text) { return ascii_lower(std::string(text)); }

std::string ascii_lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

std::optional<std::size_t> invalid_utf8_offset(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    // Eight ASCII bytes at a time: schemas are mostly ASCII.
    std::uint64_t word;
    while (i + sizeof word <= text.size() && (std::memcpy(&word, text.data() + i, sizeof word), (word & 0x8080808080808080ULL) == 0)) i += sizeof word;
    if (i == text.size()) break;
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
    }
    const auto second = length > 1 ? static_cast<unsigned char>(text[i + 1]) : 0;
    if ((length == 2 && c < 0xC2) || (length == 3 && c == 0xE0 && second < 0xA0) || (length == 3 && c == 0xED && second >= 0xA0) ||
        (length == 4 && c == 0xF0 && second < 0x90) || (length == 4 && (c > 0xF4 || (c == 0xF4 && second >= 0x90)))) {
      return i;
    }
    i += length;
  }
  return std::nullopt;
}

namespace {

void append_utf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads `digits` hex digits at text[i]; returns false when they are not all hex.
bool read_hex(std::string_view text, std::size_t i, int digits, std::uint32_t& value) {
  if (i + digits > text.size()) return false;
  value = 0;
  for (int k = 0; k < digits; ++k) {
    int v = hex_value(text[i + k]);
    if (v < 0) return false;
    value = value * 16 + static_cast<std::uint32_t>(v);
  }
  return true;
}

// Body of a quoted token whose quote character is doubled to escape it.
std::string undouble(std::string_view body, char quote) {
  std::string out;
  out.reserve(body.size());
  for (std::size_t i = 0; i < body.size(); ++i) {
    out += body[i];
    if (body[i] == quote && i + 1 < body.size() && body[i + 1] == quote) ++i;
  }
  return out;
}

// U&'...' and U&"..." escapes: \XXXX, \+XXXXXX, \\ (default escape character only).
std::string decode_unicode_escapes(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::uint32_t code = 0;
    if (text[i] == '\\' && i + 1 < text.size()) {
      if (text[i + 1] == '\\') { out += '\\'; ++i; continue; }
      if (text[i + 1] == '+' && read_hex(text, i + 2, 6, code)) { append_utf8(out, code); i += 7; continue; }
      if (read_hex(text, i + 1, 4, code)) { append_utf8(out, code); i += 4; continue; }
    }
    out += text[i];
  }
  return out;
}

std::string decode_escape_string(std::string_view body) {
  std::string out;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\'' && i + 1 < body.size() && body[i + 1] == '\'') { out += '\''; ++i; continue; }
    if (c != '\\' || i + 1 >= body.size()) { out += c; continue; }
    char e = body[++i];
    std::uint32_t code = 0;
    switch (e) {
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'x': {
        int digits = 0;
        code = 0;
        while (digits < 2 && i + 1 < body.size() && hex_value(body[i + 1]) >= 0) {
          code = code * 16 + static_cast<std::uint32_t>(hex_value(body[++i]));
          ++digits;
        }
        if (digits == 0) { out += 'x'; break; }
        out += static_cast<char>(code);
        break;
      }
      case 'u':
        if (read_hex(body, i + 1, 4, code)) { append_utf8(out, code); i += 4; } else { out += e; }
        break;
      case 'U':
        if (read_hex(body, i + 1, 8, code)) { append_utf8(out, code); i += 8; } else { out += e; }
        break;
      default:
        if (e >= '0' && e <= '7') {
          code = static_cast<std::uint32_t>(e - '0');
          for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k) {
            code = code * 8 + static_cast<std::uint32_t>(body[++i] - '0');
          }
          out += static_cast<char>(code);
        } else {
          out += e;
        }
    }
  }
  return out;
}

}  // namespace

std::string fold_identifier(std::string_view text) { return clip_utf8(unclipped_identifier(text), kMaxIdentifierBytes); }

std::string unclipped_identifier(std::string_view text) {
  std::string name;
  if (text.size() >= 2 && text.front() == '"') {
    name = undouble(text.substr(1, text.size() - 2), '"');
  } else if (text.size() >= 4 && (text[0] == 'U' || text[0] == 'u') && text[1] == '&' && text[2] == '"') {
    name = decode_unicode_escapes(undouble(text.substr(3, text.size() - 4), '"'));
  } else {
    name.reserve(text.size());
    for (char c : text) name += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return name;
}

std::string decode_string_literal(std::string_view text) {
  if (text.empty()) return {};
  if (text[0] == '$') {
    auto tag_end = text.find('$', 1);
    auto tag_length = tag_end + 1;
    if (tag_end == std::string_view::npos || text.size() < 2 * tag_length) return std::string(text);
    return std::string(text.substr(tag_length, text.size() - 2 * tag_length));
  }
  if (text[0] == 'E' || text[0] == 'e') return decode_escape_string(text.substr(2, text.size() - 3));
  if ((text[0] == 'U' || text[0] == 'u') && text.size() > 3 && text[1] == '&') {
    return decode_unicode_escapes(undouble(text.substr(3, text.size() - 4), '\''));
  }
  if (text[0] == '\'') return undouble(text.substr(1, text.size() - 2), '\'');
  return std::string(text);
}

std::string choose_object_name(std::string_view name1, std::string_view name2, std::string_view label,
                               const std::function<bool(const std::string&)>& is_taken) {
  std::string modified_label(label);
  for (int pass = 1;; ++pass) {
    std::string name = make_object_name(name1, name2, modified_label);
    if (!is_taken(name)) return name;
    modified_label = std::string(label) + std::to_string(pass);
  }
}

}  // namespace schemadelta::parser

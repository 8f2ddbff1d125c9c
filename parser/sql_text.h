#pragma once
// Lexical facts of PostgreSQL text: identifier folding, literal decoding, implicit-name rules.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace schemadelta::parser {

constexpr std::size_t kMaxIdentifierBytes = 63;  // NAMEDATALEN - 1

// ASCII case mapping: what PostgreSQL does to keywords and unquoted names.
std::string ascii_upper(std::string text);
std::string ascii_lower(std::string text);

// Where text stops being well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
// above U+10FFFF), if it does: what PostgreSQL refuses as "invalid byte sequence for encoding".
std::optional<std::size_t> invalid_utf8_offset(std::string_view text);

// Clips to at most `bytes` bytes without splitting a UTF-8 sequence (pg_mbcliplen).
std::string clip_utf8(std::string_view text, std::size_t bytes);

// Unquoted: ASCII lower-cased. "Quoted": quotes removed, "" -> ". U&"...": escapes decoded.
// The result is truncated to 63 bytes, as PostgreSQL does.
std::string fold_identifier(std::string_view token_text);
// The same before truncation: longer than 63 bytes means PostgreSQL shortens the name.
std::string unclipped_identifier(std::string_view token_text);

// The value of a string literal token: '...', E'...', U&'...', $tag$...$tag$.
std::string decode_string_literal(std::string_view token_text);

// PostgreSQL's makeObjectName: name1_name2_label, shortening the longer part first so the
// result fits in 63 bytes. name2 may be empty.
std::string make_object_name(std::string_view name1, std::string_view name2, std::string_view label);

// ChooseRelationName / ChooseConstraintName: the first of label, label1, label2, ... whose
// name is not taken.
std::string choose_object_name(std::string_view name1, std::string_view name2, std::string_view label,
                               const std::function<bool(const std::string&)>& is_taken);

}  // namespace schemadelta::parser

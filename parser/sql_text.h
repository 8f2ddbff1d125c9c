#pragma once
// Lexical facts of PostgreSQL text: identifier folding, literal decoding, implicit-name rules.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "sql/object_names.h"

namespace schemadelta::parser {

constexpr std::size_t kMaxIdentifierBytes = sql::k_max_identifier_bytes;  // NAMEDATALEN - 1

// ASCII case mapping: what PostgreSQL does to keywords and unquoted names.
std::string ascii_upper(std::string text);
std::string ascii_lower(std::string text);
// The same for a token's view of its text.
std::string ascii_upper(std::string_view text);
std::string ascii_lower(std::string_view text);

// Where text stops being well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
// above U+10FFFF), if it does: what PostgreSQL refuses as "invalid byte sequence for encoding".
std::optional<std::size_t> invalid_utf8_offset(std::string_view text);

// Clips to at most `bytes` bytes without splitting a UTF-8 sequence (pg_mbcliplen).
using sql::clip_utf8;

// Unquoted: ASCII lower-cased. "Quoted": quotes removed, "" -> ". U&"...": escapes decoded.
// The result is truncated to 63 bytes, as PostgreSQL does.
std::string fold_identifier(std::string_view token_text);
// The same before truncation: longer than 63 bytes means PostgreSQL shortens the name.
std::string unclipped_identifier(std::string_view token_text);

// The value of a string literal token: '...', E'...', U&'...', $tag$...$tag$.
std::string decode_string_literal(std::string_view token_text);

// PostgreSQL's makeObjectName (sql/object_names.h).
using sql::make_object_name;

// ChooseRelationName / ChooseConstraintName: the first of label, label1, label2, ... whose
// name is not taken.
std::string choose_object_name(std::string_view name1, std::string_view name2, std::string_view label,
                               const std::function<bool(const std::string&)>& is_taken);

}  // namespace schemadelta::parser

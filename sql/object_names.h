#pragma once
// The names PostgreSQL makes up for objects it is not given a name for (makeObjectName), known to
// the parser (which keeps a written name only when it is not the one PostgreSQL would choose) and
// to the generator (which gives such an object its made-up name back).
#include <cstddef>
#include <string>
#include <string_view>

namespace schemadelta::sql {

constexpr std::size_t k_max_identifier_bytes = 63;  // NAMEDATALEN - 1

// The first `bytes` bytes of UTF-8 text, not cutting a character in two.
std::string clip_utf8(std::string_view text, std::size_t bytes);

// PostgreSQL's makeObjectName: name1_name2_label, shortening the longer part first so the
// result fits in 63 bytes. name2 may be empty.
std::string make_object_name(std::string_view name1, std::string_view name2, std::string_view label);

}  // namespace schemadelta::sql

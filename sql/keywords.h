#pragma once
// PostgreSQL's keywords and their categories (as src/include/parser/kwlist.h has them), from
// grammar/postgres/keywords.txt: the one list the grammar, quoting and the normalizer read.
#include <cstdint>
#include <optional>
#include <string_view>

namespace schemadelta::sql {

enum class KeywordCategory : std::uint8_t { unreserved, col_name, type_func_name, reserved };

// The category of a lower-case word, or nullopt when PostgreSQL does not treat it as a keyword.
std::optional<KeywordCategory> keyword_category(std::string_view word);

// A lower-case word that cannot stand bare as a column or table name everywhere (reserved,
// type_func_name and col_name keywords): quoting it is always safe.
bool needs_quotes_as_keyword(std::string_view word);

}  // namespace schemadelta::sql

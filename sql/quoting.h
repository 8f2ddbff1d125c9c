#pragma once
// PostgreSQL quoting, one implementation for the parser's canonical text and the generator's
// scripts: identifiers are quoted exactly when needed, literals always escaped, so no name or
// value from an input can break out of the text it is placed in.
#include <string>

namespace schemadelta::sql {

// "name" with embedded quotes doubled, or the bare name when it is all lower-case letters,
// digits and _ (not first: a digit) and not a keyword PostgreSQL keeps from names.
// allow_dollar: `$` also counts as a bare-name character (the normalizer's canonical text).
std::string quote_identifier(const std::string& name, bool allow_dollar = false);

// 'text' with embedded quotes doubled: a standard string literal.
std::string quote_literal(const std::string& text);

}  // namespace schemadelta::sql

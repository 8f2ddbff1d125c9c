#pragma once
// The hand-written scanner (parser/antlr/postgres_scanner) checked against the lexer ANTLR
// generates from grammar/postgres/PostgresLexer.g4.in, which stays the specification.
#include <optional>
#include <string>

namespace schemadelta::parser {

// The first difference between the two on `text`, described, or nothing when they agree: the
// same tokens (type, channel, position, text) where the grammar's lexer accepts the input, and
// an error from both where it does not.
std::optional<std::string> scanner_disagreement(const std::string& text);

}  // namespace schemadelta::parser

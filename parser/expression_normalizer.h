#pragma once
// Canonical text of an expression, so that what a person writes and what pg_dump prints compare
// equal: one spacing, folded identifiers, redundant parentheses removed (by precedence), casts
// on literals removed, LIKE spelled as its operator, user functions and nextval() sequences
// schema-qualified. No types are known here, so it is a normal form of text, not of meaning.
#include <functional>
#include <string>
#include <vector>

#include "parser/sql_token.h"

namespace schemadelta::parser {

// A name an expression mentions: the parts as written (folded), for dependency extraction.
struct NameReference {
  enum class Kind { Function, Relation, Type, Sequence, Word } kind;
  std::vector<std::string> parts;
};

struct NormalizerHooks {
  // Schema of a user routine named `name` on the search_path, or "" for built-ins/unknown.
  std::function<std::string(const std::string& name)> routine_schema;
  // Schema in which an unqualified relation (sequence) name resolves.
  std::function<std::string(const std::string& name)> relation_schema;
  // The columns of a table, in order, for SELECT * (PostgreSQL expands it when the view is
  // created); empty when not known.
  std::function<std::vector<std::string>(const std::string& schema, const std::string& name)> relation_columns;
};

struct NormalizedExpression {
  std::string canonical;
  std::vector<NameReference> references;
};

NormalizedExpression normalize_expression(const SqlTokens& tokens, const NormalizerHooks& hooks);

// Identifier as canonical text: bare when PostgreSQL would not need quotes, else quoted.
std::string canonical_identifier(const std::string& name);

}  // namespace schemadelta::parser

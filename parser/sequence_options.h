#pragma once
// Sequence options as written (CREATE/ALTER SEQUENCE, identity columns), resolved against
// PostgreSQL's defaults for the sequence's type and direction.
#include <optional>
#include <vector>

#include "parser/build_context.h"

namespace schemadelta::parser {

struct WrittenSequenceOptions {
  std::optional<model::TypeRef> data_type;
  std::optional<std::int64_t> increment, min_value, max_value, start, cache;
  bool no_min = false, no_max = false;
  std::optional<bool> cycle;
  std::optional<model::ColumnRef> owned_by;
  bool owned_by_none = false;
  std::optional<model::QualifiedName> sequence_name;  // identity: SEQUENCE NAME
  std::optional<bool> unlogged;
};

WrittenSequenceOptions read_sequence_options(const std::vector<pg::PostgresParser::SequenceOptionContext*>& options,
                                             BuildContext& context);

// Fills defaults: a new sequence of `default_type` (bigint for CREATE SEQUENCE, the column's
// type for serial and identity columns).
model::SequenceOptions resolve_new_sequence(const WrittenSequenceOptions& written, const model::TypeRef& default_type);

// ALTER SEQUENCE / ALTER COLUMN ... SET: applies what was written to existing options.
void apply_sequence_changes(model::SequenceOptions& options, const WrittenSequenceOptions& written);

}  // namespace schemadelta::parser

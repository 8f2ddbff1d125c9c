#pragma once
#include <string>

#include "parser/parse.h"

namespace schemadelta::testing {

// Parses one in-memory file named "test.sql".
inline parser::ParseResult parse_text(const std::string& text, bool strict = false) {
  parser::Source source;
  source.files.push_back({"test.sql", text});
  parser::ParseOptions options;
  options.strict = strict;
  return parser::parse(source, options);
}

inline std::string messages(const parser::ParseResult& result) {
  std::string text;
  for (const auto& d : result.diagnostics) text += parser::format(d) + "\n";
  return text;
}

}  // namespace schemadelta::testing

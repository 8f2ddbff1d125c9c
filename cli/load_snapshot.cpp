#include "cli/load_snapshot.h"

#include <iostream>


namespace schemadelta::cli {

std::optional<parser::ParseResult> load_snapshot(const std::vector<std::string>& inputs, bool strict,
                                                 const model::ObjectFilter& filter) {
  parser::Source source;
  try {
    source = parser::read_source(inputs);
  } catch (const std::exception& e) {
    std::cerr << "schemadelta: error: " << e.what() << "\n";
    return std::nullopt;
  }
  parser::ParseOptions options;
  options.strict = strict;
  auto result = parser::parse(source, options);
  for (const auto& diagnostic : result.diagnostics) {
    if (diagnostic.severity == parser::Severity::Note) continue;
    std::cerr << parser::format(diagnostic) << "\n";
  }
  if (result.has_errors()) return std::nullopt;
  model::apply_filter(result.catalog, filter);
  return result;
}

}  // namespace schemadelta::cli

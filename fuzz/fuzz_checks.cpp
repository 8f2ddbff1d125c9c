#include "fuzz/fuzz_checks.h"

#include <cstdio>
#include <cstdlib>

#include "compare/compare.h"
#include "pipeline/migration_pair.h"
#include "parser/parse.h"
#include "parser/scanner_agreement.h"

namespace schemadelta::fuzz {

namespace {

parser::ParseResult parse_text(std::string_view text, const char* name) {
  parser::Source source;
  source.files.push_back({name, std::string(text)});
  auto result = parser::parse(source);
  for (const auto& diagnostic : result.diagnostics) (void)parser::format(diagnostic);
  return result;
}

void require(bool holds, const char* property) {
  if (holds) return;
  std::fprintf(stderr, "fuzz property violated: %s\n", property);
  std::abort();
}

}  // namespace

void check_parse(std::string_view input) { (void)parse_text(input, "fuzz.sql"); }

void check_scanner(std::string_view input) {
  if (auto difference = parser::scanner_disagreement(std::string(input))) {
    std::fprintf(stderr, "%s\n", difference->c_str());
    require(false, "the scanner reads the input as the grammar's lexer does");
  }
}

void check_diff(std::string_view input) {
  const auto marker = input.find(kTargetMarker);
  const std::string_view first = input.substr(0, marker);
  const std::string_view second = marker == std::string_view::npos ? first : input.substr(marker + kTargetMarker.size());
  const auto source = parse_text(first, "source.sql");
  if (source.has_errors()) return;
  const auto target = parse_text(second, "target.sql");
  if (target.has_errors()) return;
  require(compare::compare(source.catalog, source.catalog).changes.empty(), "a snapshot compared with itself has no changes");
  require(compare::compare(target.catalog, target.catalog).changes.empty(), "a snapshot compared with itself has no changes");
  pipeline::PairOptions options;
  const auto pair = pipeline::write_migration_pair(source.catalog, target.catalog, options);
  require(!pair.errors.empty() || !pair.migration.text.empty(), "a comparison without errors writes a migration");
}

}  // namespace schemadelta::fuzz

#include "release/script_file.h"

#include <cstdlib>
#include <regex>
#include <sstream>

namespace schemadelta::release {

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

std::optional<ScriptFingerprints> read_fingerprints(const std::string& script) {
  static const std::regex header("-- state fingerprint ([0-9a-f]{16}) -> ([0-9a-f]{16})");
  for (const auto& line : lines_of(script)) {
    if (!line.starts_with("--")) break;  // the header is the leading comment lines
    std::smatch match;
    if (std::regex_match(line, match, header)) return ScriptFingerprints{match[1], match[2]};
  }
  return std::nullopt;
}

bool is_empty_script(const std::string& script) {
  for (const auto& line : lines_of(script)) {
    if (!line.starts_with("--")) return false;
    if (line == "-- No differences: nothing to do.") return true;
  }
  return false;
}

std::optional<std::string> rolled_back_transaction(const std::string& script, std::vector<std::string>& skipped) {
  const auto lines = lines_of(script);
  std::size_t begin = lines.size(), commit = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] == "BEGIN;" && begin == lines.size()) begin = i;
    if (lines[i] == "COMMIT;") commit = i;
  }
  if (begin == lines.size() || commit == lines.size() || commit < begin) return std::nullopt;
  std::string text;
  bool outside = false;
  for (std::size_t i = 0; i < begin; ++i) {
    // The settings (SET ...) come before any part; "-- Outside the transaction" starts the part
    // that runs before it (enum values), which a rolled-back run cannot hold.
    if (lines[i].starts_with("-- Outside the transaction")) outside = true;
    if (!outside) text += lines[i] + "\n";
  }
  if (outside) {
    skipped.push_back("the part before the transaction (new enum values, NOT NULL checks validated early: committed, cannot be rolled back)");
  }
  for (std::size_t i = begin; i < commit; ++i) text += lines[i] + "\n";
  text += "ROLLBACK;\n";
  for (std::size_t i = commit + 1; i < lines.size(); ++i) {
    if (!lines[i].empty() && !lines[i].starts_with("--")) {
      skipped.push_back("the part after the transaction (CREATE INDEX CONCURRENTLY, backfills: cannot run in a transaction)");
      break;
    }
  }
  return text;
}

std::vector<TimedStatement> timed_statements(const std::string& psql_stdout) {
  static const std::regex time_line(R"(Time: ([0-9]+(\.[0-9]+)?) ms( \(.*\))?)");
  std::vector<TimedStatement> statements;
  TimedStatement current;
  bool open = false;
  for (const auto& line : lines_of(psql_stdout)) {
    std::smatch match;
    if (std::regex_match(line, match, time_line)) {
      current.milliseconds = std::strtod(match[1].str().c_str(), nullptr);
      statements.push_back(current);
      current = {};
      open = false;
      continue;
    }
    open = true;
    const auto start = line.find_first_not_of(" \t");
    if (current.first_line.empty() && start != std::string::npos && !line.substr(start).starts_with("--")) current.first_line = line.substr(start);
  }
  if (open && !current.first_line.empty()) {
    current.milliseconds = -1;
    statements.push_back(current);
  }
  return statements;
}

}  // namespace schemadelta::release

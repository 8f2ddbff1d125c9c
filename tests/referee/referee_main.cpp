// referee FILE|FOLDER... : our parser against PostgreSQL's (libpg_query), statement by statement.
// Prints each disagreement as file:line:column: kind: detail, then a summary on stderr.
// Exit 0: all agree; 1: disagreements; 2: usage or unreadable input.
#include <cstring>
#include <iostream>

#include "tests/referee/referee.h"

int main(int argc, char** argv) {
  using namespace schemadelta::referee;
  Options options;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--psql") == 0) {
      options.blank_psql_commands = true;
    } else if (std::strcmp(argv[i], "--help") == 0 || argv[i][0] == '-') {
      std::cerr << "usage: referee [--psql] FILE|FOLDER...\n"
                   "  --psql  blank psql meta-command lines (\\echo, \\quit, ...) before both parsers read a file\n";
      return std::strcmp(argv[i], "--help") == 0 ? 0 : 2;
    } else {
      paths.push_back(argv[i]);
    }
  }
  if (paths.empty()) {
    std::cerr << "usage: referee [--psql] FILE|FOLDER...\n";
    return 2;
  }
  Verdicts total;
  size_t files = 0;
  try {
    for (const auto& file : sql_files(paths)) {
      Verdicts verdicts = judge(file, read_file(file), options);
      for (const auto& d : verdicts.disagreements) {
        std::cout << d.file << ":" << d.line << ":" << d.column << ": " << d.kind << ": " << d.detail << "\n";
      }
      total += verdicts;
      ++files;
    }
  } catch (const std::exception& e) {
    std::cerr << "referee: " << e.what() << "\n";
    return 2;
  }
  std::cerr << "referee: " << files << " files, " << total.statements << " statements, " << total.agreements
            << " agree (" << total.both_reject << " rejected by both, " << total.unmanaged << " unmanaged by us), "
            << total.unjudged << " unjudged after an error that ends the file; disagreements: "
            << count_by_kind(total.disagreements) << "\n";
  return total.disagreements.empty() ? 0 : 1;
}

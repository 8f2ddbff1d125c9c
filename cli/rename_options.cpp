#include "cli/rename_options.h"
#include "model/printable.h"

#include <fstream>
#include <iostream>

namespace schemadelta::cli {

void add_rename_options(CLI::App* command, RenameOptions& options) {
  command->add_option("--rename", options.renames, "KIND:[schema.]old=new (repeatable): rename instead of drop + create")->take_all();
  command->add_option("--rename-file", options.rename_file, "A file of KIND:[schema.]old=new lines");
}

std::optional<std::vector<compare::Rename>> read_renames(const RenameOptions& options) {
  // Each text with where it was given: "--rename" or "file:line:col" of a --rename-file line.
  std::vector<std::pair<std::string, std::string>> texts;
  for (const auto& text : options.renames) texts.emplace_back(text, "schemadelta: error: --rename");
  if (!options.rename_file.empty()) {
    std::ifstream in(options.rename_file);
    if (!in) {
      std::cerr << "schemadelta: error: cannot read " << model::printable(options.rename_file) << "\n";
      return std::nullopt;
    }
    int number = 0;
    for (std::string line; std::getline(in, line);) {
      ++number;
      auto first = line.find_first_not_of(" \t");
      if (first == std::string::npos || line[first] == '#') continue;
      texts.emplace_back(line.substr(first, line.find_last_not_of(" \t\r") - first + 1),
                         options.rename_file + ":" + std::to_string(number) + ":" + std::to_string(first + 1) + ": error");
    }
  }
  std::vector<compare::Rename> renames;
  for (const auto& [text, where] : texts) {
    std::string error;
    auto rename = compare::parse_rename(text, error);
    if (!rename) {
      std::cerr << model::printable(where) << ": " << model::printable(error) << "\n";
      return std::nullopt;
    }
    renames.push_back(*rename);
  }
  return renames;
}

}  // namespace schemadelta::cli

#pragma once
// The whole command line, built in one place: main() parses with it and the manual generator
// (`schemadelta --generate-manual DIR`) writes the man pages and completions from it, so the
// documentation cannot disagree with the options.
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace schemadelta::cli {

// What each command's help and man page show beside its options.
struct CommandDocs {
  std::string name;                                         // "diff", "archive list"
  std::vector<std::pair<std::string, std::string>> examples;  // command line, what it does
  std::vector<std::pair<int, std::string>> exit_codes;       // status, meaning
};

// Every command (subcommands of `archive` by their full name), in the order of `--help`.
const std::vector<CommandDocs>& command_docs();

// The application with every command; `exit_code` receives the command's status.
std::unique_ptr<CLI::App> make_app(int& exit_code);

// "schemadelta 0.1.0 (git 7023ec2)": the version and the commit it was built from.
std::string version_line();

}  // namespace schemadelta::cli

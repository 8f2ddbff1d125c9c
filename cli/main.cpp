#include <iostream>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/manual.h"
#include "cli/reporting.h"
#include "cli/suggest.h"
#include "model/printable.h"

int main(int argc, char** argv) {
  using namespace schemadelta::cli;
  int exit_code = kOk;
  auto app = make_app(exit_code);
  // Hidden: the build writes the man pages and completions from the same definitions.
  if (argc == 3 && std::string(argv[1]) == "--generate-manual") return write_manual(*app, argv[2]) ? kOk : kInputError;
  group_warnings_on_stderr();
  try {
    app->parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app->exit(e);  // --help, --version
  } catch (const CLI::ParseError& e) {
    // An unknown command or option is named with the nearest valid one; CLI11 says other
    // mistakes well enough ("--format: xml not in {sql,json}").
    std::vector<std::string> args(argv + 1, argv + argc);
    auto unknown = unknown_word(*app, args);
    std::string message = unknown ? *unknown : e.what();
    if (!unknown && args.empty()) message = "a command is required";
    std::cerr << "schemadelta: error: " << schemadelta::model::printable(message) << "\n"
              << "Run 'schemadelta --help' (or 'schemadelta COMMAND --help') for the commands and their options.\n";
    return kInputError;
  } catch (const std::exception& e) {
    flush_warnings();
    std::cerr << "schemadelta: error: " << schemadelta::model::printable(e.what()) << "\n";
    return kInputError;
  }
  flush_warnings();
  return exit_code;
}

#include <iostream>

#include "cli/commands.h"
#include "model/printable.h"

int main(int argc, char** argv) {
  CLI::App app{"schemadelta: compare two SQL schema snapshots and write the scripts between them"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("schemadelta ") + SCHEMADELTA_VERSION);
  int exit_code = schemadelta::cli::kOk;
  schemadelta::cli::add_parse_command(app, exit_code);
  schemadelta::cli::add_diff_command(app, exit_code);
  schemadelta::cli::add_check_command(app, exit_code);
  schemadelta::cli::add_snapshot_command(app, exit_code);
  schemadelta::cli::add_verify_command(app, exit_code);
  schemadelta::cli::add_archive_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? 0 : schemadelta::cli::kInputError;
  } catch (const std::exception& e) {
    std::cerr << "schemadelta: error: " << schemadelta::model::printable(e.what()) << "\n";
    return schemadelta::cli::kInputError;
  }
  return exit_code;
}

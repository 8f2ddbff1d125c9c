#pragma once
// One function per subcommand; main.cpp wires them to CLI11.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace schemadelta::cli {

// Exit statuses shared by every command.
enum ExitCode : int { kOk = 0, kDifferences = 1, kInputError = 2, kDataLossRefused = 3 };

void add_parse_command(CLI::App& app, int& exit_code);
void add_diff_command(CLI::App& app, int& exit_code);
void add_archive_command(CLI::App& app, int& exit_code);
void add_check_command(CLI::App& app, int& exit_code);
void add_snapshot_command(CLI::App& app, int& exit_code);
void add_verify_command(CLI::App& app, int& exit_code);
void add_apply_command(CLI::App& app, int& exit_code);
void add_history_command(CLI::App& app, int& exit_code);

}  // namespace schemadelta::cli

#pragma once
// Man pages (roff) and bash and zsh completions written from the CLI11 definitions of every
// command and option, with the examples and exit statuses of command_docs(): one source.
#include <string>

#include <CLI/CLI.hpp>

namespace schemadelta::cli {

// Writes DIR/man1/schemadelta.1 and one page per command (schemadelta-diff.1,
// schemadelta-archive-list.1, ...), DIR/completions/schemadelta (bash) and
// DIR/completions/_schemadelta (zsh). False when a file cannot be written (said on stderr).
bool write_manual(const CLI::App& app, const std::string& dir);

}  // namespace schemadelta::cli

#pragma once
// Option values checked before any work is done (exit 2 with the option named).
#include <string>

#include <CLI/CLI.hpp>

namespace schemadelta::cli {

// A PostgreSQL time setting as SET lock_timeout takes it: a number of milliseconds, or a number
// with a unit (us, ms, s, min, h, d). Empty when valid, else why not.
std::string duration_error(const std::string& value);

// Puts the checks on the options that have them wherever they are declared (--lock-timeout and
// --statement-timeout of diff and verify).
void add_value_checks(CLI::App& app);

}  // namespace schemadelta::cli

#pragma once
// Unknown commands and options named with the nearest valid one.
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace schemadelta::cli {

// Levenshtein distance (insertions, deletions, substitutions; a swap of neighbours counts one).
std::size_t edit_distance(const std::string& a, const std::string& b);

// The candidate nearest to `word` when near enough to be a typo; nullopt otherwise.
std::optional<std::string> nearest(const std::string& word, const std::vector<std::string>& candidates);

// Walks the arguments as CLI11 would and finds the first unknown command or option of `app`:
// "unknown command 'dif'; did you mean 'diff'?". nullopt when every word is known.
std::optional<std::string> unknown_word(const CLI::App& app, const std::vector<std::string>& args);

}  // namespace schemadelta::cli

#include "cli/suggest.h"

#include <algorithm>

namespace schemadelta::cli {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  // Optimal string alignment: "fromat" is one step from "format".
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

std::optional<std::string> nearest(const std::string& word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& candidate : candidates) {
    const auto distance = edit_distance(word, candidate);
    if (!best || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  // A typo, not another word: at most a third of the word (and at least 2) edits away, or a prefix.
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  if (best && (best_distance <= limit || (word.size() >= 2 && best->starts_with(word)))) return best;
  return std::nullopt;
}

namespace {

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  return names;
}

// The options a word may name at `app`: its own and, through fallthrough, its parents'.
std::vector<const CLI::Option*> options_in_reach(const CLI::App* app) {
  std::vector<const CLI::Option*> options;
  for (; app != nullptr; app = app->get_parent()) {
    for (const auto* option : app->get_options([](const CLI::Option* o) { return o->nonpositional(); })) options.push_back(option);
    if (!app->get_fallthrough()) break;
  }
  return options;
}

std::string listed(const std::vector<std::string>& names) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

std::string command_path(const CLI::App* app) {
  std::string path;
  for (; app != nullptr && app->get_parent() != nullptr; app = app->get_parent()) path = app->get_name() + (path.empty() ? "" : " " + path);
  return path;
}

}  // namespace

std::optional<std::string> unknown_word(const CLI::App& app, const std::vector<std::string>& args) {
  const CLI::App* current = &app;
  bool positional_seen = false;  // a command's positionals come after its subcommand, if any
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") break;
    if (arg.size() > 1 && arg[0] == '-') {
      const bool long_form = arg.starts_with("--");
      const std::string name = long_form ? arg.substr(2, arg.find('=') - 2) : arg.substr(1, 1);
      const CLI::Option* found = nullptr;
      std::vector<std::string> spellings;
      for (const auto* option : options_in_reach(current)) {
        for (const auto& l : option->get_lnames()) {
          spellings.push_back("--" + l);
          if (long_form && l == name) found = option;
        }
        for (const auto& s : option->get_snames()) {
          if (!long_form && s == name) found = option;
        }
      }
      if (!found) {
        const std::string shown = long_form ? "--" + name : arg;
        const std::string where = current == &app ? "" : " for '" + command_path(current) + "'";
        auto near = nearest(shown, spellings);
        return "unknown option '" + shown + "'" + where + (near ? "; did you mean '" + *near + "'?" : "");
      }
      // An option with a value takes the next word unless it came with "=" (or glued: -ofile).
      const bool takes_value = found->get_type_size_max() > 0 && found->get_expected_max() > 0;
      if (takes_value && arg.find('=') == std::string::npos && (long_form || arg.size() == 2)) ++i;
      continue;
    }
    const auto names = command_names(*current);
    if (names.empty() || positional_seen) {
      positional_seen = true;
      continue;
    }
    auto sub = std::find(names.begin(), names.end(), arg);
    if (sub == names.end()) {
      // A command with positionals of its own (none here) would take the word instead.
      if (!current->get_options([](const CLI::Option* o) { return o->get_positional(); }).empty()) {
        positional_seen = true;
        continue;
      }
      auto near = nearest(arg, names);
      const std::string of = current == &app ? "command" : command_path(current) + " command";
      return "unknown " + of + " '" + arg + "'" + (near ? "; did you mean '" + *near + "'?" : " (commands: " + listed(names) + ")");
    }
    current = current->get_subcommand(*sub);
  }
  return std::nullopt;
}

}  // namespace schemadelta::cli

#include "cli/value_checks.h"

#include <regex>

namespace schemadelta::cli {

std::string duration_error(const std::string& value) {
  static const std::regex duration(R"(\s*[0-9]+(\.[0-9]+)?\s*(us|ms|s|min|h|d)?\s*)");
  if (std::regex_match(value, duration)) return "";
  return "'" + value + "' is not a duration: a number of milliseconds, or with a unit (us, ms, s, min, h, d), as in 10s";
}

void add_value_checks(CLI::App& app) {
  const CLI::Validator duration([](std::string& value) { return duration_error(value); }, "DURATION", "duration");
  for (auto* command : app.get_subcommands([](CLI::App*) { return true; })) {
    for (const char* name : {"--lock-timeout", "--statement-timeout"}) {
      try {
        command->get_option(name)->check(duration);
      } catch (const CLI::OptionNotFound&) {
      }
    }
  }
}

}  // namespace schemadelta::cli

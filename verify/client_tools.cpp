#include "verify/client_tools.h"

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include <unistd.h>

namespace schemadelta::verify {

namespace fs = std::filesystem;

std::optional<std::string> find_on_path(const std::string& program) {
  std::error_code ec;
  if (const char* path = std::getenv("PATH")) {
    std::istringstream directories(path);
    for (std::string directory; std::getline(directories, directory, ':');) {
      if (directory.empty()) continue;
      fs::path candidate = fs::path(directory) / program;
      if (fs::is_regular_file(candidate, ec) && access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
  }
  return std::nullopt;
}

std::optional<std::string> find_client_tool(const std::string& program) {
  if (auto found = find_on_path(program)) return found;
  std::error_code ec;
  std::optional<std::pair<int, std::string>> newest;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    fs::path candidate = entry.path() / "bin" / program;
    const std::string version = entry.path().filename().string();
    if (!fs::is_regular_file(candidate, ec) || version.empty() || !std::isdigit(static_cast<unsigned char>(version[0]))) continue;
    const int major = std::atoi(version.c_str());
    if (!newest || major > newest->first) newest = {major, candidate.string()};
  }
  if (newest) return newest->second;
  return std::nullopt;
}

}  // namespace schemadelta::verify

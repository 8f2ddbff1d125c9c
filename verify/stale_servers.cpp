#include "verify/stale_servers.h"

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

namespace schemadelta::verify {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMarker = "owner";
constexpr std::string_view kFolderPrefix = "schemadelta-pg-";

// Field 22 of /proc/PID/stat (clock ticks since boot): with the PID it names one process, even
// after the PID is reused. Empty when the process does not exist.
std::string start_time(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat;
  if (!std::getline(in, stat)) return "";
  auto end_of_name = stat.rfind(')');  // the command name may hold spaces
  if (end_of_name == std::string::npos) return "";
  std::istringstream fields(stat.substr(end_of_name + 2));
  std::string field;
  for (int number = 3; number <= 22 && fields >> field; ++number) {
    if (number == 22) return field;
  }
  return "";
}

bool owner_alive(const fs::path& root) {
  std::ifstream in(root / kMarker);
  long pid = 0;
  std::string started;
  if (!(in >> pid >> started) || pid <= 1) {
    // No marker yet: a run between making the folder and writing it. Old ones are orphans.
    std::error_code error;
    auto written = fs::last_write_time(root, error);
    return !error && fs::file_time_type::clock::now() - written < std::chrono::minutes(10);
  }
  return start_time(static_cast<pid_t>(pid)) == started;
}

void stop_postmaster(const fs::path& root) {
  std::ifstream in(root / "data" / "postmaster.pid");
  long pid = 0;
  std::string data_dir;
  if (!(in >> pid) || pid <= 1) return;
  in.ignore();
  std::getline(in, data_dir);
  // Only the postmaster of this folder: the PID file names its data directory.
  std::error_code error;
  if (fs::weakly_canonical(data_dir, error) != fs::weakly_canonical(root / "data", error)) return;
  if (::kill(static_cast<pid_t>(pid), SIGQUIT) != 0) return;
  for (int i = 0; i < 50 && ::kill(static_cast<pid_t>(pid), 0) == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  ::kill(static_cast<pid_t>(pid), SIGKILL);
}

}  // namespace

void write_owner_marker(const fs::path& server_root) {
  std::ofstream(server_root / kMarker) << ::getpid() << " " << start_time(::getpid()) << "\n";
}

std::vector<fs::path> remove_stale_servers(const fs::path& base) {
  std::vector<fs::path> removed;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(base, error)) {
    const fs::path root = entry.path();
    if (!root.filename().string().starts_with(kFolderPrefix) || !entry.is_directory(error) || entry.is_symlink(error)) continue;
    if (owner_alive(root)) continue;
    stop_postmaster(root);
    // A dying initdb may still be deleting its own files: try again for a moment.
    for (int attempt = 0; attempt < 20; ++attempt) {
      fs::remove_all(root, error);
      if (!error) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (!error) removed.push_back(root);
  }
  return removed;
}

}  // namespace schemadelta::verify

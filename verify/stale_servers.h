#pragma once
// Throwaway servers of runs that died without cleaning up (SIGKILL, SIGQUIT, a power cut): each
// server folder holds an owner marker with the PID and start time of the process that made it;
// a folder whose owner is gone is stopped and removed by the next run or by `verify --cleanup`.
#include <filesystem>
#include <string>
#include <vector>

namespace schemadelta::verify {

// Written right after the folder is made: "PID START_TIME" of this process.
void write_owner_marker(const std::filesystem::path& server_root);

// Stops the postmaster of each server folder under `base` whose owner is no longer running and
// removes the folder; returns the folders removed. Folders of live owners are never touched.
std::vector<std::filesystem::path> remove_stale_servers(const std::filesystem::path& base);

}  // namespace schemadelta::verify

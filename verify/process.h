#pragma once
// Runs external programs (initdb, pg_ctl, psql, pg_dump) without a shell, so names
// and paths coming from users can never be interpreted as shell syntax.

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace schemadelta::verify {

struct ProcessOptions {
    std::optional<std::string> stdin_text;        // nullopt: stdin is /dev/null
    bool merge_stderr = false;                    // true: stderr goes into `out`, keeping order
    std::optional<std::vector<std::string>> env;  // "KEY=VALUE" entries; nullopt: inherit ours
    std::optional<std::filesystem::path> cwd;     // nullopt: inherit ours
    std::optional<std::chrono::milliseconds> timeout;  // on expiry the child gets SIGKILL
};

struct ProcessResult {
    int exit_code = -1;  // 128 + signal number when the child was killed by a signal
    bool timed_out = false;
    std::string out;
    std::string err;
};

// argv[0] without a '/' is looked up in our PATH. Throws VerifyError only when the
// program cannot be started at all; a non-zero exit is reported in the result.
ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// Our environment minus every PG* variable, so a developer's PGHOST/PGOPTIONS/...
// cannot redirect or alter connections to the throwaway server.
std::vector<std::string> clean_environment();

}  // namespace schemadelta::verify

#include "verify/process.h"

#include "verify/verify_error.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <string_view>
#include <tuple>
#include <unistd.h>
#include <utility>

extern char** environ;

namespace schemadelta::verify {
namespace {

// Owns one file descriptor so early exits (exceptions) never leak it.
class Fd {
public:
    Fd() = default;
    explicit Fd(int fd) : fd_(fd) {}
    Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    Fd& operator=(Fd&& other) noexcept {
        if (this != &other) {
            reset();
            fd_ = std::exchange(other.fd_, -1);
        }
        return *this;
    }
    ~Fd() { reset(); }
    int get() const { return fd_; }
    bool valid() const { return fd_ >= 0; }
    void reset() {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }

private:
    int fd_ = -1;
};

[[noreturn]] void throw_errno(const std::string& what, int err) {
    throw VerifyError(fmt::format("{}: {}", what, std::strerror(err)));
}

// All descriptors are close-on-exec: dup2 into 0/1/2 clears the flag on the child's
// copy, and nothing leaks into this or any concurrently spawned child.
std::pair<Fd, Fd> make_pipe() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw_errno("pipe2", errno);
    return {Fd(fds[0]), Fd(fds[1])};
}

// stdin is a socket rather than a pipe so we can write with MSG_NOSIGNAL: a child
// that exits without reading its input must not kill us with SIGPIPE, and changing
// the process-wide SIGPIPE disposition would be global state.
std::pair<Fd, Fd> make_stdin_socket() {
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) throw_errno("socketpair", errno);
    return {Fd(fds[0]), Fd(fds[1])};
}

std::vector<char*> to_c_strings(const std::vector<std::string>& strings) {
    std::vector<char*> out;
    out.reserve(strings.size() + 1);
    for (const auto& s : strings) out.push_back(const_cast<char*>(s.c_str()));
    out.push_back(nullptr);
    return out;
}

class FileActions {
public:
    FileActions() { posix_spawn_file_actions_init(&actions_); }
    ~FileActions() { posix_spawn_file_actions_destroy(&actions_); }
    FileActions(const FileActions&) = delete;
    FileActions& operator=(const FileActions&) = delete;
    posix_spawn_file_actions_t* get() { return &actions_; }

private:
    posix_spawn_file_actions_t actions_;
};

int decode_status(int status) {
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

int wait_for(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    return decode_status(status);
}

// One read per poll wake-up: the parent ends are blocking, so a second read could
// stall when the child has nothing more to say yet.
void drain(Fd& fd, std::string& sink) {
    char buffer[65536];
    ssize_t n;
    do {
        n = ::read(fd.get(), buffer, sizeof buffer);
    } while (n < 0 && errno == EINTR);
    if (n > 0) {
        sink.append(buffer, static_cast<size_t>(n));
    } else {
        fd.reset();  // end of file, or an error we cannot recover from: stop reading either way
    }
}

// Shuttles stdin/stdout/stderr until both outputs are closed. Polling all of them
// avoids the classic deadlock where the child blocks on a full stderr pipe while we
// block on stdout (or on writing its stdin). Returns false on timeout.
bool pump(Fd& in, std::string_view input, Fd& out, std::string& out_text, Fd& err, std::string& err_text,
          std::optional<std::chrono::steady_clock::time_point> deadline) {
    size_t written = 0;
    if (in.valid() && input.empty()) in.reset();
    while (out.valid() || err.valid()) {
        pollfd fds[3];
        nfds_t count = 0;
        int in_index = -1, out_index = -1, err_index = -1;
        if (in.valid()) { in_index = static_cast<int>(count); fds[count++] = {in.get(), POLLOUT, 0}; }
        if (out.valid()) { out_index = static_cast<int>(count); fds[count++] = {out.get(), POLLIN, 0}; }
        if (err.valid()) { err_index = static_cast<int>(count); fds[count++] = {err.get(), POLLIN, 0}; }

        int wait_ms = -1;
        if (deadline) {
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) return false;
            wait_ms = static_cast<int>(std::min<long long>(left.count(), 60'000));
        }
        int ready = ::poll(fds, count, wait_ms);
        if (ready < 0) {
            if (errno == EINTR) continue;
            throw_errno("poll", errno);
        }
        if (in_index >= 0 && fds[in_index].revents != 0) {
            ssize_t n = ::send(in.get(), input.data() + written, input.size() - written, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0) written += static_cast<size_t>(n);
            // EPIPE etc.: the child stopped reading; the rest of the input is moot.
            if ((n < 0 && errno != EINTR && errno != EAGAIN) || written == input.size()) in.reset();
        }
        if (out_index >= 0 && fds[out_index].revents != 0) drain(out, out_text);
        if (err_index >= 0 && fds[err_index].revents != 0) drain(err, err_text);
    }
    return true;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options) {
    if (argv.empty()) throw VerifyError("run_process: empty argv");

    FileActions actions;
    Fd parent_in, child_in;
    if (options.stdin_text) {
        std::tie(parent_in, child_in) = make_stdin_socket();
        posix_spawn_file_actions_adddup2(actions.get(), child_in.get(), STDIN_FILENO);
    } else {
        posix_spawn_file_actions_addopen(actions.get(), STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    }
    auto [parent_out, child_out] = make_pipe();
    posix_spawn_file_actions_adddup2(actions.get(), child_out.get(), STDOUT_FILENO);
    Fd parent_err, child_err;
    if (options.merge_stderr) {
        posix_spawn_file_actions_adddup2(actions.get(), child_out.get(), STDERR_FILENO);
    } else {
        std::tie(parent_err, child_err) = make_pipe();
        posix_spawn_file_actions_adddup2(actions.get(), child_err.get(), STDERR_FILENO);
    }
    std::string cwd;
    if (options.cwd) {
        cwd = options.cwd->string();
        posix_spawn_file_actions_addchdir_np(actions.get(), cwd.c_str());
    }

    auto c_argv = to_c_strings(argv);
    std::vector<char*> c_env;
    if (options.env) c_env = to_c_strings(*options.env);
    char** envp = options.env ? c_env.data() : environ;

    pid_t pid = -1;
    int rc = argv[0].find('/') == std::string::npos
                 ? ::posix_spawnp(&pid, c_argv[0], actions.get(), nullptr, c_argv.data(), envp)
                 : ::posix_spawn(&pid, c_argv[0], actions.get(), nullptr, c_argv.data(), envp);
    if (rc != 0) throw_errno(fmt::format("cannot run {}", argv[0]), rc);

    // Only the child may hold the write ends, or we would never see end of file.
    child_in.reset();
    child_out.reset();
    child_err.reset();

    ProcessResult result;
    std::optional<std::chrono::steady_clock::time_point> deadline;
    if (options.timeout) deadline = std::chrono::steady_clock::now() + *options.timeout;
    try {
        std::string_view input = options.stdin_text ? std::string_view(*options.stdin_text) : std::string_view();
        result.timed_out = !pump(parent_in, input, parent_out, result.out, parent_err, result.err, deadline);
    } catch (...) {
        ::kill(pid, SIGKILL);
        wait_for(pid);
        throw;
    }
    if (result.timed_out) ::kill(pid, SIGKILL);
    result.exit_code = wait_for(pid);
    return result;
}

std::vector<std::string> clean_environment() {
    std::vector<std::string> env;
    for (char** entry = environ; entry && *entry; ++entry) {
        std::string_view item(*entry);
        if (item.starts_with("PG")) continue;
        env.emplace_back(item);
    }
    return env;
}

}  // namespace schemadelta::verify

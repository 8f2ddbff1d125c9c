#include "verify/throwaway_server.h"

#include "verify/catalog_dump.h"
#include "verify/process.h"
#include "verify/stale_servers.h"

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <locale.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <string_view>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace schemadelta::verify {
namespace {

// A TCP port on 127.0.0.1 nothing listens on now: the kernel's choice for a socket bound to port 0.
int free_loopback_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw VerifyError(fmt::format("cannot open a socket: {}", std::strerror(errno)));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                       ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    const int error = errno;
    ::close(fd);
    if (!bound) throw VerifyError(fmt::format("cannot find a free port on 127.0.0.1: {}", std::strerror(error)));
    return ntohs(address.sin_port);
}

constexpr auto k_tool_timeout = std::chrono::seconds(120);

// pg_ctl hands -D, -l and -o to /bin/sh, and unix_socket_directories is a
// comma-separated list, so the directory must be free of shell and list syntax.
bool is_plain_path(std::string_view path) {
    for (char c : path) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '/' || c == '.' || c == '_' || c == '-' || c == '+';
        if (!ok) return false;
    }
    return !path.empty();
}

// A unix socket path is limited to 107 bytes; the socket file name adds up to 15 (a five-digit port).
constexpr std::string_view k_dir_template = "/schemadelta-pg-XXXXXX";
constexpr size_t k_max_socket_dir = 107 - std::string_view("/.s.PGSQL.65535").size();

std::string choose_base_dir() {
    if (const char* tmpdir = std::getenv("TMPDIR")) {
        std::string base(tmpdir);
        while (base.size() > 1 && base.back() == '/') base.pop_back();
        if (base.starts_with('/') && is_plain_path(base) && base.size() + k_dir_template.size() <= k_max_socket_dir)
            return base;
    }
    return "/tmp";
}

// C.UTF-8 keeps collation byte-wise (stable dumps) while allowing any UTF-8 text;
// some minimal systems lack it, and plain C is the next best thing.
std::string choose_locale() {
    locale_t probe = ::newlocale(LC_ALL_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
    if (!probe) return "C";
    ::freelocale(probe);
    return "C.UTF-8";
}

struct OsUser {
    uid_t uid;
    gid_t gid;
};

OsUser lookup_user(const std::string& name) {
    passwd entry{};
    passwd* found = nullptr;
    std::vector<char> buffer(16384);
    int rc = ::getpwnam_r(name.c_str(), &entry, buffer.data(), buffer.size(), &found);
    if (rc != 0 || !found)
        throw VerifyError(fmt::format(
            "cannot start a throwaway PostgreSQL: running as root, and the unprivileged user '{}' that "
            "initdb/postgres need does not exist (create it with: useradd --system --no-create-home {})",
            name, name));
    return {entry.pw_uid, entry.pw_gid};
}

std::string runuser_path() {
    for (const char* candidate : {"/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"})
        if (::access(candidate, X_OK) == 0) return candidate;
    return "runuser";
}

std::string quote_identifier(const std::string& name) {
    if (name.empty()) throw VerifyError("database name must not be empty");
    if (name.find('\0') != std::string::npos) throw VerifyError("database name must not contain NUL");
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

// libpq connection string value: single-quoted, with \ and ' backslash-escaped.
std::string conninfo_value(const std::string& value) {
    std::string quoted = "'";
    for (char c : value) {
        if (c == '\\' || c == '\'') quoted += '\\';
        quoted += c;
    }
    return quoted + '\'';
}

std::vector<std::string> client_environment() {
    auto env = clean_environment();
    // psql otherwise derives the client encoding from the caller's locale, and a
    // C/POSIX locale would mangle non-ASCII identifiers in its output.
    env.emplace_back("PGCLIENTENCODING=UTF8");
    return env;
}

// Designated initialisers would be shorter, but GCC 12 flags every omitted field
// under -Wextra even when it has a default.
ProcessOptions client_options(bool merge_stderr) {
    ProcessOptions options;
    options.merge_stderr = merge_stderr;
    options.env = client_environment();
    return options;
}

ProcessOptions server_tool_options(const std::filesystem::path& cwd) {
    ProcessOptions options;
    options.merge_stderr = true;
    options.env = clean_environment();
    options.cwd = cwd;  // the caller's cwd may be unreadable for the server user
    options.timeout = k_tool_timeout;
    return options;
}

std::string describe_failure(const ProcessResult& result) {
    if (result.timed_out) return "timed out";
    return fmt::format("exit code {}", result.exit_code);
}

}  // namespace

std::string server_base_dir() { return choose_base_dir(); }

bool is_supported_server_version(int major) { return major >= 14 && major <= 18; }

std::filesystem::path server_cache_dir() {
    const char* cache = std::getenv("SCHEMADELTA_PG_CACHE");
    return cache && *cache ? std::filesystem::path(cache) : std::filesystem::path("/var/cache/schemadelta/pg");
}

ServerOptions server_options_for_version(int major) {
    ServerOptions options;
    if (major == 0) return options;
    if (!is_supported_server_version(major))
        throw VerifyError(fmt::format("PostgreSQL {} is not supported: server versions are 14 to 18", major));
    std::error_code ec;
    if (major == k_client_major && std::filesystem::exists(options.bin_dir / "initdb", ec)) return options;
    options.bin_dir = server_cache_dir() / std::to_string(major) / "bin";
    return options;
}

int test_server_version() {
    const char* version = std::getenv("SCHEMADELTA_TEST_SERVER_VERSION");
    return version && *version ? std::atoi(version) : k_client_major;
}

ThrowawayServer::ThrowawayServer(std::filesystem::path root, ServerOptions options, bool switch_user)
    : root_(std::move(root)), options_(std::move(options)), switch_user_(switch_user) {}

std::unique_ptr<ThrowawayServer> ThrowawayServer::start(const ServerOptions& options) {
    std::error_code ec;
    if (!std::filesystem::exists(options.bin_dir / "initdb", ec))
        throw VerifyError(fmt::format(
            "cannot start a throwaway PostgreSQL: no initdb in {} (servers other than Debian's 15 are installed by "
            "scripts/install-deps.sh --pg-versions \"14 16 17 18\")",
            options.bin_dir.string()));
    bool switch_user = ::geteuid() == 0;
    std::optional<OsUser> user;
    if (switch_user) user = lookup_user(options.os_user);

    // What runs killed before they could clean up left behind goes first.
    remove_stale_servers(choose_base_dir());
    std::string dir_template = choose_base_dir() + std::string(k_dir_template);
    if (!::mkdtemp(dir_template.data()))
        throw VerifyError(fmt::format("cannot create temp dir {}: {}", dir_template, std::strerror(errno)));
    write_owner_marker(dir_template);
    // From here on the destructor owns the directory, so every throw below cleans up.
    std::unique_ptr<ThrowawayServer> server(new ThrowawayServer(dir_template, options, switch_user));
    const std::string root = server->root_.string();
    if (user && ::chown(root.c_str(), user->uid, user->gid) != 0)
        throw VerifyError(fmt::format("cannot chown {} to {}: {}", root, options.os_user, std::strerror(errno)));

    const std::string data_dir = root + "/data";
    const ProcessOptions tool_options = server_tool_options(server->root_);
    auto initdb = run_process(server->as_server_user({server->bin("initdb"), "-D", data_dir, "-A", "trust", "-U",
                                                      "postgres", "-E", "UTF8", "--locale=" + choose_locale(),
                                                      "--no-sync", "--no-instructions"}),
                              tool_options);
    if (initdb.exit_code != 0 || initdb.timed_out)
        throw VerifyError(fmt::format(
            "initdb failed ({}) in {}:\n{}{}", describe_failure(initdb), root, initdb.out,
            switch_user ? fmt::format("(hint: user '{}' must be able to reach that directory; if its parent is "
                                      "private, point TMPDIR at a world-accessible directory such as /tmp)\n",
                                      options.os_user)
                        : ""));

    if (options.loopback_tcp) server->port_ = free_loopback_port();
    const std::string server_flags = fmt::format(
        "-c listen_addresses='{}' -c port={} -c unix_socket_directories='{}' -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off",
        options.loopback_tcp ? "127.0.0.1" : "", server->port_, root);
    server->started_ = true;  // even a failed start may leave a postmaster behind to stop
    auto pg_ctl = run_process(server->as_server_user({server->bin("pg_ctl"), "-D", data_dir, "-l",
                                                      root + "/server.log", "-w", "-t", "60", "-s", "-o",
                                                      server_flags, "start"}),
                              tool_options);
    if (pg_ctl.exit_code != 0 || pg_ctl.timed_out)
        throw VerifyError(fmt::format("PostgreSQL failed to start ({}) in {}:\n{}\n--- server log tail ---\n{}",
                                      describe_failure(pg_ctl), root, pg_ctl.out, server->log_tail()));
    return server;
}

ThrowawayServer::~ThrowawayServer() {
    if (started_) stop();
    std::error_code ignored;
    std::filesystem::remove_all(root_, ignored);
}

void ThrowawayServer::stop() noexcept {
    const auto pid_file = root_ / "data" / "postmaster.pid";
    try {
        run_process(as_server_user({bin("pg_ctl"), "-D", (root_ / "data").string(), "-m", "immediate", "-w",
                                    "-t", "30", "-s", "stop"}),
                    server_tool_options(root_));
    } catch (...) {
        // fall through to the pid-file check below
    }
    std::error_code ec;
    if (!std::filesystem::exists(pid_file, ec)) return;

    // pg_ctl could not stop it: signal the postmaster we started ourselves
    // (SIGQUIT = immediate shutdown) and give it a moment before the files go.
    std::ifstream in(pid_file);
    long pid = 0;
    if (in >> pid && pid > 1) ::kill(static_cast<pid_t>(pid), SIGQUIT);
    for (int i = 0; i < 50 && std::filesystem::exists(pid_file, ec); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

std::vector<std::string> ThrowawayServer::as_server_user(std::vector<std::string> argv) const {
    if (!switch_user_) return argv;
    std::vector<std::string> wrapped{runuser_path(), "-u", options_.os_user, "--"};
    wrapped.insert(wrapped.end(), std::make_move_iterator(argv.begin()), std::make_move_iterator(argv.end()));
    return wrapped;
}

std::string ThrowawayServer::bin(const char* program) const { return (options_.bin_dir / program).string(); }

std::string ThrowawayServer::client_bin(const char* program) const {
    return (options_.client_bin_dir / program).string();
}

int ThrowawayServer::server_version() {
    if (server_version_ == 0) {
        auto argv = psql("postgres");
        argv.insert(argv.end(), {"-A", "-t", "-c", "SHOW server_version_num"});
        auto result = run_process(argv, client_options(true));
        if (result.exit_code != 0) throw VerifyError("cannot read the server's version:\n" + result.out);
        server_version_ = std::atoi(result.out.c_str()) / 10000;
    }
    return server_version_;
}

std::string ThrowawayServer::log_tail() const {
    std::ifstream in(root_ / "server.log");
    if (!in) return "(no server log)";
    std::deque<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        lines.push_back(std::move(line));
        if (lines.size() > 30) lines.pop_front();
    }
    std::string tail;
    for (const auto& line : lines) tail += line + '\n';
    return tail;
}

std::string ThrowawayServer::socket_dir() const { return root_.string(); }

int ThrowawayServer::port() const { return port_; }

std::string ThrowawayServer::connection_string(const std::string& database) const {
    return fmt::format("host={} port={} user=postgres dbname={}", conninfo_value(socket_dir()), port_,
                       conninfo_value(database));
}

void ThrowawayServer::create_roles(const std::set<std::string>& roles) {
    for (const auto& role : roles) {
        std::string quoted = "\"";
        for (char c : role) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        quoted += "\"";
        auto run = run_sql("postgres", "DO $$ BEGIN CREATE ROLE " + quoted + "; EXCEPTION WHEN duplicate_object THEN NULL; END $$;");
        if (!run.ok) throw VerifyError("cannot create role " + role + ":\n" + run.output);
    }
}

std::string without_restrict_keys(const std::string& dump) {
    std::string out;
    std::size_t start = 0;
    while (start < dump.size()) {
        std::size_t end = dump.find('\n', start);
        end = end == std::string::npos ? dump.size() : end + 1;
        std::string_view line(dump.data() + start, end - start);
        if (!line.starts_with("\\restrict") && !line.starts_with("\\unrestrict")) out.append(line);
        start = end;
    }
    return out;
}

std::string ThrowawayServer::connection_uri(const std::string& database) const {
    return fmt::format("postgresql://postgres@/{}?host={}&port={}", database, socket_dir(), port_);
}

std::vector<std::string> ThrowawayServer::psql(const std::string& database) const {
    return {client_bin("psql"), "-X", "-q", "-w", "-v", "ON_ERROR_STOP=1", "-d", connection_string(database)};
}

void ThrowawayServer::run_admin_sql(const std::string& sql) {
    // -c sends the string verbatim (no psql variable interpolation) as one command,
    // outside any transaction block, which CREATE/DROP DATABASE require.
    auto argv = psql("postgres");
    argv.insert(argv.end(), {"-c", sql});
    auto result = run_process(argv, client_options(true));
    if (result.exit_code != 0) throw VerifyError(fmt::format("{} failed:\n{}", sql, result.out));
}

void ThrowawayServer::create_database(const std::string& name) {
    // From 15 on, CREATE DATABASE writes the whole template through the WAL unless told to copy
    // its files; with fsync off the copy takes about a quarter of the time (50 ms against 220 ms
    // here), and a proof creates two databases.
    const char* strategy = server_version() >= 15 ? " STRATEGY FILE_COPY" : "";
    run_admin_sql("CREATE DATABASE " + quote_identifier(name) + strategy);
}

void ThrowawayServer::drop_database(const std::string& name) {
    run_admin_sql("DROP DATABASE " + quote_identifier(name) + " WITH (FORCE)");
}

SqlRun ThrowawayServer::run_sql(const std::string& database, const std::string& sql) {
    auto argv = psql(database);
    argv.insert(argv.end(), {"-f", "-"});  // not -c: that would wrap everything in one transaction
    auto options = client_options(true);
    options.stdin_text = sql;
    auto result = run_process(argv, options);
    return {result.exit_code == 0, result.exit_code, std::move(result.out)};
}

SqlRun ThrowawayServer::run_sql_file(const std::string& database, const std::filesystem::path& path) {
    auto argv = psql(database);
    argv.insert(argv.end(), {"-f", path.string()});
    auto result = run_process(argv, client_options(true));
    return {result.exit_code == 0, result.exit_code, std::move(result.out)};
}

std::string ThrowawayServer::dump_schema(const std::string& database, const DumpOptions& options) {
    return dump(database, options, "--schema-only");
}

std::string ThrowawayServer::dump_data(const std::string& database, const DumpOptions& options) {
    return dump(database, options, "--data-only");
}

std::string ThrowawayServer::dump(const std::string& database, const DumpOptions& options, const char* mode) {
    if (server_version() > k_client_major) {
        CatalogDumpOptions catalog;
        catalog.exclude_schemas = options.exclude_schemas;
        catalog.no_owner = options.no_owner;
        catalog.no_privileges = options.no_privileges;
        auto argv = psql(database);
        return std::string_view(mode) == "--schema-only" ? catalog_schema_dump(argv, client_environment(), catalog)
                                                         : catalog_data_dump(argv, client_environment(), catalog);
    }
    std::vector<std::string> argv{client_bin("pg_dump"), mode, "-w"};
    if (options.no_owner) argv.emplace_back("--no-owner");
    if (options.no_privileges) argv.emplace_back("--no-privileges");
    for (const auto& schema : options.exclude_schemas) argv.push_back("--exclude-schema=" + schema);
    argv.insert(argv.end(), {"-d", connection_string(database)});
    auto result = run_process(argv, client_options(false));
    if (result.exit_code != 0)
        throw VerifyError(fmt::format("pg_dump {} of database '{}' failed (exit code {}):\n{}", mode, database,
                                      result.exit_code, result.err));
    return std::move(result.out);
}

}  // namespace schemadelta::verify

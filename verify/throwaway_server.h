#pragma once
// A private, disposable PostgreSQL 15 cluster.
//
// Why: the only trustworthy judge of whether a generated migration really turns
// schema A into schema B is PostgreSQL itself. Tests and `schemadelta verify` need a
// server they can wreck freely, that never touches a real database, and of which
// several can run side by side. Each instance lives in its own temp directory,
// listens on a unix socket only, trades durability for speed, and is destroyed with
// the object. There is no libpq dependency: everything goes through psql/pg_dump.

#include "verify/verify_error.h"

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace schemadelta::verify {

struct SqlRun {
    bool ok = false;     // psql exited with 0
    int exit_code = -1;  // psql's exit code: 1 fatal, 2 connection lost, 3 script error
    std::string output;  // stdout and stderr interleaved as psql wrote them
};

struct DumpOptions {
    bool no_owner = false;                     // pg_dump --no-owner
    bool no_privileges = false;                // pg_dump --no-privileges
    std::vector<std::string> exclude_schemas;  // pg_dump --exclude-schema (a pattern: * and ? are wildcards)
};

struct ServerOptions {
    std::filesystem::path bin_dir = "/usr/lib/postgresql/15/bin";
    std::string os_user = "postgres";  // initdb/postgres refuse root; used only when we are root
};

// A dump without pg_dump's per-run `\restrict KEY` / `\unrestrict KEY` lines, so that dumps of
// the same schema compare equal.
std::string without_restrict_keys(const std::string& dump);

// The folder under which servers are made ($TMPDIR when usable, else /tmp).
std::string server_base_dir();

class ThrowawayServer {
public:
    // Creates, initialises and starts a new cluster. Throws VerifyError (with the
    // tool output and server log tail) when anything fails; nothing is left behind.
    static std::unique_ptr<ThrowawayServer> start(const ServerOptions& options = {});

    // Stops the server immediately and deletes its directory. Never throws.
    ~ThrowawayServer();

    ThrowawayServer(const ThrowawayServer&) = delete;
    ThrowawayServer& operator=(const ThrowawayServer&) = delete;
    ThrowawayServer(ThrowawayServer&&) = delete;
    ThrowawayServer& operator=(ThrowawayServer&&) = delete;

    // Creates each role that does not exist yet (NOLOGIN), so snapshots naming them load.
    void create_roles(const std::set<std::string>& roles);

    // Throw VerifyError with psql's output on failure. drop_database also fails
    // when the database does not exist, and disconnects any sessions using it.
    void create_database(const std::string& name);
    void drop_database(const std::string& name);

    // Run a script with psql, statement by statement (no implicit transaction),
    // stopping at the first error. Failure is reported in the result, not thrown;
    // VerifyError is thrown only if psql cannot be started.
    SqlRun run_sql(const std::string& database, const std::string& sql);
    SqlRun run_sql_file(const std::string& database, const std::filesystem::path& path);

    // pg_dump in plain format (data uses COPY). Throw VerifyError with pg_dump's stderr.
    std::string dump_schema(const std::string& database, const DumpOptions& options = {});
    std::string dump_data(const std::string& database, const DumpOptions& options = {});

    std::string socket_dir() const;
    int port() const;
    // libpq keyword/value connection string, for any other client.
    std::string connection_string(const std::string& database) const;
    // The same as a postgresql:// URI (what users give schemadelta for a live database).
    std::string connection_uri(const std::string& database) const;

private:
    ThrowawayServer(std::filesystem::path root, ServerOptions options, bool switch_user);

    std::vector<std::string> as_server_user(std::vector<std::string> argv) const;
    std::string bin(const char* program) const;
    std::vector<std::string> psql(const std::string& database) const;
    void run_admin_sql(const std::string& sql);
    std::string dump(const std::string& database, const DumpOptions& options, const char* mode);
    std::string log_tail() const;
    void stop() noexcept;

    std::filesystem::path root_;  // temp dir: holds data/, server.log and the socket
    ServerOptions options_;
    bool switch_user_;  // true when we are root and must run server tools via runuser
    bool started_ = false;
};

}  // namespace schemadelta::verify

#pragma once
// A private, disposable PostgreSQL cluster (15 from Debian by default; 14, 16, 17 and 18 from the
// cache scripts/install-deps.sh --pg-versions fills).
//
// Why: the only trustworthy judge of whether a generated migration really turns
// schema A into schema B is PostgreSQL itself. Tests and `schemadelta verify` need a
// server they can wreck freely, that never touches a real database, and of which
// several can run side by side. Each instance lives in its own temp directory,
// listens on a unix socket only, trades durability for speed, and is destroyed with
// the object. There is no libpq dependency: everything goes through psql/pg_dump (Debian's
// PostgreSQL 15 client tools, whatever the server's version: psql 15 talks to 14-18; for a newer
// server, whose dumps pg_dump 15 refuses, dumps are read from its catalog, verify/catalog_dump.h).

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

// The major version of the client tools (psql, pg_dump) every server is used through.
constexpr int k_client_major = 15;

struct ServerOptions {
    std::filesystem::path bin_dir = "/usr/lib/postgresql/15/bin";         // initdb, pg_ctl, postgres
    std::filesystem::path client_bin_dir = "/usr/lib/postgresql/15/bin";  // psql, pg_dump
    std::string os_user = "postgres";  // initdb/postgres refuse root; used only when we are root
    // Also listen on 127.0.0.1 at a free port, for clients that speak only TCP (JDBC); off, the
    // server is reachable through its unix socket alone.
    bool loopback_tcp = false;
};

// The majors a throwaway server can be (14 to 18).
bool is_supported_server_version(int major);
// Where the servers of other majors are: $SCHEMADELTA_PG_CACHE, else /var/cache/schemadelta/pg.
std::filesystem::path server_cache_dir();
// The options for a server of PostgreSQL `major`: 0 or 15 is Debian's PostgreSQL 15 (the cache's
// when Debian's is missing), others come from server_cache_dir()/<major>/bin. Throws VerifyError
// for a major outside 14-18; start() names the install command when the server is missing.
ServerOptions server_options_for_version(int major);
// The version tests run on: SCHEMADELTA_TEST_SERVER_VERSION, else 15.
int test_server_version();

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
    // On a server newer than pg_dump 15 both are read from the catalog (verify/catalog_dump.h),
    // in the same format.
    std::string dump_schema(const std::string& database, const DumpOptions& options = {});
    std::string dump_data(const std::string& database, const DumpOptions& options = {});

    // The server's major version (14 to 18), asked once.
    int server_version();
    // psql's argv for a database, options for it (the same client environment run_sql uses).
    std::vector<std::string> psql(const std::string& database) const;

    std::string socket_dir() const;
    int port() const;  // the socket's port, and the TCP port on 127.0.0.1 with loopback_tcp
    // libpq keyword/value connection string, for any other client.
    std::string connection_string(const std::string& database) const;
    // The same as a postgresql:// URI (what users give schemadelta for a live database).
    std::string connection_uri(const std::string& database) const;

private:
    ThrowawayServer(std::filesystem::path root, ServerOptions options, bool switch_user);

    std::vector<std::string> as_server_user(std::vector<std::string> argv) const;
    std::string bin(const char* program) const;
    std::string client_bin(const char* program) const;
    void run_admin_sql(const std::string& sql);
    std::string dump(const std::string& database, const DumpOptions& options, const char* mode);
    std::string log_tail() const;
    void stop() noexcept;

    std::filesystem::path root_;  // temp dir: holds data/, server.log and the socket
    ServerOptions options_;
    bool switch_user_;  // true when we are root and must run server tools via runuser
    bool started_ = false;
    int server_version_ = 0;  // asked on first use
    int port_ = 5432;         // fixed without TCP: every instance has its own socket directory
};

}  // namespace schemadelta::verify

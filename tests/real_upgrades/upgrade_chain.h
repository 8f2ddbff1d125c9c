#pragma once
// The versions of a real application's schema, rebuilt on a throwaway server from what its
// Debian package ships (scripts/fetch-real-upgrades.sh lays it out): the base schema a fresh
// install loads, and the application's own upgrade scripts.
//
// Debian packages ship the NEWEST schema as the base. Older versions are rebuilt backwards, one
// upgrade script at a time, only while that script can be undone statement by statement (it
// only creates tables, indexes and sequences and adds columns and constraints). A rebuilt
// version is kept only when the application's own upgrade, run on it, gives back exactly the
// newer version: then the pair (older, newer) is a real upgrade with a real reference result.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace schemadelta::testing {

struct SchemaVersion {
  std::string label;  // the application's version name; "empty" for no schema at all
  std::string dump;   // pg_dump --schema-only of the database at that version ("" when empty)
};

struct UpgradeChain {
  std::string app;
  std::vector<SchemaVersion> versions;  // oldest first; versions.back() is the shipped base schema
  // How far back the rebuild got and why it stopped there (for the README and failures).
  std::string stopped_because;
};

// The application's upgrade scripts: one per version, oldest first.
struct Upgrade {
  std::string version;  // what the script upgrades to
  std::string sql;
};

struct Application {
  std::string name, base_version, base_sql;
  std::vector<Upgrade> upgrades;
};

// tests/real_upgrades/known_failures.txt: "what | first line of its failure" per line, # comments.
// `what` is "APP FROM -> TO" for a pair, "extension FILE" for an extension script.
std::map<std::string, std::string> known_failures();

// The applications fetched into CACHE/apps (sorted by name); SCHEMADELTA_REAL_UPGRADES names CACHE.
std::string real_upgrades_cache();
std::vector<std::string> application_names();
Application read_application(const std::string& name);

// The script's statements that change the schema: transaction control and data statements
// (SELECT, INSERT, UPDATE, DELETE) are left out, as the tables of a schema-only dump are empty.
std::vector<std::string> schema_statements(const std::string& sql);

// The statements that undo a script's schema statements (newest first), or nullopt with the
// first statement that cannot be undone without knowing the older schema in `why`. An index the
// script drops comes back as `earlier_sql` (the upgrades before it) last created it.
std::optional<std::string> inverse_script(const std::string& sql, const std::string& earlier_sql, std::string& why);

// Loads the base schema and rebuilds older versions as far as the upgrades allow (see above).
// Throws std::runtime_error when the base schema does not load.
UpgradeChain build_chain(const Application& application);

}  // namespace schemadelta::testing

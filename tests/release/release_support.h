#pragma once
// What the release tests share: a temporary folder, the binary, and a pair of schemas whose
// migration adds a column, a table and an index (and whose rollback removes them).
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/support/test_server.h"
#include "verify/process.h"

namespace schemadelta::testing::release_tests {

namespace fs = std::filesystem;

inline const char* kSource = R"(
CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.old_notes (id integer PRIMARY KEY, body text);
)";
inline const char* kTarget = R"(
CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2));
CREATE TABLE public.orders (id integer PRIMARY KEY, item_id integer REFERENCES public.items(id), placed timestamp with time zone);
CREATE INDEX orders_item ON public.orders (item_id);
CREATE UNIQUE INDEX items_name ON public.items (name);
)";

struct Workspace {
  fs::path root;
  Workspace() {
    std::string dir = (fs::temp_directory_path() / "schemadelta-release-XXXXXX").string();
    root = ::mkdtemp(dir.data());
  }
  ~Workspace() { fs::remove_all(root); }
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(root / name) << text;
    return (root / name).string();
  }
  std::string path(const std::string& name) const { return (root / name).string(); }
};

inline verify::ProcessResult schemadelta(std::vector<std::string> args, const std::vector<std::string>& env = {}) {
  args.insert(args.begin(), SCHEMADELTA_BINARY);
  verify::ProcessOptions options;
  if (!env.empty()) {
    options.env = verify::clean_environment();
    options.env->insert(options.env->end(), env.begin(), env.end());
  }
  return verify::run_process(args, options);
}

// kSource and kTarget in files, and what `diff --allow-data-loss` writes for them (with `extra` options).
struct DiffedPair {
  Workspace space;
  std::string source = space.write("source.sql", kSource), target = space.write("target.sql", kTarget);
  std::string migration_path = space.path("migration.sql"), rollback_path = space.path("rollback.sql");
  verify::ProcessResult diff(std::vector<std::string> extra = {}) const {
    std::vector<std::string> args{"diff", source, target, "--allow-data-loss", "-o", migration_path, "--rollback", rollback_path};
    args.insert(args.end(), extra.begin(), extra.end());
    return schemadelta(args);
  }
  std::string migration() const { return read_file(migration_path); }
  std::string rollback() const { return read_file(rollback_path); }
};

inline std::string database_with(const std::string& hint, const std::string& sql) {
  auto database = fresh_database(hint);
  if (!sql.empty()) {
    auto load = test_server().run_sql(database, sql);
    if (!load.ok) throw std::runtime_error(load.output);
  }
  return database;
}

}  // namespace schemadelta::testing::release_tests

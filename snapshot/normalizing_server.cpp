#include "snapshot/normalizing_server.h"

#include <memory>
#include <mutex>

#include "verify/cleanup_on_signal.h"
#include "verify/throwaway_server.h"

namespace schemadelta::snapshot {

namespace {

// The two snapshots of a comparing command are read on two threads: the server is started once
// and each load takes a database name of its own, under one lock.
std::mutex server_lock;
std::unique_ptr<verify::ThrowawayServer> server_instance;
int databases_made = 0;

verify::ThrowawayServer& server_and_database(std::string& database) {
  std::lock_guard lock(server_lock);
  if (!server_instance) {
    verify::stop_on_signal(nullptr);
    server_instance = verify::ThrowawayServer::start();
    verify::stop_on_signal(server_instance.get());
  }
  database = "snapshot_" + std::to_string(++databases_made);
  return *server_instance;
}

}  // namespace

std::string normalize_through_server(const parser::Source& source, const model::Catalog& catalog) {
  std::string database;
  auto& throwaway = server_and_database(database);
  throwaway.create_database(database);
  {
    // Roles are cluster-wide: two loads must not both find one missing and both create it.
    std::lock_guard lock(server_lock);
    throwaway.create_roles(model::roles_named(catalog));
  }
  std::string sql;
  for (const auto& file : source.files) sql += file.text + "\n";
  auto run = throwaway.run_sql(database, sql);
  if (!run.ok) throw std::runtime_error("the snapshot does not load into PostgreSQL 15:\n" + run.output);
  return throwaway.dump_schema(database);
}

}  // namespace schemadelta::snapshot

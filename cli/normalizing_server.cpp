#include "cli/normalizing_server.h"

#include <memory>

#include "verify/cleanup_on_signal.h"
#include "verify/throwaway_server.h"

namespace schemadelta::cli {

namespace {

verify::ThrowawayServer& server() {
  static std::unique_ptr<verify::ThrowawayServer> instance;
  if (!instance) {
    verify::stop_on_signal(nullptr);
    instance = verify::ThrowawayServer::start();
    verify::stop_on_signal(instance.get());
  }
  return *instance;
}

}  // namespace

std::string normalize_through_server(const parser::Source& source, const model::Catalog& catalog) {
  static int databases = 0;
  const std::string database = "snapshot_" + std::to_string(++databases);
  auto& throwaway = server();
  throwaway.create_database(database);
  throwaway.create_roles(model::roles_named(catalog));
  std::string sql;
  for (const auto& file : source.files) sql += file.text + "\n";
  auto run = throwaway.run_sql(database, sql);
  if (!run.ok) throw std::runtime_error("the snapshot does not load into PostgreSQL 15:\n" + run.output);
  return throwaway.dump_schema(database);
}

}  // namespace schemadelta::cli

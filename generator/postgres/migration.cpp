#include "generator/postgres/migration.h"

#include <fmt/format.h>

#include <map>

#include "generator/postgres/catalog_ddl.h"
#include "generator/postgres/change_sql.h"
#include "generator/postgres/quoting.h"
#include "generator/postgres/script_text.h"

namespace schemadelta::generator::postgres {

std::string fingerprint(const model::Catalog& catalog) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : catalog_ddl(catalog)) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return fmt::format("{:016x}", hash);
}

Script migration_script(const compare::ChangeSet& set, const MigrationOptions& options) {
  Script script;
  const auto before = compare::index_catalog(*set.source);
  const auto after = compare::index_catalog(*set.target);

  std::string header = fmt::format("-- schemadelta {}: {} -> {}\n", options.title, options.source_name, options.target_name);
  header += fmt::format("-- source fingerprint {}, target fingerprint {}\n", fingerprint(*set.source), fingerprint(*set.target));
  if (set.empty()) {
    script.text = header + "-- No differences: nothing to do.\n";
    return script;
  }
  std::map<std::string, int> summary;
  for (const auto& change : set.changes) ++summary[compare::change_type_name(change.type)];
  header += "-- Changes:\n";
  for (const auto& [name, count] : summary) header += fmt::format("--   {:4} {}\n", count, name);

  std::vector<Statement> outside, inside;
  for (const auto& change : set.changes) {
    auto statements = change_statements(change, set, before, after);
    // ADD VALUE outside the transaction: a new enum value cannot be used in the transaction
    // that adds it.
    auto& list = change.type == compare::ChangeType::AddEnumValue ? outside : inside;
    if (options.explain && !statements.empty()) {
      list.push_back({fmt::format("-- {} {}: {}", compare::change_type_name(change.type), model::describe(change.id), change.reason),
                      std::nullopt});
    }
    for (auto& statement : statements) list.push_back(std::move(statement));
  }
  for (const auto& list : {&outside, &inside}) {
    for (const auto& statement : *list) script.statements += statement.sql.starts_with("--") ? 0 : 1;
  }
  std::string text = header + "\n";
  text += "SET lock_timeout = " + quote_literal(options.lock_timeout) + ";\n";
  text += "SET statement_timeout = " + quote_literal(options.statement_timeout) + ";\n";
  text += "SET check_function_bodies = false;\nSET client_min_messages = warning;\n";
  std::vector<std::string> path;
  text += search_path_statement(path) + "\n";
  if (!outside.empty()) {
    text += "\n-- Outside the transaction: enum values must be committed before they can be used.\n";
    text += statements_text(outside, path);
  }
  text += "\nBEGIN;\n\n" + statements_text(inside, path) + "\nCOMMIT;\n";
  script.text = text;
  script.empty = false;
  return script;
}

}  // namespace schemadelta::generator::postgres

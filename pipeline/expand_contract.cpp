#include "pipeline/expand_contract.h"

#include "generator/postgres/catalog_ddl.h"
#include "generator/postgres/transition_sql.h"
#include "parser/parse.h"

namespace schemadelta::pipeline {

namespace {

// EXPAND read back from its DDL: the transition objects become model objects like any other,
// with the canonical forms a dump of the database will have.
std::optional<model::Catalog> read_back(const std::string& sql, std::vector<std::string>& errors) {
  parser::Source input;
  input.files.push_back({"EXPAND", sql});
  auto result = parser::parse(input);
  for (const auto& diagnostic : result.diagnostics) {
    if (diagnostic.severity != parser::Severity::Error) continue;
    errors.push_back("the expand state does not read back (a defect of schemadelta): " + diagnostic.message);
  }
  if (!errors.empty()) return std::nullopt;
  return std::move(result.catalog);
}

// SOURCE's statements outside the model (casts, event triggers, ...) stay through expand: EXPAND
// has them, after the objects they may use.
std::string unmanaged_sql(const model::Catalog& source) {
  std::string sql;
  for (const auto& statement : source.unmanaged) {
    sql += statement.text;
    while (!sql.empty() && (sql.back() == '\n' || sql.back() == ' ')) sql.pop_back();
    if (!sql.ends_with(";")) sql += ";";
    sql += "\n";
  }
  return sql;
}

PairOptions phase_options(const PairOptions& options, const std::string& title, const std::string& from, const std::string& to) {
  PairOptions phase = options;
  phase.migration.title = title;
  phase.migration.source_name = from;
  phase.migration.target_name = to;
  // Both phases run on a live database: new indexes on existing tables never block writes.
  phase.migration.concurrently = true;
  phase.compare.concurrent_indexes = true;
  return phase;
}

}  // namespace

Phases write_expand_contract(const model::Catalog& source, const model::Catalog& target, const PairOptions& options) {
  Phases phases;
  phases.state = compare::expand_state(source, target, options.compare.renames);
  phases.errors = phases.state.errors;
  if (!phases.errors.empty()) return phases;
  generator::postgres::CatalogDdlOptions ddl;
  ddl.owners = options.compare.owners;
  phases.expand_sql = generator::postgres::catalog_ddl(phases.state.catalog, ddl) +
                      generator::postgres::sync_objects_sql(phases.state.syncs) + unmanaged_sql(source);
  auto expanded = read_back(phases.expand_sql, phases.errors);
  if (!expanded) return phases;
  phases.expand_catalog = *expanded;
  const std::string expand_name = "EXPAND (" + options.migration.source_name + " and " + options.migration.target_name + ")";

  auto expand = phase_options(options, "expand", options.migration.source_name, expand_name);
  expand.compare.renames = compare::renames_in_expand(options.compare.renames);
  expand.migration.backfills = phases.state.syncs;
  // New checks and foreign keys: NOT VALID in the transaction, validated after it (writes go on).
  expand.migration.validate_after_commit = true;
  expand.compare.validate_after_commit = true;
  phases.expand = write_migration_pair(source, phases.expand_catalog, expand);

  auto contract = phase_options(options, "contract", expand_name, options.migration.target_name);
  contract.compare.renames.clear();  // renamed columns are new columns by now; constraints and indexes were renamed in expand
  contract.migration.not_null_by_check = true;
  contract.compare.not_null_by_check = true;
  phases.contract = write_migration_pair(phases.expand_catalog, target, contract);

  for (const auto* pair : {&phases.expand, &phases.contract}) {
    for (const auto& error : pair->errors) phases.errors.push_back(error);
  }
  // Expand is backward compatible by construction: data it would lose is a defect, not a choice.
  for (const auto& loss : phases.expand.data_loss.destructive) {
    phases.errors.push_back("the expand phase would lose data (a defect of schemadelta): " + loss);
  }
  return phases;
}

}  // namespace schemadelta::pipeline

#include "pipeline/expand_contract.h"

#include "generator/postgres/catalog_ddl.h"
#include "generator/postgres/quoting.h"
#include "generator/postgres/transition_sql.h"
#include "parser/parse.h"
#include "release/state_fingerprint.h"

#include <regex>

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

// "-- state fingerprint A -> B" of a script's header with B replaced: a script made of two
// steps goes from the first step's SOURCE to the last step's TARGET (what apply checks).
std::string with_state_target(std::string script, const std::string& target_state) {
  static const std::regex line("-- state fingerprint [0-9a-f]{16} -> ([0-9a-f]{16})");
  std::smatch found;
  if (std::regex_search(script, found, line)) script.replace(found.position(1), found.length(1), target_state);
  return script;
}

std::vector<compare::Rename> swap_renames(const std::vector<compare::ColumnSwap>& swaps, bool to_shadow) {
  std::vector<compare::Rename> renames;
  for (const auto& swap : swaps) {
    compare::Rename r;
    r.kind = model::ObjectKind::Column;
    r.schema = swap.schema;
    r.table = swap.table;
    r.old_name = to_shadow ? swap.column : swap.shadow;
    r.new_name = to_shadow ? swap.shadow : swap.column;
    renames.push_back(r);
  }
  return renames;
}

// TARGET with each swapped column under its shadow's name: the state contract reaches before its
// last step renames the shadows. apply_renames follows keys, owned sequences and index elements
// that are the column; the elements' text is written again here, as the dialect quotes it.
model::Catalog with_shadow_names(const model::Catalog& target, const std::vector<compare::ColumnSwap>& swaps) {
  std::vector<std::string> missing;
  auto middle = compare::apply_renames(target, swap_renames(swaps, true), missing);
  for (const auto& swap : swaps) {
    auto* schema = middle.schemas.count(swap.schema) ? &middle.schemas.at(swap.schema) : nullptr;
    if (!schema) continue;
    for (auto& [_, index] : schema->indexes) {
      if (index.table != swap.table) continue;
      for (auto& element : index.elements) {
        if (element.expression.canonical == swap.shadow) element.expression.original = generator::postgres::quote_identifier(swap.shadow);
      }
    }
  }
  return middle;
}

// Contract with swapped columns: to TARGET with the shadows still under their own names (the old
// columns dropped and held), then the shadows renamed to the columns' names (no clash by then).
// One script of two transactions, each idempotent; the rollback runs the two steps back.
MigrationPair swapping_contract(const Phases& phases, const model::Catalog& target, const PairOptions& options) {
  const auto middle = with_shadow_names(target, phases.state.swaps);
  auto pair = write_migration_pair(phases.expand_catalog, middle, options);
  auto renaming = options;
  renaming.compare.renames = swap_renames(phases.state.swaps, false);
  const auto last = write_migration_pair(middle, target, renaming);
  for (const auto& error : last.errors) pair.errors.push_back(error);
  for (const auto& error : last.rollback_errors) pair.rollback_errors.push_back(error);
  if (!pair.errors.empty()) return pair;
  // psql runs the first step only while a shadow is still there (after the rename a re-run would
  // find none), and the rollback's rename back only when none is (at EXPAND it is there already).
  std::string present;
  for (const auto& swap : phases.state.swaps) {
    present += std::string(present.empty() ? "" : " OR ") + "EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass(" +
               generator::postgres::quote_literal(generator::postgres::qualified(swap.schema, swap.table)) + ") AND attname = " +
               generator::postgres::quote_literal(swap.shadow) + " AND NOT attisdropped)";
  }
  // The header (leading comment lines, what apply reads) stays first.
  auto when = [&](bool shadows, const std::string& script) {
    std::size_t body = 0;
    while (body < script.size() && script.compare(body, 2, "--") == 0) body = script.find('\n', body) + 1;
    return script.substr(0, body) + "SELECT (" + present + ") = " + (shadows ? "true" : "false") +
           " AS schemadelta_step \\gset\n\\if :schemadelta_step\n" + script.substr(body) + "\\endif\n";
  };
  pair.migration.text = when(true, with_state_target(pair.migration.text, release::state_fingerprint(target))) + "\n" + last.migration.text;
  pair.migration.statements += last.migration.statements;
  pair.rollback.text =
      when(false, with_state_target(last.rollback.text, release::state_fingerprint(phases.expand_catalog))) + "\n" + pair.rollback.text;
  pair.rollback.statements += last.rollback.statements;
  return pair;
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
  if (phases.state.swaps.empty()) {
    phases.contract = write_migration_pair(phases.expand_catalog, target, contract);
  } else {
    phases.contract = swapping_contract(phases, target, contract);
  }

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

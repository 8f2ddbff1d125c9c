#include "verify/prove_phases.h"

#include <fmt/format.h>

#include "generator/postgres/quoting.h"
#include "generator/postgres/transition_sql.h"

namespace schemadelta::verify {

namespace {

using generator::postgres::qualified;
using generator::postgres::quote_identifier;
using generator::postgres::quote_literal;
using generator::postgres::type_sql;

void add_steps(Proof& into, const Proof& from, const std::string& prefix) {
  for (const auto& step : from.steps) into.steps.push_back({prefix + step.name, step.passed, step.detail, step.notes});
  if (!into.rows && from.rows) into.rows = from.rows;
}

std::string converted(const std::string& value, const model::TypeRef& from, const model::TypeRef& to) {
  return from == to ? value : "(" + value + ")::" + type_sql(to);
}

// On a database at EXPAND with rows: the backfill left no row behind, and a value written through
// either form shows in the other. Runs in a transaction that is rolled back; foreign keys are left
// unchecked there (session_replication_role) so that a row can give its value to another.
std::string sync_check_sql(const compare::ColumnSync& sync) {
  const std::string table = qualified(sync.schema, sync.table);
  const std::string old_column = quote_identifier(sync.old_column.name), new_column = quote_identifier(sync.new_column.name);
  const auto& old_type = sync.old_column.type;
  const auto& new_type = sync.new_column.type;
  const std::string where = sync.schema + "." + sync.table + "." + sync.old_column.name + " -> " + sync.new_column.name;
  const std::string code = fmt::format(R"(DECLARE
  first_row tid; other_row tid; other_value {ot}; first_new {nt}; got_new {nt}; got_old {ot};
BEGIN
  IF EXISTS (SELECT 1 FROM {t} WHERE {n} IS DISTINCT FROM {old_as_new}) THEN
    RAISE EXCEPTION 'the backfill left rows whose new form differs from the old one: %', {w};
  END IF;
  -- Values are read by assignment, never INTO with other targets: a composite-typed variable
  -- cannot be one of several INTO targets ("is not a scalar variable").
  SELECT ctid INTO first_row FROM {t} WHERE {o} IS NOT NULL LIMIT 1;
  first_new := (SELECT {n} FROM {t} WHERE ctid = first_row);
  SELECT ctid INTO other_row FROM {t} WHERE {o} IS NOT NULL AND ctid <> first_row
    AND {o} IS DISTINCT FROM (SELECT {o} FROM {t} WHERE ctid = first_row) LIMIT 1;
  IF other_row IS NULL THEN
    RAISE NOTICE 'schemadelta-sync: fewer than two rows with different values in %', {w};
    RETURN;
  END IF;
  other_value := (SELECT {o} FROM {t} WHERE ctid = other_row);
  DELETE FROM {t} WHERE ctid = other_row;
  UPDATE {t} SET {o} = other_value WHERE ctid = first_row RETURNING ctid INTO first_row;
  got_new := (SELECT {n} FROM {t} WHERE ctid = first_row);
  IF got_new IS DISTINCT FROM {other_as_new} THEN
    RAISE EXCEPTION 'written through the old form, the new one shows % (expected %): %', got_new, {other_as_new}, {w};
  END IF;
  UPDATE {t} SET {n} = first_new WHERE ctid = first_row RETURNING ctid INTO first_row;
  got_old := (SELECT {o} FROM {t} WHERE ctid = first_row);
  IF got_old IS DISTINCT FROM {first_as_old} THEN
    RAISE EXCEPTION 'written through the new form, the old one shows % (expected %): %', got_old, {first_as_old}, {w};
  END IF;
END)",
      fmt::arg("ot", type_sql(old_type)), fmt::arg("nt", type_sql(new_type)), fmt::arg("t", table), fmt::arg("o", old_column),
      fmt::arg("n", new_column), fmt::arg("old_as_new", converted(old_column, old_type, new_type)),
      fmt::arg("other_as_new", converted("other_value", old_type, new_type)),
      fmt::arg("first_as_old", converted("first_new", new_type, old_type)), fmt::arg("w", quote_literal(where)));
  return "BEGIN;\nSET LOCAL session_replication_role = replica;\nALTER TABLE " + table + " ENABLE ALWAYS TRIGGER " +
         generator::postgres::kSyncTriggerName + ";\n" + generator::postgres::do_block("sync_check", code) + "\nROLLBACK;\n";
}

}  // namespace

std::string source_objects_missing(const model::Catalog& source, const model::Catalog& expanded) {
  std::string missing;
  for (const auto& [schema_name, schema] : source.schemas) {
    const auto* kept = expanded.find_schema(schema_name);
    auto lack = [&](const std::string& what) { missing += what + "\n"; };
    if (!kept) {
      lack("schema " + schema_name);
      continue;
    }
    for (const auto& [name, table] : schema.tables) {
      auto found = kept->tables.find(name);
      if (found == kept->tables.end()) {
        lack("table " + schema_name + "." + name);
        continue;
      }
      for (const auto& column : table.columns) {
        const auto* now = found->second.find_column(column.name);
        if (!now) {
          lack("column " + schema_name + "." + name + "." + column.name);
        } else if (!compare::fits_in_place(column.type, now->type)) {
          lack("column " + schema_name + "." + name + "." + column.name + ": " + model::to_string(column.type) + " became " +
               model::to_string(now->type));
        }
      }
    }
    for (const auto& [name, _] : schema.views) {
      if (!kept->views.count(name)) lack("view " + schema_name + "." + name);
    }
    for (const auto& [name, _] : schema.materialized_views) {
      if (!kept->materialized_views.count(name)) lack("materialized view " + schema_name + "." + name);
    }
    for (const auto& [signature, _] : schema.routines) {
      if (!kept->routines.count(signature)) lack("routine " + schema_name + "." + signature);
    }
  }
  return missing;
}

Proof prove_phases(ThrowawayServer& server, const PhaseProofInput& input, const ProofOptions& options) {
  const auto& phases = *input.phases;
  Proof proof;
  // A phase with nothing to do in either direction has nothing to prove on the server.
  auto prove_phase = [&](const std::string& phase, const std::string& from_sql, const std::string& to_sql, const pipeline::MigrationPair& pair) {
    if (pair.forward.empty() && pair.backward.empty()) {
      proof.steps.push_back({phase + ": nothing to change (both scripts are empty)", true, "", {}});
      return;
    }
    add_steps(proof, prove_scripts(server, proof_input(input.name + "_" + phase, from_sql, to_sql, pair), options), phase + ": ");
  };
  prove_phase("expand", input.source_sql, phases.expand_sql, phases.expand);
  const std::string missing = source_objects_missing(*input.source, phases.expand_catalog);
  proof.steps.push_back({"expand: every table, column, view and routine of SOURCE is still there, with a type its values fit",
                         missing.empty(), missing.empty() ? "" : "missing after expand:\n" + missing, {}});

  if (!phases.state.syncs.empty() && options.with_rows) {
    // A database at EXPAND reached from SOURCE with rows: the backfill ran, the triggers are live.
    std::string database = "phases_transition";
    for (char c : input.name) database += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
    database = database.substr(0, 50);
    ProofStep step{"transition: existing rows are backfilled and each renamed column is kept in step both ways", false, "", {}};
    try {
      server.create_database(database);
      auto run = server.run_sql(database, input.source_sql);
      if (run.ok) run = server.run_sql(database, fill_rows_sql());
      if (run.ok) run = server.run_sql(database, phases.expand.migration.text);
      for (const auto& sync : phases.state.syncs) {
        if (!run.ok) break;
        run = server.run_sql(database, sync_check_sql(sync));
        if (run.output.find("schemadelta-sync: fewer than two rows") != std::string::npos) {
          step.notes.push_back("too few rows to write through " + sync.schema + "." + sync.table + "." + sync.old_column.name);
        }
      }
      step.passed = run.ok;
      if (!run.ok) step.detail = run.output;
      server.drop_database(database);
    } catch (const std::exception& e) {
      step.detail = e.what();
    }
    proof.steps.push_back(step);
  }

  prove_phase("contract", phases.expand_sql, input.target_sql, phases.contract);
  return proof;
}

}  // namespace schemadelta::verify

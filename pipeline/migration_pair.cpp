#include "pipeline/migration_pair.h"

#include "generator/postgres/target_version.h"
#include "release/state_fingerprint.h"

#include <chrono>
#include <future>

namespace schemadelta::pipeline {

using release::catalog_fingerprint;
using generator::postgres::migration_script;
using generator::postgres::MigrationOptions;

namespace {

// The refusal policy's findings: destructive changes (assessed once by compare) and what the
// holdings cannot keep.
DataLoss data_loss(const compare::ChangeSet& changes, const compare::PreservationPlan& plan) {
  DataLoss loss;
  for (const auto& change : changes.changes) {
    if (change.assessment.safety == compare::Safety::Destructive) {
      loss.destructive.push_back(model::describe(compare::change_type_name(change.type), change.id) + ": " +
                                 change.assessment.explanation);
    }
  }
  loss.not_kept = plan.problems;
  return loss;
}

}  // namespace

MigrationPair write_migration_pair(const model::Catalog& source, const model::Catalog& target, const PairOptions& options) {
  auto [indexed_source, indexed_target] = compare::share_both(source, target);
  return write_migration_pair(std::move(indexed_source), std::move(indexed_target), options);
}

MigrationPair write_migration_pair(model::Catalog&& source, model::Catalog&& target, const PairOptions& options) {
  auto [indexed_source, indexed_target] = compare::share_both(std::move(source), std::move(target));
  return write_migration_pair(std::move(indexed_source), std::move(indexed_target), options);
}

MigrationPair write_migration_pair(compare::SharedCatalog indexed_source, compare::SharedCatalog indexed_target,
                                   const PairOptions& options) {
  MigrationPair pair;
  const model::Catalog& source = indexed_source->catalog;
  const model::Catalog& target = indexed_target->catalog;
  // The two directions read the same two indexed catalogs and run at the same time.
  compare::CompareOptions back = options.compare;
  back.renames = compare::reversed(options.compare.renames);
  auto comparing_backward = std::async(std::launch::async, [&] { return compare::compare(indexed_target, indexed_source, back); });
  pair.forward = compare::compare(indexed_source, indexed_target, options.compare);
  pair.backward = comparing_backward.get();
  pair.errors = pair.forward.errors;
  pair.rollback_errors = pair.backward.errors;
  // --target-version: a script that would need syntax the target lacks is not written.
  for (const auto& problem : generator::postgres::target_version_problems(target, options.migration.target_version))
    pair.errors.push_back("TARGET cannot be written for PostgreSQL " + std::to_string(options.migration.target_version) + ": " + problem);
  for (const auto& problem : generator::postgres::target_version_problems(source, options.migration.target_version))
    pair.rollback_errors.push_back("SOURCE cannot be written for PostgreSQL " + std::to_string(options.migration.target_version) + ": " + problem);
  if (!pair.errors.empty()) return pair;
  const bool has_rollback = pair.rollback_errors.empty();
  const auto generating = std::chrono::steady_clock::now();

  // Each catalog rendered once: the script headers and the holdings' ids share the fingerprints
  // (a change set's source differs from the snapshot only when renames were applied to it).
  // Both of a catalog on one thread, the target's beside the source's: two even halves.
  // The state fingerprints are what apply compares with a live database: the snapshots as
  // given, renames not applied.
  auto fingerprinting_target = std::async(std::launch::async, [&] {
    return std::pair(catalog_fingerprint(target), release::state_fingerprint(target));
  });
  const std::string source_fingerprint = catalog_fingerprint(source);
  const std::string source_state = release::state_fingerprint(source);
  const auto [target_fingerprint, target_state] = fingerprinting_target.get();
  const bool renamed = !options.compare.renames.empty();
  MigrationOptions forward_options = options.migration;
  forward_options.source_fingerprint = renamed ? catalog_fingerprint(*pair.forward.source) : source_fingerprint;
  forward_options.target_fingerprint = target_fingerprint;
  forward_options.source_state = source_state;
  forward_options.target_state = target_state;
  MigrationOptions backward_options = options.migration;
  // "rollback", or the phase's: "expand rollback".
  backward_options.title = options.migration.title == "migration" ? "rollback" : options.migration.title + " rollback";
  backward_options.backfills.clear();  // a rollback drops the new forms: nothing to fill
  std::swap(backward_options.source_name, backward_options.target_name);
  backward_options.source_fingerprint = renamed && has_rollback ? catalog_fingerprint(*pair.backward.source) : target_fingerprint;
  backward_options.target_fingerprint = source_fingerprint;
  backward_options.source_state = forward_options.target_state;
  backward_options.target_state = source_state;
  if (options.preserve) {
    const std::string forward_id = compare::migration_id(source_fingerprint, target_fingerprint);
    const std::string backward_id = compare::migration_id(target_fingerprint, source_fingerprint);
    const std::string release = options.release.empty() ? forward_id : options.release;
    pair.forward_plan = compare::plan_preservation(pair.forward, options.archive_schema, forward_id, release, options.compare.renames);
    if (has_rollback) {
      pair.backward_plan = compare::plan_preservation(pair.backward, options.archive_schema, backward_id, release, back.renames);
      // The rollback always finds what the migration held (the migration re-adds a column from
      // the rollback's holding only on a run after a rollback).
      compare::drop_moves_of_restored(pair.backward_plan, pair.forward_plan);
    }
    // What cannot be kept goes for good (--allow-data-loss says so): each script says which.
    // Only the migration's losses come back empty in the rollback. A column the rollback drops
    // without holding it is one the migration adds: the migration adds it as TARGET has it (a
    // re-run after the rollback is a first run again), so the rollback's losses mark nothing in
    // the migration (a NOT NULL column added nullable would make the result differ from TARGET).
    compare::note_not_held(pair.forward_plan, pair.forward, has_rollback ? &pair.backward : nullptr);
    if (has_rollback) compare::note_not_held(pair.backward_plan, pair.backward, nullptr);
    forward_options.preservation = {&pair.forward_plan, &pair.backward_plan};
    backward_options.preservation = {&pair.backward_plan, &pair.forward_plan};
  }
  auto writing_rollback = std::async(std::launch::async, [&] {
    return has_rollback ? migration_script(pair.backward, backward_options) : Script{};
  });
  pair.migration = migration_script(pair.forward, forward_options);
  pair.rollback = writing_rollback.get();
  pair.data_loss = data_loss(pair.forward, pair.forward_plan);
  pair.generate_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - generating).count();
  return pair;
}

}  // namespace schemadelta::pipeline

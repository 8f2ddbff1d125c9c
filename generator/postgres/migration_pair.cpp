#include "generator/postgres/migration_pair.h"

namespace schemadelta::generator::postgres {

MigrationPair write_migration_pair(const model::Catalog& source, const model::Catalog& target, const PairOptions& options) {
  MigrationPair pair;
  pair.forward = compare::compare(source, target, options.compare);
  compare::CompareOptions back = options.compare;
  back.renames = compare::reversed(options.compare.renames);
  pair.backward = compare::compare(target, source, back);
  pair.errors = pair.forward.errors;
  pair.rollback_errors = pair.backward.errors;
  if (!pair.errors.empty()) return pair;
  const bool has_rollback = pair.rollback_errors.empty();

  // Each catalog rendered once: the script headers and the holdings' ids share the fingerprints
  // (a change set's source differs from the snapshot only when renames were applied to it).
  const std::string source_fingerprint = fingerprint(source), target_fingerprint = fingerprint(target);
  const bool renamed = !options.compare.renames.empty();
  MigrationOptions forward_options = options.migration;
  forward_options.source_fingerprint = renamed ? fingerprint(*pair.forward.source) : source_fingerprint;
  forward_options.target_fingerprint = target_fingerprint;
  MigrationOptions backward_options = options.migration;
  backward_options.title = "rollback";
  std::swap(backward_options.source_name, backward_options.target_name);
  backward_options.source_fingerprint = renamed && has_rollback ? fingerprint(*pair.backward.source) : target_fingerprint;
  backward_options.target_fingerprint = source_fingerprint;
  if (options.preserve) {
    const std::string forward_id = compare::migration_id(source_fingerprint, target_fingerprint);
    const std::string backward_id = compare::migration_id(target_fingerprint, source_fingerprint);
    const std::string release = options.release.empty() ? forward_id : options.release;
    pair.forward_plan = compare::plan_preservation(pair.forward, options.archive_schema, forward_id, release, options.compare.renames);
    if (has_rollback) {
      pair.backward_plan = compare::plan_preservation(pair.backward, options.archive_schema, backward_id, release, back.renames);
    }
    forward_options.preservation = {&pair.forward_plan, &pair.backward_plan};
    backward_options.preservation = {&pair.backward_plan, &pair.forward_plan};
  }
  pair.migration = migration_script(pair.forward, forward_options);
  if (has_rollback) pair.rollback = migration_script(pair.backward, backward_options);
  return pair;
}

}  // namespace schemadelta::generator::postgres

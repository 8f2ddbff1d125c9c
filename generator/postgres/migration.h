#pragma once
// A whole migration script from a change set: header, timeouts, the transaction, and the
// statements that PostgreSQL will not run inside one placed outside it.
#include <string>

#include "compare/change_set.h"
#include "compare/expand_state.h"
#include "generator/postgres/change_sql.h"

namespace schemadelta::generator::postgres {

struct MigrationOptions {
  std::string title = "migration";   // "migration" or "rollback", for the header
  std::string tool_version;          // printed in the header
  std::string source_name, target_name;
  // The change set's source and target fingerprints when the caller has them (else computed).
  std::string source_fingerprint, target_fingerprint;
  // What the schemas are (release/state_fingerprint.h), for apply: a header line when set.
  std::string source_state, target_state;
  std::string lock_timeout = "10s";
  std::string statement_timeout = "0";
  bool explain = false;              // a comment before each statement saying why it is there
  bool concurrently = false;         // build new indexes on existing tables CONCURRENTLY, after COMMIT
  Preservation preservation;         // holdings kept and restored (none: destructive changes destroy)
  int target_version = 18;           // --target-version: the PostgreSQL major the script is for (target_version.h)
  // Expand/contract: the renamed columns whose new form the script backfills after COMMIT.
  std::vector<compare::ColumnSync> backfills;
  // SET NOT NULL on an existing column after a CHECK (c IS NOT NULL) validated before the
  // transaction: the scan runs without blocking writes, and SET NOT NULL then needs none.
  bool not_null_by_check = false;
  // A new CHECK or foreign key on an existing plain table (compare::validates_after_commit) is
  // added NOT VALID in the transaction and validated after COMMIT, when writes are not blocked.
  bool validate_after_commit = false;
};

struct Script {
  std::string text;
  std::size_t statements = 0;
  bool empty = true;
};

Script migration_script(const compare::ChangeSet& changes, const MigrationOptions& options);

}  // namespace schemadelta::generator::postgres

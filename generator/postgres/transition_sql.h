#pragma once
// The transition objects of expand/contract in PostgreSQL: a trigger that keeps a renamed
// column's two forms equal in both directions while two application versions run, and the
// backfill that fills the new form of existing rows in batches, committing after each.
#include <string>
#include <vector>

#include "compare/expand_state.h"
#include "generator/postgres/ddl.h"

namespace schemadelta::generator::postgres {

// The setting a session turns on while it backfills: the sync trigger then leaves rows alone.
inline constexpr const char* kBackfillSetting = "schemadelta.backfill";

// CREATE FUNCTION and CREATE TRIGGER for each table with renamed columns: plain DDL, part of the
// EXPAND state (created by expand, dropped by contract, like any object of the model).
std::string sync_objects_sql(const std::vector<compare::ColumnSync>& syncs);

// One top-level DO block per table, run after the expand transaction commits: it walks the table
// (and its partitions) in ranges of pages, copies the old form into the new where they differ,
// and commits after each range, so no lock is held long and a re-run continues where it stopped.
// PostgreSQL allows COMMIT in a DO block only outside a transaction block: the script runs them
// after COMMIT, under psql's autocommit.
std::vector<Statement> backfill_statements(const std::vector<compare::ColumnSync>& syncs);

// The name of a table's sync function (63 bytes at most; long table names get a hash suffix).
std::string sync_function_name(const std::string& table);
inline constexpr const char* kSyncTriggerName = "schemadelta_sync";

}  // namespace schemadelta::generator::postgres

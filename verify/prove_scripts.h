#pragma once
// The proof that a migration and its rollback do what they say, on a throwaway PostgreSQL: the
// checks `schemadelta verify` reports and every migration test asserts (one implementation).
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/migration_pair.h"
#include "model/catalog.h"
#include "verify/throwaway_server.h"

namespace schemadelta::verify {

struct ProofStep {
  std::string name;    // "the migration applies"
  bool passed = false;
  std::string detail;  // why it failed: server output or the schema difference
  std::vector<std::string> notes;  // shown whether it passed or not (the tables left without rows)
};

// What the row generator filled. The tables counted are those that hold rows: ordinary tables and
// leaf partitions (a partitioned table without partitions counts as one).
struct RowCoverage {
  int tables = 0;
  int filled = 0;
  std::vector<std::string> empty_tables;  // schema-qualified, quoted as SQL quotes them
};

struct ProofInput {
  std::string name;                  // a hint for database names
  std::string source_sql, target_sql;
  std::string migration, rollback;   // the scripts under proof
  std::vector<std::string> altered_sequences;  // "schema.name": the migration may move them on (not a lost row)
  // NOT NULL columns the migration drops without holding their values (no key, hazard NotHeld):
  // the rollback adds them back empty, so where rows exist and nothing fills them they stay
  // nullable (and the rollback warns). The one difference from SOURCE the rollback declares.
  std::vector<model::ObjectId> emptied_columns;
  // Columns the migration drops without holding them that cannot even come back empty (hazard
  // NoWayBackWithRows): the rollback may stop with these messages (compare::no_way_back_message)
  // while their tables have rows, and change nothing. The one stop the rollback declares.
  std::vector<std::string> declared_stops;
};

// The proof of the scripts `diff` writes for a pair: its migration and rollback, and the
// sequences its migration alters.
ProofInput proof_input(const std::string& name, const std::string& source_sql, const std::string& target_sql,
                       const pipeline::MigrationPair& pair);

struct ProofOptions {
  bool with_rows = true;             // fill SOURCE's tables with generated rows first
  bool compare_rows = true;          // false: the scripts drop data on purpose (--no-preserve)
  bool require_rows = false;         // a table left without rows fails the proof (--require-rows)
  std::string archive_schema = "schemadelta_archive";
  // With rows, the migration must stop with this message and change nothing; the proof then
  // continues on empty tables.
  std::string expected_data_failure;
  std::function<void(const std::string& step)> progress;  // called before each step
};

struct Proof {
  std::vector<ProofStep> steps;
  std::optional<RowCoverage> rows;  // set when SOURCE's tables were filled
  bool passed() const;
  std::string failures() const;  // every failed step with its detail
};

// SOURCE + migration = TARGET exactly (schemas dumped and parsed, owners aside, column order
// aside); a second run changes nothing; nothing is left to migrate; migration + rollback =
// SOURCE (an emptied column of a table with rows nullable, as the rollback declares; or, with
// rows, the rollback's declared stop, which changes nothing, and the rest on empty tables); a second
// rollback run changes nothing; with rows, every row and sequence position of
// SOURCE is back byte for byte (`pg_dump --data-only`, the holding schema left out).
Proof prove_scripts(ThrowawayServer& server, const ProofInput& input, const ProofOptions& options = {});

// The SQL that fills every table with generated rows respecting types, keys, checks, domains,
// enums, partition bounds and foreign keys, cycles included (deterministic: the same schema always
// gets the same rows). It prints its RowCoverage as one NOTICE.
const std::string& fill_rows_sql();

// The RowCoverage in the output of fill_rows_sql() (psql's, notices included); nullopt when the
// output holds none.
std::optional<RowCoverage> read_row_coverage(const std::string& output);

}  // namespace schemadelta::verify

#pragma once
// The statements of one change, each guarded so that running it again after it succeeded (or
// after a partial run) changes nothing: IF [NOT] EXISTS where PostgreSQL has it, a DO block on
// the catalog where it does not.
#include <vector>

#include "compare/catalog_index.h"
#include "compare/change_set.h"
#include "compare/preservation.h"
#include "generator/postgres/ddl.h"

namespace schemadelta::generator::postgres {

// What a script keeps in the holding schema instead of destroying, and what it brings back from
// the holdings of the script that goes the opposite way (a migration's, for its rollback).
struct Preservation {
  const compare::PreservationPlan* hold = nullptr;
  const compare::PreservationPlan* restore = nullptr;
};

// `before`/`after` index the change set's source and target (built once per script).
std::vector<Statement> change_statements(const compare::Change& change, const compare::ChangeSet& set,
                                         const compare::CatalogIndex& before, const compare::CatalogIndex& after,
                                         const Preservation& preservation = {});

// For a new unique index on a table with rows: stops the script, before it commits, when rows
// hold duplicate keys (nullopt for an index that is not unique). Run inside the transaction even
// when the index itself is built CONCURRENTLY after it. A plain table's index covers its own rows,
// not its inheritance children's (ONLY); a partitioned table's covers its partitions'.
std::optional<Statement> unique_index_preflight(const std::string& schema, const model::Index& index, bool partitioned = false);

// `statement` runs only when `condition` (an SQL boolean) holds.
Statement guarded(const std::string& condition, const Statement& statement);

}  // namespace schemadelta::generator::postgres

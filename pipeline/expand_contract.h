#pragma once
// Expand/contract: the two phases of a release as two state-based migrations, each with its
// rollback. SOURCE -> EXPAND (everything both application versions can live with, the transition
// objects of renamed columns, their backfill) and EXPAND -> TARGET (the rest: drops through the
// holding schema, narrowing, NOT NULL after a validated CHECK, definitions that change).
#include <string>
#include <vector>

#include "compare/expand_state.h"
#include "pipeline/migration_pair.h"

namespace schemadelta::pipeline {

struct Phases {
  compare::ExpandState state;  // EXPAND's model before the transition objects, the decisions, the syncs
  std::string expand_sql;      // EXPAND as DDL, the transition objects included (what verify loads)
  model::Catalog expand_catalog;  // the same, read back: what the expand phase ends at
  MigrationPair expand, contract;
  std::vector<std::string> errors;  // nothing can be written
};

Phases write_expand_contract(const model::Catalog& source, const model::Catalog& target, const PairOptions& options);

}  // namespace schemadelta::pipeline

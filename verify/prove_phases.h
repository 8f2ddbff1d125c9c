#pragma once
// The proof of an expand/contract release (`verify --expand-contract`): each phase proven like a
// migration (twice, rolled back twice, rows kept), SOURCE's objects all present after expand with
// types their old values fit, and each renamed column kept in step in both directions.
#include <string>

#include "pipeline/expand_contract.h"
#include "verify/prove_scripts.h"

namespace schemadelta::verify {

struct PhaseProofInput {
  std::string name;
  std::string source_sql, target_sql;
  const model::Catalog* source = nullptr;  // SOURCE's model
  const pipeline::Phases* phases = nullptr;
};

// Steps are prefixed "expand: ", "contract: " and "transition: ".
Proof prove_phases(ThrowawayServer& server, const PhaseProofInput& input, const ProofOptions& options = {});

// "" when every table, column, view, materialized view and routine of `source` is in `expanded`
// with each column's type one its old values fit; else what is missing, a line each.
std::string source_objects_missing(const model::Catalog& source, const model::Catalog& expanded);

}  // namespace schemadelta::verify

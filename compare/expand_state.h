#pragma once
// Expand/contract: the state between the two phases of a release. EXPAND holds everything both
// application versions need at once: SOURCE's objects (with widened types and relaxed
// constraints) and TARGET's additions. SOURCE -> EXPAND is the expand phase, EXPAND -> TARGET
// the contract phase; each is an ordinary state-based migration with its own rollback.
// Model only: the transition objects (sync triggers, backfills) are the dialect's to write.
#include <string>
#include <vector>

#include "compare/renames.h"
#include "model/catalog.h"

namespace schemadelta::compare {

enum class ReleasePhase { Expand, Contract };

std::string release_phase_name(ReleasePhase phase);  // "expand", "contract"

// A renamed column during the transition: both forms exist, kept equal by a trigger in both
// directions and backfilled after the expand phase commits.
struct ColumnSync {
  std::string schema, table;
  model::Column old_column;  // SOURCE's form, as EXPAND holds it
  model::Column new_column;  // TARGET's form (nullable, without default, until contract)
  bool operator==(const ColumnSync&) const = default;
};

// A column whose type changes in a way old values do not fit: expand adds `shadow` in the new
// type beside it (a ColumnSync keeps them equal); contract drops the old column and renames the
// shadow to the column's name, so the conversion happens in expand, without a long lock.
struct ColumnSwap {
  std::string schema, table, column, shadow;
  bool operator==(const ColumnSwap&) const = default;
};

// Why an object TARGET changes waits for the contract phase (or, for a relaxation, goes early).
struct PhaseDecision {
  model::ObjectId id;
  ReleasePhase phase = ReleasePhase::Contract;
  std::string why;
};

struct ExpandState {
  model::Catalog catalog;               // EXPAND, without the transition objects
  std::vector<ColumnSync> syncs;        // one per renamed column (or swapped one), in table order
  std::vector<ColumnSwap> swaps;        // columns whose new type waits beside them until contract
  std::vector<PhaseDecision> decisions; // every change kept out of its natural phase, with the reason
  std::vector<std::string> errors;      // what expand/contract cannot do (exit 2)
};

// SOURCE's objects, TARGET's additions, widened types and relaxed NOT NULLs, checks and foreign
// keys; what only contract can do (narrowing, changed definitions, drops) stays as SOURCE has it.
// `renames` are the user's (--rename): column renames become ColumnSyncs; constraint and index
// renames happen in expand; other renames are refused (both versions could not find the object).
ExpandState expand_state(const model::Catalog& source, const model::Catalog& target, const std::vector<Rename>& renames);

// The renames the expand phase runs in place (constraints and indexes): applied to SOURCE's names.
std::vector<Rename> renames_in_expand(const std::vector<Rename>& renames);

// A type change both application versions can live with in place: every old value fits and
// reads back the same (widening within a family, not "anything to text").
bool fits_in_place(const model::TypeRef& from, const model::TypeRef& to);

}  // namespace schemadelta::compare

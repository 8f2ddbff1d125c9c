#pragma once
// Names a schema's tables hold beside their own: their constraints' names (constraint names
// share one namespace per schema when PostgreSQL chooses one), the names of the indexes behind
// their primary keys, unique and exclusion constraints (relations; foreign keys and CHECKs own
// no index), and their identity columns' sequence names. "Is this name taken" scanned every
// table of the schema, so each CREATE INDEX of a dump cost the whole schema (40,000 tables:
// 7 minutes). Here each table's names are counted once and kept up to date: a statement that
// may change a table's constraints or columns says so (`changing`); that table is read as it is
// until the statement ends, then counted again.
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/catalog.h"

namespace schemadelta::parser {

class HeldNames {
 public:
  enum class Kind { Constraint, ConstraintIndex, IdentitySequence };

  // The statement being built may change this table (create, alter, rename it).
  void changing(const std::string& schema, const std::string& table) { live_.insert({schema, table}); }
  // A statement starts: the tables the last one changed are counted again at the next question.
  void next_statement();
  // Whether a table of the schema holds the name as a constraint, a constraint's index or an
  // identity sequence.
  bool held(const model::Catalog& catalog, const std::string& schema, const std::string& name, Kind kind) {
    return holder(catalog, schema, name, kind).has_value();
  }
  // The table that holds it.
  std::optional<std::string> holder(const model::Catalog& catalog, const std::string& schema, const std::string& name,
                                    Kind kind);

 private:
  static constexpr size_t kKinds = 3;
  using Held = std::array<std::vector<std::string>, kKinds>;  // a table's names of each kind
  struct Counts {
    bool complete = false;
    std::array<std::unordered_map<std::string, std::set<std::string>>, kKinds> holders;  // name -> tables
    std::map<std::string, Held> by_table;
  };
  std::map<std::string, Counts> schemas_;
  std::set<std::pair<std::string, std::string>> live_, stale_;  // (schema, table)

  Counts& up_to_date(const model::Catalog& catalog, const std::string& schema);
};

}  // namespace schemadelta::parser

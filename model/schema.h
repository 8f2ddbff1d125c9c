#pragma once
#include <map>
#include <string>
#include <utility>

#include "model/collation.h"
#include "model/index.h"
#include "model/routine.h"
#include "model/rule.h"
#include "model/sequence.h"
#include "model/table.h"
#include "model/trigger.h"
#include "model/type.h"
#include "model/view.h"

namespace schemadelta::model {

// Everything that lives in one namespace. Maps keep a deterministic (name) order; routines are
// keyed by name + signature, triggers by (table, name).
struct Schema {
  std::string name;
  std::map<std::string, Table> tables;
  std::map<std::string, View> views;
  std::map<std::string, View> materialized_views;
  std::map<std::string, Sequence> sequences;
  std::map<std::string, Index> indexes;
  std::map<std::string, Routine> routines;  // key: name + signature
  std::map<std::string, Aggregate> aggregates;
  std::map<std::string, Operator> operators;
  std::map<std::string, Type> types;
  std::map<std::string, Domain> domains;
  std::map<std::pair<std::string, std::string>, Trigger> triggers;
  std::map<std::pair<std::string, std::string>, Rule> rules;  // key: (table, name)
  std::map<std::string, Collation> collations;
  std::map<std::string, TextSearchDictionary> text_search_dictionaries;
  std::map<std::string, TextSearchConfiguration> text_search_configurations;
  bool operator==(const Schema&) const = default;
};

struct Extension {
  std::string name;
  std::string schema;
  std::string version;  // empty: the default version
  bool operator==(const Extension&) const = default;
};

}  // namespace schemadelta::model

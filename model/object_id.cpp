#include "model/object_id.h"

#include "model/printable.h"

namespace schemadelta::model {

std::string describe_raw(const ObjectId& id);

std::string kind_name(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::Schema: return "schema";
    case ObjectKind::Extension: return "extension";
    case ObjectKind::Type: return "type";
    case ObjectKind::Domain: return "domain";
    case ObjectKind::Sequence: return "sequence";
    case ObjectKind::Function: return "function";
    case ObjectKind::Procedure: return "procedure";
    case ObjectKind::Aggregate: return "aggregate";
    case ObjectKind::Operator: return "operator";
    case ObjectKind::Table: return "table";
    case ObjectKind::Column: return "column";
    case ObjectKind::Constraint: return "constraint";
    case ObjectKind::Index: return "index";
    case ObjectKind::View: return "view";
    case ObjectKind::MaterializedView: return "materialized view";
    case ObjectKind::Trigger: return "trigger";
    case ObjectKind::Policy: return "policy";
    case ObjectKind::Rule: return "rule";
    case ObjectKind::Collation: return "collation";
    case ObjectKind::TextSearchDictionary: return "text search dictionary";
    case ObjectKind::TextSearchConfiguration: return "text search configuration";
  }
  return "object";
}

// Names may hold any character: what is shown is escaped (see printable.h).
std::string describe(const ObjectId& id) { return printable(describe_raw(id)); }

std::string describe(const std::string& action, const ObjectId& id) {
  const std::string kind = kind_name(id.kind);
  const std::string padded = " " + action + " ";
  std::string object = describe(id);
  if (padded.find(" " + kind + " ") != std::string::npos) object = object.substr(kind.size() + 1);
  return action + " " + object;
}

std::string describe_raw(const ObjectId& id) {
  std::string text = kind_name(id.kind) + " ";
  if (id.kind == ObjectKind::Schema || id.kind == ObjectKind::Extension) return text + id.name;
  text += id.schema + ".";
  if (id.kind == ObjectKind::Column) return text + id.parent + "." + id.name;
  text += id.name + id.signature;
  if (!id.parent.empty() && id.kind != ObjectKind::Index) text += " on " + id.schema + "." + id.parent;
  return text;
}

}  // namespace schemadelta::model

#pragma once
// The object model of one schema snapshot. Plain values, no SQL text beyond expression bodies.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/object_id.h"
#include "model/privilege.h"
#include "model/schema.h"

namespace schemadelta::model {

struct SourceLocation {
  std::string file;
  int line = 0, column = 0;
  bool operator==(const SourceLocation&) const = default;
};

// A statement the parser read but does not model: kept, and reported.
struct UnmanagedStatement {
  std::string kind;  // "CREATE RULE", "ALTER TABLE ... SET STATISTICS"
  std::string text;
  SourceLocation location;
  bool operator==(const UnmanagedStatement&) const = default;
};

struct Catalog {
  std::map<std::string, Schema> schemas;
  std::map<std::string, Extension> extensions;
  std::map<ObjectId, std::string> comments;
  std::map<ObjectId, std::string> owners;
  std::map<ObjectId, AccessList> privileges;  // only objects whose access list was changed
  std::vector<UnmanagedStatement> unmanaged;

  // Side tables, not part of a snapshot's identity (excluded from ==).
  std::map<ObjectId, std::set<ObjectId>> dependencies;  // object -> what it references
  std::map<ObjectId, SourceLocation> locations;

  bool operator==(const Catalog& other) const {
    return schemas == other.schemas && extensions == other.extensions &&
           comments == other.comments && owners == other.owners &&
           privileges == other.privileges;
  }

  Schema& schema(const std::string& name);  // created on first use
  const Schema* find_schema(const std::string& name) const;
};

// A catalog as a fresh PostgreSQL database starts: the public schema exists.
Catalog empty_database_catalog();

// The roles a catalog names (owners and grantees), PUBLIC aside: what a cluster needs before the
// snapshot loads.
std::set<std::string> roles_named(const Catalog& catalog);

}  // namespace schemadelta::model

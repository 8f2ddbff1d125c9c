#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/expr.h"
#include "model/names.h"
#include "model/read_order.h"

namespace schemadelta::model {

struct IndexElement {
  Expr expression;  // a column name or an expression
  std::string collation, opclass;
  std::string collation_schema;  // a collation of the schema's own (CREATE COLLATION); empty: built in
  std::map<std::string, std::string> opclass_options;
  bool descending = false;
  bool nulls_first = false;  // normalized: PostgreSQL's default is NULLS FIRST only for DESC
  bool operator==(const IndexElement&) const = default;
};

struct Index {
  std::string name;
  std::string table;  // in the same schema, as PostgreSQL requires
  bool unique = false;
  std::string method = "btree";
  std::vector<IndexElement> elements;
  std::vector<std::string> include;
  bool nulls_not_distinct = false;
  std::optional<Expr> where;
  std::map<std::string, std::string> options;
  std::string tablespace;
  std::optional<QualifiedName> attached_to;  // the partitioned index this one is a partition of
  std::map<int, int> statistics;              // ALTER INDEX ... ALTER COLUMN n SET STATISTICS m
  ReadOrder created;                          // not compared (read_order.h)
  bool operator==(const Index&) const = default;
};

}  // namespace schemadelta::model

#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/expr.h"
#include "model/names.h"
#include "model/read_order.h"
#include "model/sequence.h"

namespace schemadelta::model {

enum class IdentityKind { None, Always, ByDefault };

struct Identity {
  IdentityKind kind = IdentityKind::None;
  std::string sequence_name;  // the implicit sequence, in the table's schema
  SequenceOptions options;
  bool operator==(const Identity&) const = default;
};

// What few columns have, out of line in one box: a column without any of it pays 8 bytes for
// all six (a table can have tens of thousands of columns, and the model stays a small multiple of
// the DDL it was read from). Read with column.details->x, change with column.details.edit().x.
struct ColumnDetails {
  BoxedOptional<QualifiedName> collation;
  // PG 18 NOT NULL constraints: the name when written and not the one PostgreSQL makes up
  // (table_column_not_null; empty: that one).
  BoxedString not_null_name;
  OptionalExpr generated;    // GENERATED ALWAYS AS (expr) STORED (or VIRTUAL: Column::generated_virtual)
  Boxed<Identity> identity;  // details->identity->kind
  BoxedString storage;       // SET STORAGE, empty when the type's default
  BoxedString compression;   // SET COMPRESSION, empty when default
  bool operator==(const ColumnDetails&) const = default;
};

struct Column {
  std::string name;
  TypeRef type;
  bool not_null = false;
  bool not_null_no_inherit = false;  // PG 18: NOT NULL ... NO INHERIT (children do not get it)
  bool generated_virtual = false;    // PG 18: GENERATED ALWAYS AS (expr) [VIRTUAL], computed when read
  int statistics = -1;               // SET STATISTICS, -1 when default
  OptionalExpr default_value;        // beside the box: many columns have one
  Boxed<ColumnDetails> details;
  bool operator==(const Column&) const = default;
};

enum class ConstraintKind { PrimaryKey, Unique, ForeignKey, Check, Exclude };

enum class ReferentialAction { NoAction, Restrict, Cascade, SetNull, SetDefault };

// "NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT": one spelling for scripts and JSON.
const char* referential_action_name(ReferentialAction action);

struct ForeignKey {
  QualifiedName referenced_table;
  std::vector<std::string> referenced_columns;
  std::string match = "SIMPLE";  // SIMPLE, FULL, PARTIAL
  ReferentialAction on_delete = ReferentialAction::NoAction;
  ReferentialAction on_update = ReferentialAction::NoAction;
  std::vector<std::string> on_delete_columns;  // SET NULL (a, b)
  bool operator==(const ForeignKey&) const = default;
};

struct ExclusionElement {
  Expr element;  // column or expression, with opclass/ordering as written
  std::string op;
  bool operator==(const ExclusionElement&) const = default;
};

struct Constraint {
  std::string name;
  ConstraintKind kind = ConstraintKind::Check;
  std::vector<std::string> columns;  // key columns (PK, UNIQUE, FK)
  std::vector<std::string> include;
  OptionalExpr check;                // CHECK expression
  bool no_inherit = false;
  bool nulls_not_distinct = false;
  bool deferrable = false;
  bool initially_deferred = false;
  bool validated = true;             // false for NOT VALID
  bool enforced = true;              // false for NOT ENFORCED (PG 18: CHECK and FOREIGN KEY)
  bool without_overlaps = false;     // PG 18: the key's last column WITHOUT OVERLAPS (a range)
  bool period = false;               // PG 18: a foreign key's last columns are PERIOD ones
  ForeignKey foreign_key;
  std::string exclusion_method;      // EXCLUDE USING method
  std::vector<ExclusionElement> exclusion;
  OptionalExpr exclusion_where;
  std::map<std::string, std::string> index_options;  // WITH (...) of the backing index
  bool operator==(const Constraint&) const = default;
};

struct Policy {
  std::string name;
  bool permissive = true;
  std::string command = "ALL";  // ALL, SELECT, INSERT, UPDATE, DELETE
  std::vector<std::string> roles{"public"};
  std::optional<Expr> using_expr;
  std::optional<Expr> check_expr;
  bool operator==(const Policy&) const = default;
};

struct PartitionKey {
  std::string strategy;  // RANGE, LIST, HASH
  std::vector<Expr> elements;
  bool operator==(const PartitionKey&) const = default;
};

struct Table {
  std::string name;
  std::vector<Column> columns;  // in position order
  std::map<std::string, Constraint> constraints;
  std::map<std::string, Policy> policies;
  std::vector<QualifiedName> inherits;
  std::optional<PartitionKey> partition_by;
  std::optional<QualifiedName> partition_of;
  std::optional<Expr> partition_bound;  // "FOR VALUES ..." or "DEFAULT"
  ReadOrder partitioned;                // when it became a partition; not compared (read_order.h)
  bool unlogged = false;
  std::map<std::string, std::string> options;  // WITH (...)
  bool row_security = false;
  bool force_row_security = false;
  std::string replica_identity = "DEFAULT";  // DEFAULT, FULL, NOTHING, or "INDEX name"
  std::string cluster_on;
  bool operator==(const Table&) const = default;

  const Column* find_column(const std::string& column_name) const;
  Column* find_column(const std::string& column_name);
};

}  // namespace schemadelta::model

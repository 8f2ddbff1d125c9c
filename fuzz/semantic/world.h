#pragma once
// The semantic fuzzer's own description of a schema: a few plain structs that mutations edit and
// `render` turns into PostgreSQL DDL. Objects refer to each other by a stable id, never by name, so
// a rename carries its dependents along and removing an object (a mutation, or the minimizer)
// leaves the rest valid: `render` writes only what everything it needs still exists for.
// Expressions (checks, defaults, generated columns, index expressions) are rendered from the
// column's type at render time, so a type change never leaves an expression the server refuses.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace schemadelta::fuzz {

using Id = int;

// Column types, grouped by what expressions they allow.
enum class TypeKind { SmallInt, Integer, BigInt, Numeric, Text, Varchar, Boolean, Date, Jsonb, Enum, Domain, Composite, IntArray };

struct ColumnType {
  TypeKind kind = TypeKind::Integer;
  Id ref = 0;      // the enum, domain or composite type
  int length = 0;  // varchar(n)
};

enum class DefaultKind { None, Constant, OtherConstant, Function, Sequence };
enum class IdentityKind { None, Always, ByDefault };

struct Column {
  Id id = 0;
  std::string name;
  ColumnType type;
  bool not_null = false;
  DefaultKind default_kind = DefaultKind::None;
  Id default_ref = 0;               // the function or sequence of the default
  IdentityKind identity = IdentityKind::None;
  Id generated_from = 0;            // GENERATED ALWAYS AS (that column * 2) STORED
  Id follows = 0;                   // a foreign key column: takes the referenced column's type
  std::string comment;
};

struct Constraint {
  enum Kind { PrimaryKey, Unique, Check, ForeignKey } kind = Check;
  Id id = 0;
  std::string name;                 // empty: PostgreSQL names it
  std::vector<Id> columns;
  Id references = 0;                // foreign key: the table (its primary key)
  std::string on_delete;            // "", "CASCADE", "SET NULL"
  int check_variant = 0;
  bool deferrable = false;
};

struct Table {
  Id id = 0, schema = 0;
  std::string name;
  std::vector<Column> columns;
  std::vector<Constraint> constraints;
  bool partitioned = false;         // PARTITION BY RANGE (first column)
  Id partition_of = 0;              // a partition of that table
  int bound = 0;                    // partition k: FOR VALUES FROM (k*1000) TO ((k+1)*1000); -1: DEFAULT
  Id inherits = 0;
  bool row_security = false;
  std::string comment;
  bool granted = false;             // GRANT SELECT ... TO PUBLIC
};

struct Index {
  Id id = 0, table = 0;
  std::string name;
  std::vector<Id> columns;
  bool unique = false, partial = false, expression = false;
};

struct View {
  Id id = 0, schema = 0;
  std::string name;
  Id base = 0;                      // a table or an earlier view
  std::vector<Id> columns;          // the base table's column ids it shows
  bool materialized = false;
  bool filtered = false;            // WHERE first column IS NOT NULL
  std::string comment;
};

struct Function {
  enum Kind { Increment, Positive, Constant, Trigger } kind = Increment;
  Id id = 0, schema = 0;
  std::string name;
  bool plpgsql = false;
  int variant = 1;                  // changes the body
};

struct Sequence {
  Id id = 0, schema = 0;
  std::string name;
  int increment = 1;
  Id owned_by = 0;                  // a column id
};

struct EnumType {
  Id id = 0, schema = 0;
  std::string name;
  std::vector<std::string> labels;
};

struct Domain {
  Id id = 0, schema = 0;
  std::string name;
  int variant = 0;                  // the CHECK
  bool not_null = false;
};

struct Composite {
  Id id = 0, schema = 0;
  std::string name;
  std::vector<std::pair<std::string, TypeKind>> attributes;
};

struct Trigger {
  Id id = 0, table = 0, function = 0;
  std::string name;
  bool on_update = false;
};

struct Policy {
  Id id = 0, table = 0;
  std::string name;
  Id column = 0;                    // USING (column IS NOT NULL)
  std::string command = "ALL";
};

struct Schema {
  Id id = 0;
  std::string name;
};

struct World {
  Id next_id = 1;
  std::set<std::string> names;  // every name handed out: no two objects ever share one
  std::vector<Schema> schemas;
  std::vector<EnumType> enums;
  std::vector<Domain> domains;
  std::vector<Composite> composites;
  std::vector<Sequence> sequences;
  std::vector<Function> functions;
  std::vector<Table> tables;
  std::vector<Index> indexes;
  std::vector<View> views;
  std::vector<Trigger> triggers;
  std::vector<Policy> policies;

  Id take_id() { return next_id++; }

  const Schema* schema(Id id) const;
  Table* table(Id id);
  const Table* table(Id id) const;
  const View* view(Id id) const;
  const Function* function(Id id) const;
  // The table holding a column, and the column.
  std::pair<const Table*, const Column*> column(Id id) const;
  Column* column(Id id);
  // The columns of a table, inherited ones first (as PostgreSQL lists them).
  std::vector<const Column*> all_columns(const Table& table) const;
  std::vector<const Column*> view_columns(const View& view) const;

  // Every object id (schemas, tables, views, routines, types, indexes, triggers, policies, then
  // constraints and columns other than a table's first), for the minimizer.
  std::vector<Id> object_ids() const;
  void remove(Id id);  // removes the object (or column or constraint) with that id
  bool has(Id id) const;
};

// The world as DDL a fresh PostgreSQL 15 database loads.
std::string render(const World& world);

// The same DDL, with the ids of what it wrote: an object whose schema, table or parent is gone
// stays in the world but is left out of the DDL.
struct RenderedWorld {
  std::string ddl;
  std::set<Id> written;
};
RenderedWorld render_with_ids(const World& world);

}  // namespace schemadelta::fuzz

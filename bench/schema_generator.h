#pragma once
// Realistic schemas of any size for the benchmarks: a database of N tables spread over schemas
// (enums, trigger functions, sequences and identities, PK/FK/unique/check constraints, partial
// and expression indexes, views on tables and on views, triggers, comments), an evolved version
// of it with a share of its objects changed, both rendered the way pg_dump writes them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace schemadelta::bench {

struct ColumnSpec {
  std::string name, type, default_value;
  bool not_null = false;
  bool in_use = false;  // read by a view, an index, a check or a foreign key: never dropped
  std::string comment;
};

struct IndexSpec {
  std::string name;
  bool unique = false;
  std::string method_and_keys;  // "USING btree (lower(email)) WHERE (deleted_at IS NULL)"
};

struct CheckSpec {
  std::string name, expression;
};

struct ForeignKeySpec {
  std::string name, column, referenced_table, on_delete;  // on_delete: "" or "CASCADE", "SET NULL"
};

struct TableSpec {
  std::string name;
  bool identity = false;  // id is an identity column; otherwise a serial-style owned sequence
  std::vector<ColumnSpec> columns;
  std::string unique_column;
  std::vector<CheckSpec> checks;
  std::vector<ForeignKeySpec> foreign_keys;
  std::vector<IndexSpec> indexes;
  bool touch_trigger = false;
  std::string comment;
  bool referenced = false;  // by a view or a foreign key: never dropped
};

struct ViewSpec {
  std::string name, query;  // query as pg_dump prints it, without the trailing semicolon
};

struct SchemaSpec {
  std::string name;
  std::vector<std::string> status_labels;
  std::string touch_body;  // the trigger function's PL/pgSQL body
  std::vector<TableSpec> tables;
  std::vector<ViewSpec> views;
};

// A function of its own per table and the trigger that calls it (the "functions" shape).
struct RoutineSpec {
  std::string name, table, body;
};

// A partitioned table and its partitions, by day (the "partitions" shape).
struct PartitionedSpec {
  std::string schema, name;
  std::vector<int> days;  // one partition per day after 2000-01-01
  bool has_note = false;  // the evolved version adds a column to the parent
};

struct DatabaseSpec {
  std::vector<SchemaSpec> schemas;
  std::vector<RoutineSpec> routines;
  std::vector<PartitionedSpec> partitioned;
  std::size_t table_count() const;
};

// What evolve() changed, by kind, for the benchmark's report.
struct Evolution {
  std::size_t tables_added = 0, tables_dropped = 0, tables_altered = 0, views_changed = 0, functions_changed = 0,
              enums_extended = 0;
  std::size_t total() const;
};

// How the tables are laid out: each benchmark shape stresses another part of the tool.
struct Shape {
  std::string name = "tenants";
  std::size_t tables_per_schema = 250;   // 0: every table in one schema
  std::size_t wide_tables_per_1000 = 0;  // tables with `wide_columns` more columns, per 1,000 tables
  std::size_t wide_columns = 1000;
  std::size_t partitions_per_1000 = 0;   // partitions of one partitioned table, per 1,000 tables
  bool function_per_table = false;       // each table gets a trigger function of its own and its trigger
  std::size_t view_chain_depth = 0;      // chains of views on views this deep, one per 50 tables
};

// The shapes `make bench` measures, by name: tenants (250 tables a schema), schemas-of-2500,
// one-schema, schema-per-table, wide-tables, partitions, functions, view-chains.
std::vector<Shape> benchmark_shapes();
Shape shape_named(const std::string& name);  // throws std::invalid_argument for an unknown name

DatabaseSpec generate_database(std::size_t tables, std::uint64_t seed, const Shape& shape = {});

// A copy of `database` with about `share` of its objects changed: columns added, dropped, widened,
// defaults and nullability changed, indexes and checks added or dropped, views and functions
// rewritten, enum labels added, tables added and dropped.
DatabaseSpec evolve(const DatabaseSpec& database, double share, std::uint64_t seed, Evolution& evolution);

// The database as a pg_dump --schema-only script.
std::string render_dump(const DatabaseSpec& database);

}  // namespace schemadelta::bench

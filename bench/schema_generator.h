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

struct DatabaseSpec {
  std::vector<SchemaSpec> schemas;
  std::size_t table_count() const;
};

// What evolve() changed, by kind, for the benchmark's report.
struct Evolution {
  std::size_t tables_added = 0, tables_dropped = 0, tables_altered = 0, views_changed = 0, functions_changed = 0,
              enums_extended = 0;
  std::size_t total() const;
};

DatabaseSpec generate_database(std::size_t tables, std::uint64_t seed);

// A copy of `database` with about `share` of its objects changed: columns added, dropped, widened,
// defaults and nullability changed, indexes and checks added or dropped, views and functions
// rewritten, enum labels added, tables added and dropped.
DatabaseSpec evolve(const DatabaseSpec& database, double share, std::uint64_t seed, Evolution& evolution);

// The database as a pg_dump --schema-only script.
std::string render_dump(const DatabaseSpec& database);

}  // namespace schemadelta::bench

#pragma once
// The renderer of one change into its statements, private to generator/postgres: the state and
// helpers every object family shares. change_sql.cpp dispatches a change to its family, and each
// family renders its change types in a file of its own (render_<family>.cpp): a new object kind
// adds a family file and a line in the dispatcher.
#include <algorithm>

#include "compare/catalog_index.h"
#include "compare/hazards.h"
#include "generator/postgres/archive_sql.h"
#include "generator/postgres/change_sql.h"
#include "generator/postgres/quoting.h"
#include "generator/postgres/state_guards.h"
#include "model/inherited_columns.h"
#include "model/privilege_defaults.h"

namespace schemadelta::generator::postgres::rendering {

using compare::ChangeType;
using model::ObjectId;
using model::ObjectKind;

// Conditions and blocks the families' guards are written with (change_sql.cpp).
std::string preflight_block(const std::string& count_query, const std::string& message);
std::string relation_literal(const std::string& schema, const std::string& name);
std::string relation_exists(const std::string& schema, const std::string& name);
std::string relation_of_kind(const std::string& schema, const std::string& name, const std::string& relkinds);
std::string standalone_type_exists(const std::string& schema, const std::string& name);
std::string type_exists(const std::string& schema, const std::string& name);
std::string constraint_exists(const std::string& schema, const std::string& table, const std::string& name);
// The table's own copy of a constraint (none it inherits, which cannot be dropped alone).
std::string own_constraint_exists(const std::string& schema, const std::string& table, const std::string& name);
std::string column_exists(const std::string& schema, const std::string& table, const std::string& column);
std::string inherits(const std::string& child, const std::string& parent);
// A stored generated column of the table itself, not one it inherits (whose generation goes with
// its parent's: the server refuses DROP EXPRESSION on it), and DROP EXPRESSION, which keeps its values.
std::string stored_generated_own_column(const std::string& schema, const std::string& table, const std::string& column);
Statement drop_expression(const std::string& schema, const std::string& table, const std::string& column);
std::string table_name(const ObjectId& id);

// The name a rebuilt type's old copy has while its columns are converted (RebuildType).
std::string old_type_name(const std::string& name);

class Renderer {
 public:
  Renderer(const compare::Change& change, const compare::ChangeSet& set, const compare::CatalogIndex& before,
           const compare::CatalogIndex& after, const Preservation& preservation)
      : c_(change), id_(change.id), set_(set), source_(*set.source), target_(*set.target), before_(before), after_(after),
        preservation_(preservation) {}

  std::vector<Statement> run() {
    render();
    return std::move(out_);
  }

 private:
  const compare::Change& c_;
  const ObjectId& id_;
  const compare::ChangeSet& set_;
  const model::Catalog& source_;
  const model::Catalog& target_;
  const compare::CatalogIndex& before_;
  const compare::CatalogIndex& after_;
  const Preservation& preservation_;
  std::vector<Statement> out_;

  // The relkinds a table of SOURCE has ('p' partitioned, 'r' plain; either for a table SOURCE
  // does not have): drops and holds touch only the table as it was, never the one rebuilt in its place.
  std::string relkinds_as_it_was(const std::string& table) const {
    const auto* old = compare::definition<model::Table>(before_, ObjectId{ObjectKind::Table, id_.schema, table, "", ""});
    return !old ? "'r', 'p'" : old->partition_by ? "'p'" : "'r'";
  }

  // A partition is created alone and attached after: it needs its parent's CHECKs (those that
  // are inherited) before ATTACH PARTITION accepts it.
  model::Table with_parent_checks(const model::Table& table) const {
    if (!table.partition_of) return table;
    const auto* schema = target_.find_schema(table.partition_of->schema);
    if (!schema || !schema->tables.count(table.partition_of->name)) return table;
    model::Table copy = table;
    for (const auto& [name, constraint] : with_parent_checks(schema->tables.at(table.partition_of->name)).constraints) {
      if (constraint.kind == model::ConstraintKind::Check && !constraint.no_inherit) copy.constraints.emplace(name, constraint);
    }
    return copy;
  }

  const compare::Holding* held(compare::HoldingKind kind) const {
    return preservation_.hold ? preservation_.hold->held(kind, id_) : nullptr;
  }
  const compare::Holding* restored(compare::HoldingKind kind) const {
    return preservation_.restore ? preservation_.restore->restored(kind, id_) : nullptr;
  }

  void add(std::string sql, std::optional<std::vector<std::string>> path = std::nullopt) {
    out_.push_back({std::move(sql), std::move(path)});
  }
  void add(Statement statement) { out_.push_back(std::move(statement)); }
  void stop_unless_empty(const std::string& column, const std::string& why);
  void preflight_new_column_value(const std::string& table, const model::Column& column, const compare::Holding* restored_from);

  template <typename T>
  const T& after() const { return *compare::definition<T>(after_, id_); }
  template <typename T>
  const T& before() const { return *compare::definition<T>(before_, id_); }

  const model::Table& target_table() const { return target_.schemas.at(id_.schema).tables.at(id_.parent); }
  bool partitioned_in_target(const std::string& schema, const std::string& table) const {
    const auto* s = target_.find_schema(schema);
    return s && s->tables.count(table) && s->tables.at(table).partition_by.has_value();
  }

  std::string drop(const std::string& what) { return "DROP " + what + ";"; }

  // A table's columns with those it inherits (INHERITS parents first, as PostgreSQL orders them);
  // a column the table declares itself replaces the inherited one of its name.
  std::vector<model::Column> all_columns(const model::Table& table) const {
    std::vector<model::Column> columns = model::inherited_columns(target_, table);
    for (const auto& column : table.columns) {
      auto same = std::find_if(columns.begin(), columns.end(), [&](const auto& c) { return c.name == column.name; });
      if (same == columns.end()) columns.push_back(column);
      else *same = column;
    }
    return columns;
  }


  // The dispatcher (change_sql.cpp) and one renderer per object family.
  void render();
  void render_namespaces();  // render_schemas.cpp
  void render_types();  // render_types.cpp
  void render_sequences();  // render_sequences.cpp
  void render_routines();  // render_routines.cpp
  void render_tables();  // render_tables.cpp
  void render_columns();  // render_columns.cpp
  void render_constraints();  // render_constraints.cpp
  void render_views();  // render_views.cpp
  void render_table_objects();  // render_table_objects.cpp
  void render_metadata();  // render_metadata.cpp
  void render_collations();  // render_collations.cpp

  // Steps more than one family takes, and each family's own (defined in its file).
  void rename();
  // Fails the script with a clear message when `count_query` finds rows that would make the
  // next statement fail; nothing has been committed at that point.
  void preflight(const std::string& count_query, const std::string& message) { add(preflight_block(count_query, message)); }
  std::optional<std::string> referenced_table_created_empty(const model::QualifiedName& table) const;
  bool drops_expression() const;
  bool changes_type_later() const;
  void restore_held_plain_values();
  bool table_existed() const;
  void preflight_not_null();
  void preflight_constraint();
  void drop_local_copies_of_check();
  void convert_column(const std::string& schema, const std::string& table, const model::Column& column, bool with_default);
  bool rebuilt_before_columns(const model::TypeRef& type) const;
  const model::TypeRef* not_null_domain_base(const model::TypeRef& type) const;
  void rename_partition_key_taken_over(const model::Constraint& key);
  void preflight_type_change();
  void fix_drop_if_exists();
  static std::optional<std::vector<std::string>> expression_path(const model::Column& column);
  void add_enum_value();
  void alter_composite_type();
  void rebuild_type();
  void fire_deferred_checks(const std::string& schema, const std::string& table);
  bool record_sequence_moves(const ObjectId& column, Statement& add_column) const;
  std::string old_type_name() const;  // the name a rebuilt type's old copy has meanwhile
  std::optional<std::string> composite_conversion(const std::string& column, const model::TypeRef& type) const;
  std::string drop_old_type() const;
  void preflight_enum_values(const std::string& matches_target);
  void alter_domain();
  void alter_column_type();
  void alter_identity();
  void alter_column_attributes();
  void alter_table();
  void change_inheritance(const model::Table& a, const model::Table& b);
  void set_privileges();
};

}  // namespace schemadelta::generator::postgres::rendering

#include "generator/postgres/change_sql.h"

#include <algorithm>

#include "compare/catalog_index.h"
#include "compare/hazards.h"
#include "generator/postgres/archive_sql.h"
#include "generator/postgres/quoting.h"
#include "generator/postgres/state_guards.h"
#include "model/inherited_columns.h"
#include "model/privilege_defaults.h"

namespace schemadelta::generator::postgres {

using compare::ChangeType;
using model::ObjectId;
using model::ObjectKind;

namespace {

// Stops the script, before anything is committed, when `count_query` finds rows; the message
// says what would have failed.
std::string preflight_block(const std::string& count_query, const std::string& message) {
  return do_block("preflight", "DECLARE bad bigint; BEGIN\n  SELECT count(*) INTO bad FROM (" + count_query +
                                   ") AS rows_found;\n  IF bad > 0 THEN\n    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, " +
                                   message_literal(message) + ";\n  END IF;\nEND");
}

}  // namespace

Statement guarded(const std::string& condition, const Statement& statement) {
  std::string tag = "$guard$";
  for (int n = 1; statement.sql.find(tag) != std::string::npos; ++n) tag = "$guard" + std::to_string(n) + "$";
  return {"DO " + tag + " BEGIN\n  IF " + condition + " THEN\n    " + statement.sql + "\n  END IF;\nEND " + tag + ";",
          statement.search_path};
}

std::optional<Statement> unique_index_preflight(const std::string& schema, const model::Index& index) {
  if (!index.unique) return std::nullopt;
  std::string keys, not_null, shown;
  std::optional<std::vector<std::string>> path;
  for (const auto& element : index.elements) {
    std::string key = "(" + element.expression.original + ")";
    if (!element.collation.empty()) key += " COLLATE " + quote_identifier(element.collation);
    keys += (keys.empty() ? "" : ", ") + key;
    not_null += (not_null.empty() ? "" : " AND ") + key + " IS NOT NULL";
    shown += (shown.empty() ? "" : ", ") + element.expression.original;
    if (!path && !element.expression.search_path.empty()) path = element.expression.search_path;
  }
  std::string where = index.nulls_not_distinct ? "true" : not_null;
  if (index.where) {
    where += " AND (" + index.where->original + ")";
    if (!path && !index.where->search_path.empty()) path = index.where->search_path;
  }
  const std::string message = "duplicate values of (" + shown + ") in " + schema + "." + index.table + ": unique index " + index.name + " would fail";
  return Statement{preflight_block("SELECT 1 FROM " + qualified(schema, index.table) + " WHERE " + where + " GROUP BY " + keys +
                                       " HAVING count(*) > 1",
                                   message),
                   path ? path : std::optional<std::vector<std::string>>(std::vector<std::string>{})};
}

namespace {

// The relation's oid in a guard's condition: NULL (the condition is not met) rather than an
// error when a re-run finds the relation gone (a dropped parent, a table renamed away).
std::string relation_literal(const std::string& schema, const std::string& name) {
  return "to_regclass(" + quote_literal(qualified(schema, name)) + ")";
}

std::string relation_exists(const std::string& schema, const std::string& name) {
  return "to_regclass(" + quote_literal(qualified(schema, name)) + ") IS NOT NULL";
}

// A relation of one of these relkinds ('r', 'v', ...) exists under the name: a re-run may find
// the name taken by the object of another kind that replaced it.
std::string relation_of_kind(const std::string& schema, const std::string& name, const std::string& relkinds) {
  return "EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass(" + quote_literal(qualified(schema, name)) +
         ") AND relkind IN (" + relkinds + "))";
}

// A type of its own (not the row type of a table or view, which has the same name): what DROP TYPE
// or DROP DOMAIN may drop. A re-run finds a new table where the type was, and leaves it.
std::string standalone_type_exists(const std::string& schema, const std::string& name) {
  return "EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = " +
         quote_literal(schema) + " AND t.typname = " + quote_literal(name) +
         " AND (t.typrelid = 0 OR (SELECT relkind FROM pg_catalog.pg_class WHERE oid = t.typrelid) = 'c'))";
}

std::string type_exists(const std::string& schema, const std::string& name) {
  return "EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = " +
         quote_literal(schema) + " AND t.typname = " + quote_literal(name) + ")";
}

std::string constraint_exists(const std::string& schema, const std::string& table, const std::string& name) {
  return "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = " + relation_literal(schema, table) +
         " AND conname = " + quote_literal(name) + ")";
}

std::string inherits(const std::string& child, const std::string& parent) {
  return "EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = " + child + " AND inhparent = " + parent + ")";
}

std::string table_name(const ObjectId& id) { return qualified(id.schema, id.kind == ObjectKind::Table ? id.name : id.parent); }

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

  void render() {
    const std::string& s = id_.schema;
    switch (c_.type) {
      case ChangeType::CreateSchema: add(create_schema(id_.name)); break;
      case ChangeType::DropSchema: add(drop("SCHEMA IF EXISTS " + quote_identifier(id_.name))); break;
      case ChangeType::CreateExtension: add(create_extension(after<model::Extension>())); break;
      case ChangeType::DropExtension: add(drop("EXTENSION IF EXISTS " + quote_identifier(id_.name))); break;
      case ChangeType::AlterExtension:
        for (auto& statement : alter_extension(before<model::Extension>(), after<model::Extension>())) add(std::move(statement));
        break;
      case ChangeType::CreateType: add(pinned_step(type_pin(s, after<model::Type>()), create_type(s, after<model::Type>()))); break;
      case ChangeType::DropType:
        add(guarded(standalone_type_exists(s, id_.name), {drop("TYPE IF EXISTS " + qualified(s, id_.name)), std::nullopt}));
        break;
      case ChangeType::AddEnumValue: add_enum_value(); break;
      case ChangeType::AlterCompositeType: alter_composite_type(); break;
      case ChangeType::RebuildType: rebuild_type(); break;
      case ChangeType::CreateDomain: add(pinned_step(domain_pin(s, after<model::Domain>()), create_domain(s, after<model::Domain>()))); break;
      case ChangeType::DropDomain:
        add(guarded(standalone_type_exists(s, id_.name), {drop("DOMAIN IF EXISTS " + qualified(s, id_.name)), std::nullopt}));
        break;
      case ChangeType::AlterDomain: alter_domain(); break;
      case ChangeType::CreateSequence: {
        const auto& q = after<model::Sequence>();
        add(pinned_step(sequence_pin(s, q, nullptr), create_sequence(s, q)));
        break;
      }
      case ChangeType::DropSequence:
        // Not when the name now belongs to an identity column's sequence (a re-run of serial -> identity).
      {
        const auto* holding = held(compare::HoldingKind::Sequence);
        add(guarded(relation_of_kind(s, id_.name, "'S'") + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend WHERE classid = "
                        "'pg_catalog.pg_class'::regclass AND objid = to_regclass(" + quote_literal(qualified(s, id_.name)) +
                        ") AND deptype = 'i')",
                    {(holding ? hold_sequence(*preservation_.hold, *holding) + "\n    " : "") + "DROP SEQUENCE IF EXISTS " +
                         qualified(s, id_.name) + ";",
                     std::nullopt}));
        break;
      }
      case ChangeType::AlterSequence: {
        const auto& q = after<model::Sequence>();
        const std::string name = qualified(s, q.name);
        const std::string alter = "ALTER SEQUENCE " + name + sequence_options_sql(q.options, true);
        // A current value outside the new bounds: PostgreSQL refuses the ALTER. Behind the new
        // bound in the sequence's direction, it moves forward to that bound (no value comes
        // twice); past the bound it would have to go back, so the script stops before anything
        // changes. It never restarts behind its current value.
        const bool ascending = q.options.increment > 0;
        model::Sequence options_only = q;  // the pin compares options: ownership and persistence are steps of their own
        add(pinned_step(sequence_pin(s, options_only, &before<model::Sequence>()), {"NULL;", std::nullopt}));
        const std::string ahead_limit = std::to_string(ascending ? q.options.max_value : q.options.min_value);
        const std::string behind_limit = std::to_string(ascending ? q.options.min_value : q.options.max_value);
        add(do_block("guard", "DECLARE current_value bigint; BEGIN\n  SELECT last_value INTO current_value FROM " + name + ";\n  IF current_value " +
                                  (ascending ? ">" : "<") + " " + ahead_limit + " THEN\n    RAISE EXCEPTION 'schemadelta pre-flight: % is at %, past its new " +
                                  (ascending ? "MAXVALUE" : "MINVALUE") + " %: the next value would fail or repeat', " +
                                  message_literal(s + "." + q.name) + ", current_value, " + ahead_limit + ";\n  ELSIF current_value " +
                                  (ascending ? "<" : ">") + " " + behind_limit + " THEN\n    " + alter + " RESTART WITH " + behind_limit +
                                  ";\n  ELSE\n    " + alter + ";\n  END IF;\nEND"));
        if (q.unlogged != before<model::Sequence>().unlogged) {
          add("ALTER SEQUENCE " + qualified(s, q.name) + (q.unlogged ? " SET UNLOGGED;" : " SET LOGGED;"));
        }
        break;
      }
      case ChangeType::SetSequenceOwner: add(sequence_owned_by(s, after<model::Sequence>())); break;
      case ChangeType::CreateRoutine: case ChangeType::ReplaceRoutine: {
        const auto& r = after<model::Routine>();
        const auto* was = c_.type == ChangeType::ReplaceRoutine ? compare::definition<model::Routine>(before_, id_) : nullptr;
        add(pinned_step(routine_pin(s, r, was), create_routine(s, r)));
        break;
      }
      case ChangeType::DropRoutine: add(drop(object_reference(id_, source_))); fix_drop_if_exists(); break;
      case ChangeType::CreateAggregate: add(create_aggregate(s, after<model::Aggregate>(), true)); break;
      case ChangeType::DropAggregate: add(drop(object_reference(id_, source_))); fix_drop_if_exists(); break;
      case ChangeType::CreateOperator: {
        const auto& o = after<model::Operator>();
        std::string condition = "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace "
                                "WHERE n.nspname = " + quote_literal(s) + " AND o.oprname = " + quote_literal(o.name) +
                                " AND o.oprleft = " + (o.left ? quote_literal(type_sql(*o.left)) + "::regtype" : std::string("0")) +
                                " AND o.oprright = " + (o.right ? quote_literal(type_sql(*o.right)) + "::regtype" : std::string("0")) + ")";
        add(guarded(condition, create_operator(s, o)));
        break;
      }
      case ChangeType::DropOperator: add(drop(object_reference(id_, source_))); fix_drop_if_exists(); break;
      case ChangeType::CreateTable: {
        const auto& table = with_parent_checks(after<model::Table>());
        add(pinned_step(table_pin(s, table), create_table(s, table, true)));
        if (const auto* holding = restored(compare::HoldingKind::Table)) {
          add(restore_table(*preservation_.restore, *holding, all_columns(table)));
        }
        break;
      }
      case ChangeType::DropTable: {
        // Only the table as it was: a re-run finds the new table of the same name (partitioned
        // where it was plain, or the other way round) and leaves it.
        const std::string relkind = relkinds_as_it_was(id_.name);
        if (const auto* holding = held(compare::HoldingKind::Table)) {
          Statement hold = hold_table(*preservation_.hold, *holding);
          hold.sql = "PERFORM" + hold.sql.substr(std::string("SELECT").size());  // inside the guard's PL/pgSQL block
          add(guarded(relation_of_kind(s, id_.name, relkind), hold));
        } else {
          add(guarded(relation_of_kind(s, id_.name, relkind), {drop("TABLE IF EXISTS " + qualified(s, id_.name)), std::nullopt}));
        }
        break;
      }
      case ChangeType::AlterTable: alter_table(); break;
      case ChangeType::AddColumn:
        if (const auto* holding = restored(compare::HoldingKind::Column)) {
          const auto& column = after<model::Column>();
          add(restore_column(*preservation_.restore, *holding, s, id_.parent, column));
        }
      {
        const auto& column = after<model::Column>();
        // A column the migration could not keep comes back empty: NOT NULL only where no row
        // needs a value (an empty table), else it stays nullable and the script says so.
        const bool comes_back_empty = std::find(c_.assessment.hazards.begin(), c_.assessment.hazards.end(), compare::Hazard::NotHeld) !=
                                      c_.assessment.hazards.end();
        model::Column added = column;
        if (comes_back_empty && column.not_null && !column.default_value && column.identity.kind == model::IdentityKind::None && !column.generated) added.not_null = false;
        Statement add_column{"ALTER TABLE " + table_name(id_) + " ADD COLUMN IF NOT EXISTS " + column_definition(s, added) + ";",
                             expression_path(added)};
        // Its state after this step is either form (NOT NULL is set below when it can be): not pinned.
        add(added.not_null != column.not_null ? add_column : pinned_step(column_pin(s, id_.parent, added), add_column));
        if (added.not_null != column.not_null) {
          add(do_block("empty", "BEGIN\n  IF NOT EXISTS (SELECT FROM " + table_name(id_) + " WHERE " + quote_identifier(id_.name) + " IS NULL) THEN\n    ALTER TABLE " +
                                    table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name) + " SET NOT NULL;\n  ELSE\n    RAISE WARNING '%', " +
                                    message_literal("column " + id_.schema + "." + id_.parent + "." + id_.name +
                                                    " came back empty (its values could not be kept): it stays nullable") +
                                    ";\n  END IF;\nEND"));
        }
        break;
      }
      case ChangeType::DropColumn:
        if (const auto* holding = held(compare::HoldingKind::Column)) add(hold_values(*preservation_.hold, *holding));
        add("ALTER TABLE " + table_name(id_) + " DROP COLUMN IF EXISTS " + quote_identifier(id_.name) + ";"); break;
      case ChangeType::AlterColumnType:
        if (table_existed() && before_.count(id_)) {
          add(pinned_step(column_type_pin(s, id_.parent, before<model::Column>(), after<model::Column>()), {"NULL;", std::nullopt}));
        }
        preflight_type_change();
        if (const auto* holding = held(compare::HoldingKind::Values)) add(hold_values(*preservation_.hold, *holding));
        alter_column_type();
        if (const auto* holding = restored(compare::HoldingKind::Values)) {
          add(restore_values(*preservation_.restore, *holding, s, id_.parent, before<model::Column>(), after<model::Column>()));
        }
        break;
      case ChangeType::SetColumnDefault: {
        const auto& column = after<model::Column>();
        Statement set{"ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name) + " SET DEFAULT " +
                          column.default_value->original + ";",
                      column.default_value->search_path};
        // A default set on a column that is new or rebuilt in this script, or whose type changes
        // (its old default was dropped before the type change): nothing to pin.
        const auto* was = compare::definition<model::Column>(before_, id_);
        if (was && table_existed() && c_.timing == compare::Timing::Normal && was->type == column.type) {
          add(pinned_step(column_default_pin(s, id_.parent, *was, column), set));
        }
        else add(set);
        break;
      }
      case ChangeType::DropColumnDefault:
        // Guarded: on a re-run the column may have become an identity, which refuses DROP DEFAULT.
        add(guarded("(SELECT atthasdef FROM pg_catalog.pg_attribute WHERE attrelid = " + relation_literal(s, id_.parent) +
                        " AND attname = " + quote_literal(id_.name) + ")",
                    {"ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name) + " DROP DEFAULT;", std::nullopt}));
        break;
      case ChangeType::SetNotNull:
        preflight_not_null();
        add("ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name) + " SET NOT NULL;");
        break;
      case ChangeType::DropNotNull:
        add("ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name) + " DROP NOT NULL;");
        break;
      case ChangeType::AlterColumnIdentity: alter_identity(); break;
      case ChangeType::AlterColumnAttributes: alter_column_attributes(); break;
      case ChangeType::AddConstraint: {
        preflight_constraint();
        const auto& c = after<model::Constraint>();
        // ONLY, except a foreign key or key on a partitioned table and an inheritable CHECK
        // (children must get it too). A key with ONLY would leave the parent's index invalid until
        // each partition's index is attached: without it the partitions' keys are made or
        // attached at once, and the partitions' own steps find them done.
        const bool key = c.kind == model::ConstraintKind::PrimaryKey || c.kind == model::ConstraintKind::Unique ||
                         c.kind == model::ConstraintKind::Exclude;
        bool only = !(partitioned_in_target(s, id_.parent) && (c.kind == model::ConstraintKind::ForeignKey || key)) &&
                    !(c.kind == model::ConstraintKind::Check && !c.no_inherit);
        add(pinned_step(constraint_pin(s, id_.parent, c), add_constraint(s, id_.parent, c, only)));
        break;
      }
      case ChangeType::DropConstraint: {
        // Guarded: the table may be one this script drops too (a foreign-key cycle), or a view
        // that took its name on a re-run. A partition's key that its parent's key took over goes
        // with the parent's (it cannot be dropped alone).
        const auto* table = compare::definition<model::Table>(before_, ObjectId{ObjectKind::Table, s, id_.parent, "", ""});
        // Only on the table as it was: a re-run may find it rebuilt (partitioned where it was plain).
        std::string condition = relation_of_kind(s, id_.parent, relkinds_as_it_was(id_.parent));
        if (table && table->partition_of) {
          condition += " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = " + relation_literal(s, id_.parent) +
                       " AND conname = " + quote_literal(id_.name) + " AND coninhcount > 0)";
        }
        add(guarded(condition, {"ALTER TABLE " + table_name(id_) + " DROP CONSTRAINT IF EXISTS " + quote_identifier(id_.name) + ";", std::nullopt}));
        break;
      }
      case ChangeType::ValidateConstraint:
        add("ALTER TABLE " + table_name(id_) + " VALIDATE CONSTRAINT " + quote_identifier(id_.name) + ";");
        break;
      case ChangeType::CreateIndex: {
        const auto& i = after<model::Index>();
        if (table_existed()) {
          if (auto check = unique_index_preflight(s, i)) add(*check);
        }
        add(pinned_step(index_pin(s, i), create_index(s, i, partitioned_in_target(s, i.table), true)));
        for (auto& statement : index_attributes(s, i)) add(statement);
        break;
      }
      case ChangeType::DropIndex:
        // Not an index that now backs a constraint of the same name.
        add(guarded(relation_of_kind(s, id_.name, "'i', 'I'") +
                        " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass(" +
                        quote_literal(qualified(s, id_.name)) + "))",
                    {drop("INDEX IF EXISTS " + qualified(s, id_.name)), std::nullopt}));
        break;
      case ChangeType::AttachIndex: {
        const auto& i = after<model::Index>();
        add(guarded("NOT " + inherits(relation_literal(s, i.name), relation_literal(i.attached_to->schema, i.attached_to->name)),
                    attach_index(*i.attached_to, {s, i.name})));
        break;
      }
      case ChangeType::AttachPartition: {
        const auto& t = after<model::Table>();
        // Rows outside the (new) bound: the script stops with a message that says so, before it
        // commits anything.
        Statement attach = attach_partition(s, t);
        attach.sql = "BEGIN\n      " + attach.sql + "\n    EXCEPTION WHEN check_violation THEN\n      RAISE EXCEPTION "
                     "'schemadelta pre-flight: rows of % lie outside its partition bound (%)', " +
                     message_literal(s + "." + t.name) + ", " + printable_on_server("SQLERRM") + ";\n    END;";
        add(guarded("NOT " + inherits(relation_literal(s, t.name), relation_literal(t.partition_of->schema, t.partition_of->name)), attach));
        break;
      }
      case ChangeType::DetachPartition: {
        const auto& t = before<model::Table>();
        add(guarded(inherits(relation_literal(s, t.name), relation_literal(t.partition_of->schema, t.partition_of->name)),
                    {"ALTER TABLE " + qualified(*t.partition_of) + " DETACH PARTITION " + qualified(s, t.name) + ";", std::nullopt}));
        break;
      }
      case ChangeType::CreateView: {
        const bool materialized = id_.kind == ObjectKind::MaterializedView;
        const auto& v = after<model::View>();
        add(pinned_step(view_pin(s, v, compare::definition<model::View>(before_, id_), materialized), create_view(s, v, materialized, true)));
        break;
      }
      case ChangeType::DropView: {
        const bool materialized = id_.kind == ObjectKind::MaterializedView;
        add(guarded(relation_of_kind(s, id_.name, materialized ? "'m'" : "'v'"),
                    {drop(std::string(materialized ? "MATERIALIZED VIEW" : "VIEW") + " IF EXISTS " + qualified(s, id_.name)), std::nullopt}));
        break;
      }
      case ChangeType::CreateTrigger: {
        const auto& t = after<model::Trigger>();
        auto statement = create_trigger(s, t, true);
        const auto* on = target_.find_schema(s);
        if (!t.is_constraint && on && on->tables.count(t.table)) statement = pinned_step(trigger_pin(s, t), statement);
        if (t.is_constraint) {
          statement = guarded("NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid = " + relation_literal(s, t.table) +
                                  " AND tgname = " + quote_literal(t.name) + ")",
                              statement);
        }
        add(statement);
        break;
      }
      case ChangeType::DropTrigger:
        add(drop("TRIGGER IF EXISTS " + quote_identifier(id_.name) + " ON " + qualified(s, id_.parent)));
        break;
      case ChangeType::AlterTriggerState: {
        const auto& t = after<model::Trigger>();
        if (auto statement = trigger_state(s, t)) add(*statement);
        else add("ALTER TABLE " + qualified(s, t.table) + " ENABLE TRIGGER " + quote_identifier(t.name) + ";");
        break;
      }
      case ChangeType::CreatePolicy:
        add(pinned_step(policy_pin(s, id_.parent, after<model::Policy>()), create_policy(s, id_.parent, after<model::Policy>())));
        break;
      case ChangeType::DropPolicy:
        add(drop("POLICY IF EXISTS " + quote_identifier(id_.name) + " ON " + qualified(s, id_.parent)));
        break;
      case ChangeType::CreateRule: add(create_rule(s, after<model::Rule>())); break;
      case ChangeType::DropRule:
        // DROP RULE IF EXISTS still needs the relation: a re-run may find it gone.
        add(guarded(relation_exists(s, id_.parent),
                    {drop("RULE IF EXISTS " + quote_identifier(id_.name) + " ON " + qualified(s, id_.parent)), std::nullopt}));
        break;
      case ChangeType::SetComment: {
        auto it = target_.comments.find(id_);
        add(comment_on(id_, target_, it == target_.comments.end() ? nullptr : &it->second));
        break;
      }
      case ChangeType::SetPrivileges: set_privileges(); break;
      case ChangeType::SetOwner: add(owner_to(id_, target_, target_.owners.at(id_))); break;
      case ChangeType::Rename: rename(); break;
    }
  }

  void rename() {
    const std::string& s = id_.schema;
    const std::string& old_name = c_.value;
    const std::string to = quote_identifier(id_.name);
    switch (id_.kind) {
      case ObjectKind::Table: case ObjectKind::View: case ObjectKind::MaterializedView: case ObjectKind::Sequence:
      case ObjectKind::Index: {
        const char* keyword = id_.kind == ObjectKind::Table ? "TABLE" : id_.kind == ObjectKind::View ? "VIEW"
                              : id_.kind == ObjectKind::MaterializedView ? "MATERIALIZED VIEW"
                              : id_.kind == ObjectKind::Sequence ? "SEQUENCE" : "INDEX";
        add(guarded(relation_exists(s, old_name) + " AND NOT " + relation_exists(s, id_.name),
                    {std::string("ALTER ") + keyword + " " + qualified(s, old_name) + " RENAME TO " + to + ";", std::nullopt}));
        break;
      }
      case ObjectKind::Column:
        add(guarded("EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = " + relation_literal(s, id_.parent) +
                        " AND attname = " + quote_literal(old_name) + " AND NOT attisdropped)",
                    {"ALTER TABLE " + qualified(s, id_.parent) + " RENAME COLUMN " + quote_identifier(old_name) + " TO " + to + ";",
                     std::nullopt}));
        break;
      case ObjectKind::Constraint:
        add(guarded(constraint_exists(s, id_.parent, old_name),
                    {"ALTER TABLE " + qualified(s, id_.parent) + " RENAME CONSTRAINT " + quote_identifier(old_name) + " TO " + to + ";",
                     std::nullopt}));
        break;
      case ObjectKind::Type: case ObjectKind::Domain:
        add(guarded(type_exists(s, old_name) + " AND NOT " + type_exists(s, id_.name),
                    {std::string("ALTER ") + (id_.kind == ObjectKind::Domain ? "DOMAIN " : "TYPE ") + qualified(s, old_name) +
                         " RENAME TO " + to + ";",
                     std::nullopt}));
        break;
      case ObjectKind::Function: case ObjectKind::Procedure: {
        std::string reference = object_reference(id_, source_);  // FUNCTION s.new(args)
        std::string args = reference.substr(reference.find('('));
        std::string kind = id_.kind == ObjectKind::Procedure ? "PROCEDURE " : "FUNCTION ";
        add(guarded("to_regprocedure(" + quote_literal(qualified(s, old_name) + args) + ") IS NOT NULL",
                    {"ALTER " + kind + qualified(s, old_name) + args + " RENAME TO " + to + ";", std::nullopt}));
        break;
      }
      default: break;
    }
  }

  // ---------------------------------------------------------------- pre-flight checks

  // Fails the script with a clear message when `count_query` finds rows that would make the
  // next statement fail; nothing has been committed at that point.
  void preflight(const std::string& count_query, const std::string& message) { add(preflight_block(count_query, message)); }

  bool table_existed() const {
    return before_.count(ObjectId{ObjectKind::Table, id_.schema, id_.parent, "", ""}) > 0;
  }

  void preflight_not_null() {
    if (!table_existed() || !before_.count(id_)) return;
    preflight("SELECT 1 FROM " + table_name(id_) + " WHERE " + quote_identifier(id_.name) + " IS NULL",
              "rows of " + id_.schema + "." + id_.parent + " have NULL in " + id_.name + ": SET NOT NULL would fail");
  }

  void preflight_constraint() {
    if (!table_existed()) return;
    const auto& c = after<model::Constraint>();
    const std::string table = table_name(id_);
    std::vector<std::string> columns;
    for (const auto& column : c.columns) columns.push_back(quote_identifier(column));
    std::string list;
    for (const auto& column : columns) list += (list.empty() ? "" : ", ") + column;
    const std::string where = id_.schema + "." + id_.parent;
    switch (c.kind) {
      case model::ConstraintKind::PrimaryKey: case model::ConstraintKind::Unique: {
        std::string not_null;
        for (const auto& column : columns) not_null += (not_null.empty() ? "" : " AND ") + column + " IS NOT NULL";
        if (c.nulls_not_distinct || c.kind == model::ConstraintKind::PrimaryKey) not_null = "true";
        preflight("SELECT 1 FROM " + table + " WHERE " + not_null + " GROUP BY " + list + " HAVING count(*) > 1",
                  "duplicate values of (" + list + ") in " + where + ": constraint " + id_.name + " would fail");
        break;
      }
      case model::ConstraintKind::ForeignKey: {
        if (!c.validated) break;
        const auto& fk = c.foreign_key;
        std::string not_null, join;
        for (size_t i = 0; i < columns.size() && i < fk.referenced_columns.size(); ++i) {
          not_null += std::string(i ? " AND " : "") + "child." + columns[i] + " IS NOT NULL";
          join += std::string(i ? " AND " : "") + "parent." + quote_identifier(fk.referenced_columns[i]) + " = child." + columns[i];
        }
        preflight("SELECT 1 FROM " + table + " AS child WHERE " + not_null + " AND NOT EXISTS (SELECT 1 FROM " +
                      qualified(fk.referenced_table) + " AS parent WHERE " + join + ")",
                  "rows of " + where + " reference missing rows of " + fk.referenced_table.schema + "." + fk.referenced_table.name +
                      ": foreign key " + id_.name + " would fail");
        break;
      }
      case model::ConstraintKind::Check:
        if (!c.validated || !c.check) break;
        out_.push_back({do_block("preflight", "DECLARE bad bigint; BEGIN\n  SELECT count(*) INTO bad FROM " + table + " WHERE NOT (" +
                            c.check->original + ");\n  IF bad > 0 THEN\n    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, " +
                            message_literal("rows of " + where + " violate check " + id_.name) + ";\n  END IF;\nEND"),
                        c.check->search_path});
        break;
      default: break;
    }
  }

  void preflight_type_change() {
    if (!table_existed()) return;
    const auto* from = compare::definition<model::Column>(before_, id_);
    const auto& to = after<model::Column>();
    if (!from || compare::widens(from->type, to.type)) return;
    const std::string column = quote_identifier(id_.name);
    const std::string where = id_.schema + "." + id_.parent + "." + id_.name;
    const bool bounded_text = (to.type.name == "character varying" || to.type.name == "character") && !to.type.modifiers.empty();
    if (bounded_text && to.type.array_dimensions == 0) {
      std::string length = to.type.modifiers.substr(1, to.type.modifiers.size() - 2);
      preflight("SELECT 1 FROM " + table_name(id_) + " WHERE length(" + column + "::text) > " + length,
                "values of " + where + " are longer than " + length + " characters: " + model::to_string(to.type) + " would truncate or fail");
      return;
    }
    // Any other narrowing: every value must convert (directly, or through text as the
    // conversion itself falls back to).
    add(do_block("preflight", "BEGIN\n  BEGIN\n    PERFORM " + column + "::" + type_sql(to.type) + " FROM " + table_name(id_) +
        ";\n  EXCEPTION WHEN cannot_coerce THEN\n    PERFORM " + column + "::text::" + type_sql(to.type) + " FROM " +
        table_name(id_) + ";\n  END;\nEXCEPTION WHEN others THEN\n  RAISE EXCEPTION 'schemadelta pre-flight: values of % do not convert to %: %', " +
        message_literal(where) + ", " + message_literal(model::to_string(to.type)) + ", " + printable_on_server("SQLERRM") +
            ";\nEND"),
        std::vector<std::string>{});
  }

  // object_reference gives "FUNCTION s.f(int)": drops need IF EXISTS after the kind word.
  void fix_drop_if_exists() {
    auto& sql = out_.back().sql;
    for (const char* kind : {"DROP FUNCTION ", "DROP PROCEDURE ", "DROP AGGREGATE ", "DROP OPERATOR "}) {
      if (sql.starts_with(kind)) sql.insert(std::string(kind).size(), "IF EXISTS ");
    }
  }

  static std::optional<std::vector<std::string>> expression_path(const model::Column& column) {
    if (column.default_value) return column.default_value->search_path;
    if (column.generated) return column.generated->search_path;
    return std::nullopt;
  }

  void add_enum_value() {
    const auto& labels = after<model::Type>().enum_labels;
    const auto& old_labels = before<model::Type>().enum_labels;
    auto it = std::find(labels.begin(), labels.end(), c_.value);
    std::string position;
    // Place it before the next label that already exists, else after the previous one.
    for (auto next = it + 1; next != labels.end(); ++next) {
      if (std::find(old_labels.begin(), old_labels.end(), *next) != old_labels.end()) {
        position = " BEFORE " + quote_literal(*next);
        break;
      }
    }
    if (position.empty() && it != labels.begin()) position = " AFTER " + quote_literal(*(it - 1));
    add("ALTER TYPE " + qualified(id_.schema, id_.name) + " ADD VALUE IF NOT EXISTS " + quote_literal(c_.value) + position + ";");
  }

  void alter_composite_type() {
    const auto& a = before<model::Type>();
    const auto& b = after<model::Type>();
    const std::string name = qualified(id_.schema, id_.name);
    auto find = [](const model::Type& t, const std::string& attribute) -> const model::CompositeAttribute* {
      for (const auto& x : t.attributes) {
        if (x.name == attribute) return &x;
      }
      return nullptr;
    };
    std::string attribute_exists_prefix = "EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.typrelid = a.attrelid "
                                          "WHERE t.oid = " + quote_literal(name) + "::regtype AND NOT a.attisdropped AND a.attname = ";
    for (const auto& old : a.attributes) {
      if (!find(b, old.name)) add("ALTER TYPE " + name + " DROP ATTRIBUTE IF EXISTS " + quote_identifier(old.name) + ";");
    }
    for (const auto& now : b.attributes) {
      const auto* old = find(a, now.name);
      std::string definition = quote_identifier(now.name) + " " + type_sql(now.type) +
                               (now.collation ? " COLLATE " + qualified(*now.collation) : "");
      if (!old) {
        add(guarded("NOT " + attribute_exists_prefix + quote_literal(now.name) + ")",
                    {"ALTER TYPE " + name + " ADD ATTRIBUTE " + definition + ";", std::nullopt}));
      } else if (*old != now) {
        add("ALTER TYPE " + name + " ALTER ATTRIBUTE " + quote_identifier(now.name) + " SET DATA TYPE " + type_sql(now.type) +
            (now.collation ? " COLLATE " + qualified(*now.collation) : "") + ";");
      }
    }
  }

  // Enum values removed or reordered, or a domain's base type changed: rename the old type
  // away, create the new one, convert every column through a cast, drop the old one.
  void rebuild_type() {
    const bool is_domain = id_.kind == ObjectKind::Domain;
    const model::Type* composite = nullptr;
    if (!is_domain && after<model::Type>().kind == model::TypeKind::Composite) composite = &after<model::Type>();
    const std::string& s = id_.schema;
    const std::string old_name = id_.name.substr(0, 40) + "_schemadelta_old";
    const std::string name = qualified(s, id_.name);
    const std::string old_qualified = qualified(s, old_name);
    const char* keyword = is_domain ? "DOMAIN" : "TYPE";
    std::string matches_target;
    std::string intermediate;
    if (is_domain) {
      const auto& d = after<model::Domain>();
      matches_target = "(SELECT pg_catalog.format_type(typbasetype, typtypmod) FROM pg_catalog.pg_type WHERE oid = to_regtype(" +
                       quote_literal(name) + ")) = " + quote_literal(type_sql(d.base_type));
      intermediate = type_sql(d.base_type);
    } else if (composite) {
      std::string attributes;
      for (const auto& a : composite->attributes) attributes += (attributes.empty() ? "" : ", ") + quote_literal(a.name + " " + type_sql(a.type));
      matches_target = "(SELECT array_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) "
                       "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.typrelid = a.attrelid WHERE t.oid = to_regtype(" +
                       quote_literal(name) + ") AND NOT a.attisdropped) = ARRAY[" + attributes + "]::text[]";
    } else {
      std::string labels;
      for (const auto& label : after<model::Type>().enum_labels) labels += (labels.empty() ? "" : ", ") + quote_literal(label);
      matches_target = "(SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype(" +
                       quote_literal(name) + ")) = ARRAY[" + labels + "]::text[]";
      intermediate = "text";
    }
    if (!is_domain && !composite) preflight_enum_values(matches_target);
    add(guarded(type_exists(s, id_.name) + " AND NOT (" + matches_target + ") AND NOT " + type_exists(s, old_name),
                {"ALTER " + std::string(keyword) + " " + name + " RENAME TO " + quote_identifier(old_name) + ";", std::nullopt}));
    add(guarded("NOT " + type_exists(s, id_.name),
                is_domain ? create_domain(s, after<model::Domain>()) : create_type(s, after<model::Type>())));
    for (const auto& column_id : compare::IndexedCatalog::in(set_.indexed_target->columns_by_type, s, id_.name)) {
      const auto* column = compare::definition<model::Column>(after_, column_id);
      const std::string array = column->type.array_dimensions ? "[]" : "";
      const std::string table = qualified(column_id.schema, column_id.parent);
      const std::string alter = "ALTER TABLE " + table + " ALTER COLUMN " + quote_identifier(column->name);
      std::string conversion = quote_identifier(column->name) + "::" + intermediate + array + "::" + name + array;
      if (composite && array.empty()) {
        // Field by field: attributes kept are cast, new ones start NULL.
        const auto* old_type = compare::definition<model::Type>(before_, id_);
        std::string fields;
        for (const auto& a : composite->attributes) {
          bool existed = false;
          for (const auto& o : old_type->attributes) existed = existed || o.name == a.name;
          fields += (fields.empty() ? "" : ", ") +
                    (existed ? "(" + quote_identifier(column->name) + ")." + quote_identifier(a.name) + "::" + type_sql(a.type)
                             : "NULL::" + type_sql(a.type));
        }
        conversion = "CASE WHEN " + quote_identifier(column->name) + " IS NOT DISTINCT FROM NULL THEN NULL ELSE ROW(" + fields +
                     ")::" + name + " END";
      }
      std::string sql = alter + " DROP DEFAULT;\n    " + alter + " TYPE " + name + array + " USING " + conversion + ";";
      std::optional<std::vector<std::string>> path = std::vector<std::string>{};
      if (column->default_value) {
        sql += "\n    " + alter + " SET DEFAULT " + column->default_value->original + ";";
        path = column->default_value->search_path;
      }
      std::string condition = "(SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass(" + quote_literal(table) +
                              ") AND attname = " + quote_literal(column->name) + ") IN (to_regtype(" + quote_literal(old_qualified) +
                              "), to_regtype(" + quote_literal(old_qualified + "[]") + "))";
      add(guarded(condition, {sql, path}));
    }
    add("DROP " + std::string(keyword) + " IF EXISTS " + old_qualified + ";");
  }

  // Rows holding a label the rebuilt enum no longer has would stop the conversion halfway: say
  // which column and how many, before anything changes. Only while the type is the old one.
  void preflight_enum_values(const std::string& matches_target) {
    std::string labels;
    for (const auto& label : after<model::Type>().enum_labels) labels += (labels.empty() ? "" : ", ") + quote_literal(label);
    const std::string kept = "ARRAY[" + labels + "]::text[]";
    for (const auto& column_id : compare::IndexedCatalog::in(set_.indexed_source->columns_by_type, id_.schema, id_.name)) {
      const auto* column = compare::definition<model::Column>(before_, column_id);
      if (!compare::definition<model::Table>(before_, {ObjectKind::Table, column_id.schema, column_id.parent, "", ""})) continue;
      const std::string name = quote_identifier(column->name);
      const std::string table = qualified(column_id.schema, column_id.parent);
      const std::string removed = column->type.array_dimensions
                                      ? "EXISTS (SELECT 1 FROM unnest(" + name + ") AS v WHERE v::text <> ALL (" + kept + "))"
                                      : name + "::text <> ALL (" + kept + ")";
      add(guarded(type_exists(id_.schema, id_.name) + " AND NOT (" + matches_target + ")",
                  {"IF EXISTS (SELECT 1 FROM " + table + " WHERE " + removed + ") THEN\n      RAISE EXCEPTION " +
                       quote_literal("schemadelta pre-flight: % rows of " +
                                     raise_format_text(column_id.schema + "." + column_id.parent + " hold values of " + column_id.name +
                                                       " that type " + id_.schema + "." + id_.name + " no longer has")) +
                       ", (SELECT count(*) FROM " + table + " WHERE " + removed + ");\n    END IF;",
                   std::vector<std::string>{}}));
    }
  }

  void alter_domain() {
    const auto& a = before<model::Domain>();
    const auto& b = after<model::Domain>();
    const std::string name = "ALTER DOMAIN " + qualified(id_.schema, id_.name);
    if (a.default_value != b.default_value) {
      if (b.default_value) add(name + " SET DEFAULT " + b.default_value->original + ";", b.default_value->search_path);
      else add(name + " DROP DEFAULT;");
    }
    if (a.not_null != b.not_null) add(name + (b.not_null ? " SET NOT NULL;" : " DROP NOT NULL;"));
    for (const auto& [cname, constraint] : a.constraints) {
      auto it = b.constraints.find(cname);
      if (it == b.constraints.end() || it->second != constraint) add(name + " DROP CONSTRAINT IF EXISTS " + quote_identifier(cname) + ";");
    }
    for (const auto& [cname, constraint] : b.constraints) {
      auto it = a.constraints.find(cname);
      if (it != a.constraints.end() && it->second == constraint) continue;
      std::string condition = "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE contypid = " +
                              quote_literal(qualified(id_.schema, id_.name)) + "::regtype AND conname = " + quote_literal(cname) + ")";
      add(guarded(condition, {name + " ADD CONSTRAINT " + quote_identifier(cname) + " CHECK (" + constraint.check.original + ")" +
                                  (constraint.validated ? "" : " NOT VALID") + ";",
                              constraint.check.search_path}));
    }
  }

  void alter_column_type() {
    const auto& column = after<model::Column>();
    const std::string type = type_sql(column.type);
    const std::string collate = column.collation ? " COLLATE " + qualified(*column.collation) : "";
    const std::string alter = "ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name) + " TYPE " + type + collate;
    const std::string name = quote_identifier(id_.name);
    // A direct cast where one exists; else through text (bigint -> uuid), which succeeds only
    // for values that read as the new type.
    std::string sql = "BEGIN\n      " + alter + " USING " + name + "::" + type + ";\n    EXCEPTION WHEN cannot_coerce THEN\n      " +
                      alter + " USING " + name + "::text::" + type + ";\n    END;";
    // format_type prints schema-qualified names under an empty search_path, as type_sql does.
    std::string condition = "(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) || coalesce(' COLLATE ' || co.collname, '') "
                            "FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation "
                            "AND a.attcollation <> 100 AND co.collname <> 'default' WHERE a.attrelid = " +
                            relation_literal(id_.schema, id_.parent) + " AND a.attname = " + quote_literal(id_.name) +
                            ") IS DISTINCT FROM " +
                            quote_literal(type + (column.collation && column.collation->name != "default"
                                                      ? " COLLATE " + column.collation->name
                                                      : ""));
    add(guarded(condition, {sql, std::vector<std::string>{}}));
  }

  void alter_identity() {
    const auto& a = before<model::Column>().identity;
    const auto& b = after<model::Column>().identity;
    const std::string column = "ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name);
    const char* kind = b.kind == model::IdentityKind::Always ? "ALWAYS" : "BY DEFAULT";
    if (b.kind == model::IdentityKind::None) {
      const ObjectId sequence{ObjectKind::Sequence, id_.schema, a.sequence_name, "", ""};
      if (const auto* holding = preservation_.hold ? preservation_.hold->held(compare::HoldingKind::Sequence, sequence) : nullptr) {
        add(guarded(relation_exists(id_.schema, a.sequence_name), {hold_sequence(*preservation_.hold, *holding), std::nullopt}));
      }
      add(column + " DROP IDENTITY IF EXISTS;");
      return;
    }
    if (a.kind == model::IdentityKind::None) {
      std::string condition = "(SELECT attidentity FROM pg_catalog.pg_attribute WHERE attrelid = " + relation_literal(id_.schema, id_.parent) +
                              " AND attname = " + quote_literal(id_.name) + ") = ''";
      add(guarded(condition, {column + " ADD GENERATED " + kind + " AS IDENTITY (SEQUENCE NAME " +
                                  qualified(id_.schema, b.sequence_name) + sequence_options_sql(b.options, false) + ");",
                              std::nullopt}));
      return;
    }
    add(column + " SET GENERATED " + kind + " SET INCREMENT BY " + std::to_string(b.options.increment) + " SET MINVALUE " +
        std::to_string(b.options.min_value) + " SET MAXVALUE " + std::to_string(b.options.max_value) + " SET START WITH " +
        std::to_string(b.options.start) + " SET CACHE " + std::to_string(b.options.cache) + (b.options.cycle ? " SET CYCLE;" : " SET NO CYCLE;"));
  }

  void alter_column_attributes() {
    static const model::Column defaults;
    const auto* old = compare::definition<model::Column>(before_, id_);
    const auto& a = old ? *old : defaults;
    const auto& b = after<model::Column>();
    const std::string column = "ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name);
    if (a.storage != b.storage && !b.storage.empty()) add(column + " SET STORAGE " + b.storage + ";");
    if (a.statistics != b.statistics) add(column + " SET STATISTICS " + std::to_string(b.statistics) + ";");
    if (a.compression != b.compression) add(column + " SET COMPRESSION " + (b.compression.empty() ? "default" : quote_identifier(b.compression)) + ";");
  }

  void alter_table() {
    if (id_.kind == ObjectKind::Index) {
      for (auto& statement : index_attributes(id_.schema, after<model::Index>())) add(statement);
      return;
    }
    const auto* a = compare::definition<model::Table>(before_, id_);
    const auto& b = after<model::Table>();
    const std::string name = qualified(id_.schema, id_.name);
    using compare::TableAttribute;
    const TableAttribute what = c_.attribute;
    if (what == TableAttribute::RowLevelSecurity) add("ALTER TABLE " + name + (b.row_security ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY;");
    if (what == TableAttribute::ForcedRowLevelSecurity) add("ALTER TABLE " + name + (b.force_row_security ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY;");
    if (what == TableAttribute::ReplicaIdentity) {
      std::string identity = b.replica_identity.starts_with("INDEX ") ? "USING INDEX " + quote_identifier(b.replica_identity.substr(6)) : b.replica_identity;
      add("ALTER TABLE " + name + " REPLICA IDENTITY " + identity + ";");
    }
    if (what == TableAttribute::ClusterIndex) {
      add(b.cluster_on.empty() ? "ALTER TABLE " + name + " SET WITHOUT CLUSTER;" : "ALTER TABLE " + name + " CLUSTER ON " + quote_identifier(b.cluster_on) + ";");
    }
    if (what == TableAttribute::StorageOptions && a) {
      std::vector<std::string> reset;
      for (const auto& [key, _] : a->options) {
        if (!b.options.count(key)) reset.push_back(key);
      }
      if (!reset.empty()) {
        std::string list;
        for (const auto& key : reset) list += (list.empty() ? "" : ", ") + key;
        add("ALTER TABLE " + name + " RESET (" + list + ");");
      }
      if (!b.options.empty()) {
        std::string list;
        for (const auto& [key, value] : b.options) list += (list.empty() ? "" : ", ") + key + "=" + quote_literal(value);
        add("ALTER TABLE " + name + " SET (" + list + ");");
      }
    }
    if (what == TableAttribute::Persistence) add("ALTER TABLE " + name + (b.unlogged ? " SET UNLOGGED;" : " SET LOGGED;"));
    if (what == TableAttribute::Inheritance && a) change_inheritance(*a, b);
  }

  // NO INHERIT keeps the columns the child had from the parent (as its own): those TARGET's child
  // lacks are held and dropped. INHERIT needs the new parents' columns in the child first: they
  // are added (their held values restored), and the model takes a child column declared exactly
  // as inherited for the inherited one.
  void change_inheritance(const model::Table& a, const model::Table& b) {
    const std::string name = qualified(id_.schema, id_.name);
    auto column_id = [&](const model::Column& column) { return ObjectId{ObjectKind::Column, id_.schema, column.name, id_.name, ""}; };
    for (const auto& parent : a.inherits) {
      if (std::find(b.inherits.begin(), b.inherits.end(), parent) != b.inherits.end()) continue;
      add(guarded(inherits(relation_literal(id_.schema, id_.name), relation_literal(parent.schema, parent.name)),
                  {"ALTER TABLE " + name + " NO INHERIT " + qualified(parent) + ";", std::nullopt}));
    }
    for (const auto& column : model::columns_lost_with_parents(source_, a, target_, b)) {
      const auto* holding = preservation_.hold ? preservation_.hold->held(compare::HoldingKind::Column, column_id(column)) : nullptr;
      if (holding) add(hold_values(*preservation_.hold, *holding));
      add("ALTER TABLE " + name + " DROP COLUMN IF EXISTS " + quote_identifier(column.name) + ";");
    }
    for (const auto& column : model::columns_gained_with_parents(source_, a, target_, b)) {
      const auto* holding = preservation_.restore ? preservation_.restore->restored(compare::HoldingKind::Column, column_id(column)) : nullptr;
      if (holding) add(restore_column(*preservation_.restore, *holding, id_.schema, id_.name, column));
      add(Statement{"ALTER TABLE " + name + " ADD COLUMN IF NOT EXISTS " + column_definition(id_.schema, column) + ";",
                    expression_path(column)});
    }
    for (const auto& parent : b.inherits) {
      if (std::find(a.inherits.begin(), a.inherits.end(), parent) != a.inherits.end()) continue;
      add(guarded("NOT " + inherits(relation_literal(id_.schema, id_.name), relation_literal(parent.schema, parent.name)),
                  {"ALTER TABLE " + name + " INHERIT " + qualified(parent) + ";", std::nullopt}));
    }
  }

  void set_privileges() {
    auto from_it = source_.privileges.find(id_);
    auto to_it = target_.privileges.find(id_);
    // A new or recreated object starts from the defaults.
    bool fresh = !before_.count(id_) || c_.timing == compare::Timing::Fresh;
    model::AccessList from = (!fresh && from_it != source_.privileges.end()) ? from_it->second : model::default_access_list(id_);
    model::AccessList to = to_it != target_.privileges.end() ? to_it->second : model::default_access_list(id_);
    for (auto& statement : change_privileges(id_, target_, from, to)) add(statement);
  }
};

}  // namespace

std::vector<Statement> change_statements(const compare::Change& change, const compare::ChangeSet& set,
                                         const compare::CatalogIndex& before, const compare::CatalogIndex& after,
                                         const Preservation& preservation) {
  return Renderer(change, set, before, after, preservation).run();
}

}  // namespace schemadelta::generator::postgres

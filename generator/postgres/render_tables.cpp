// The statements of tables: created, dropped (and held), their attributes, inheritance and
// partitions. One family of the renderer (renderer.h), dispatched by change_sql.cpp.
#include "generator/postgres/renderer.h"

namespace schemadelta::generator::postgres::rendering {

void Renderer::render_tables() {
  const std::string& s = id_.schema;
  switch (c_.type) {
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
        std::string sql = drop("TABLE IF EXISTS " + qualified(s, id_.name));
        if (relkind == "'p'" && compare::definition<model::Table>(after_, id_)) {
          // Rebuilt: its partitions stay (to be attached to the new table), DROP would take them.
          sql = "EXECUTE coalesce((SELECT pg_catalog.string_agg(pg_catalog.format('ALTER TABLE %s DETACH PARTITION %s;', inhparent::regclass, "
                "inhrelid::regclass), ' ') FROM pg_catalog.pg_inherits WHERE inhparent = " + relation_literal(s, id_.name) +
                "), 'SELECT');\n    " + sql;
        }
        add(guarded(relation_of_kind(s, id_.name, relkind), {sql, std::nullopt}));
      }
      break;
    }
    case ChangeType::AlterTable: alter_table(); break;
    case ChangeType::AttachPartition: {
      const auto& t = after<model::Table>();
      // A table that exists (detached from another parent, or plain) needs its new parent's
      // CHECKs first: ATTACH PARTITION refuses a table without them ("missing constraint"). A new
      // table was created with them, and DETACH left the old parent's in the table.
      const auto* existed = compare::definition<model::Table>(before_, id_);
      const auto kept_from_old_parent = existed ? model::partition_parent_checks(source_, *existed) : std::map<std::string, model::Constraint>{};
      for (const auto& [check_name, check] : model::partition_parent_checks(target_, t)) {
        if (!existed || t.constraints.count(check_name)) continue;
        if (auto kept = kept_from_old_parent.find(check_name); kept != kept_from_old_parent.end() && kept->second.check == check.check) continue;
        add(guarded("NOT " + constraint_exists(s, t.name, check_name), add_constraint(s, t.name, check, false)));
      }
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
      // What it had from its parent (a key's or an index's copy) stays with it as its own: what
      // TARGET's table lacks goes now (its own drop was skipped while the parent held it).
      const auto* kept = compare::definition<model::Table>(after_, id_);
      for (const auto& [name, constraint] : t.constraints) {
        const bool key = constraint.kind == model::ConstraintKind::PrimaryKey || constraint.kind == model::ConstraintKind::Unique ||
                         constraint.kind == model::ConstraintKind::Exclude;
        if (key && kept && !kept->constraints.count(name)) add("ALTER TABLE " + qualified(s, t.name) + " DROP CONSTRAINT IF EXISTS " + quote_identifier(name) + ";");
      }
      // So do its parents' CHECKs: those TARGET's table lacks (from its new parent too) go, only
      // the table's own copy (on a re-run the new parent's of the same name is inherited).
      const auto kept_checks = kept ? model::partition_parent_checks(target_, *kept) : std::map<std::string, model::Constraint>{};
      for (const auto& [check_name, check] : model::partition_parent_checks(source_, t)) {
        if (!kept || kept->constraints.count(check_name)) continue;
        if (auto same = kept_checks.find(check_name); same != kept_checks.end() && same->second.check == check.check) continue;
        add(guarded(own_constraint_exists(s, t.name, check_name),
                    {"ALTER TABLE " + qualified(s, t.name) + " DROP CONSTRAINT IF EXISTS " + quote_identifier(check_name) + ";", std::nullopt}));
      }
      if (const auto* schema = source_.find_schema(s)) {
        const auto* target_schema = target_.find_schema(s);
        for (const auto& [name, index] : schema->indexes) {
          if (!kept || index.table != t.name || !index.attached_to || (target_schema && target_schema->indexes.count(name))) continue;
          add("DROP INDEX IF EXISTS " + qualified(s, name) + ";");
        }
      }
      break;
    }
    default: break;
  }
}

void Renderer::alter_table() {
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
void Renderer::change_inheritance(const model::Table& a, const model::Table& b) {
  const std::string name = qualified(id_.schema, id_.name);
  auto column_id = [&](const model::Column& column) { return ObjectId{ObjectKind::Column, id_.schema, column.name, id_.name, ""}; };
  // A column the migration could not keep that cannot come back empty: stop first while rows exist.
  const auto gained = model::columns_gained_with_parents(source_, a, target_, b);
  for (const auto& column : gained) {
    const auto& no_way_back = c_.assessment.no_way_back;
    if (std::find(no_way_back.begin(), no_way_back.end(), column.name) == no_way_back.end()) continue;
    stop_unless_empty(column.name, compare::needs_a_value(column, after_, true));
  }
  for (const auto& parent : a.inherits) {
    if (std::find(b.inherits.begin(), b.inherits.end(), parent) != b.inherits.end()) continue;
    add(guarded(inherits(relation_literal(id_.schema, id_.name), relation_literal(parent.schema, parent.name)),
                {"ALTER TABLE " + name + " NO INHERIT " + qualified(parent) + ";", std::nullopt}));
  }
  // A generated column reads others of its table (never another generated one): it goes first
  // and comes back last.
  auto with_generated = [](std::vector<model::Column> columns, bool first) {
    std::stable_partition(columns.begin(), columns.end(), [&](const model::Column& c) { return static_cast<bool>(c.details->generated) == first; });
    return columns;
  };
  const auto lost = with_generated(model::columns_lost_with_parents(source_, a, target_, b), true);
  for (const auto& column : lost) {
    const auto* holding = preservation_.hold ? preservation_.hold->held(compare::HoldingKind::Column, column_id(column)) : nullptr;
    if (holding) add(hold_values(*preservation_.hold, *holding));
    const std::string drop_column = "ALTER TABLE " + name + " DROP COLUMN IF EXISTS " + quote_identifier(column.name) + ";";
    // One the child gains again, generated as its new parent's is (or no longer generated): only
    // while it is the child's own, not once a re-run finds it inherited from the new parent.
    const bool regained = std::any_of(gained.begin(), gained.end(), [&](const model::Column& c) { return c.name == column.name; });
    if (regained) {
      add(guarded("EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = " + relation_literal(id_.schema, id_.name) + " AND attname = " +
                      quote_literal(column.name) + " AND attnum > 0 AND NOT attisdropped AND attinhcount = 0)",
                  {drop_column, std::nullopt}));
    } else {
      add(drop_column);
    }
  }
  // What this script adds to a parent the child leaves reaches the child too when it runs first
  // (ADD COLUMN, an inheritable CHECK), and NO INHERIT keeps it: new, so nothing to hold.
  model::Table left = a;
  std::erase_if(left.inherits, [&](const auto& parent) { return std::find(b.inherits.begin(), b.inherits.end(), parent) != b.inherits.end(); });
  const auto kept_columns = model::inherited_columns(target_, b);
  const auto had_columns = model::inherited_columns(source_, a);
  auto named = [](const std::vector<model::Column>& columns, const std::string& column) {
    return std::any_of(columns.begin(), columns.end(), [&](const auto& c) { return c.name == column; });
  };
  for (const auto& column : with_generated(model::inherited_columns(target_, left), true)) {
    if (named(a.columns, column.name) || named(b.columns, column.name) || named(kept_columns, column.name) || named(had_columns, column.name)) continue;
    add("ALTER TABLE " + name + " DROP COLUMN IF EXISTS " + quote_identifier(column.name) + ";");
  }
  // A column the child has from a parent on both sides, of another type in the new parent (a
  // parent moved to another schema with its enum, or the enum rebuilt while the child changes
  // parents): NO INHERIT left it the child's own, in the old type; INHERIT needs the new one. So
  // does a column of the child's own that the new parent has too (INHERIT merges the two), and one
  // it had from a parent it leaves that becomes its own (of its own type).
  std::vector<model::Column> now_columns = kept_columns;
  for (const auto& column : b.columns) {
    if (!named(a.columns, column.name) && !named(kept_columns, column.name)) now_columns.push_back(column);
  }
  for (const auto& column : now_columns) {
    if (named(a.columns, column.name) && named(b.columns, column.name)) continue;  // the column's own changes
    if (named(lost, column.name)) continue;  // dropped above and added again below
    const auto& had_from = named(a.columns, column.name) ? a.columns : had_columns;
    auto had = std::find_if(had_from.begin(), had_from.end(), [&](const auto& c) { return c.name == column.name; });
    if (had == had_from.end()) continue;
    // A stored generated column the new parent has plain: NO INHERIT left it the child's own,
    // DROP EXPRESSION keeps its values. INHERIT needs it NOT NULL where the new parent's is.
    if (model::generation_dropped(*had, column)) {
      add(guarded(stored_generated_own_column(id_.schema, id_.name, column.name), drop_expression(id_.schema, id_.name, column.name)));
    }
    if (had->type != column.type || had->details->collation != column.details->collation || rebuilt_before_columns(column.type)) {
      convert_column(id_.schema, id_.name, column, true);
    }
    if (column.not_null && !had->not_null) {
      preflight("SELECT 1 FROM " + name + " WHERE " + quote_identifier(column.name) + " IS NULL",
                "rows of " + id_.schema + "." + id_.name + " have NULL in " + column.name + ", which its new parent has NOT NULL: INHERIT would fail");
      add("ALTER TABLE " + name + " ALTER COLUMN " + quote_identifier(column.name) + " SET NOT NULL;");
    }
    // ... and no longer NOT NULL where neither the child nor its new parent has it (NO INHERIT
    // kept the old parent's NOT NULL in the child).
    const auto own = std::find_if(b.columns.begin(), b.columns.end(), [&](const auto& c) { return c.name == column.name; });
    const bool wanted_not_null = own != b.columns.end() ? own->not_null : column.not_null;
    if (!wanted_not_null && had->not_null) add("ALTER TABLE " + name + " ALTER COLUMN " + quote_identifier(column.name) + " DROP NOT NULL;");
    // ... and the new parent's default, as CREATE TABLE ... INHERITS copies it: INHERIT keeps the
    // child's, the old parent's, which may call a routine on its way out.
    if (own == b.columns.end() && had->default_value != column.default_value && !column.details->generated && !had->details->generated) {
      const std::string alter_column = "ALTER TABLE " + name + " ALTER COLUMN " + quote_identifier(column.name);
      if (column.default_value) add({alter_column + " SET DEFAULT " + column.default_value->original + ";", column.default_value->search_path});
      else add(alter_column + " DROP DEFAULT;");
    }
  }
  // ... and a gained generated column reads others the child gains too: it comes last.
  for (const auto& column : with_generated(gained, false)) {
    const auto* holding = preservation_.restore ? preservation_.restore->restored(compare::HoldingKind::Column, column_id(column)) : nullptr;
    if (holding) add(restore_column(*preservation_.restore, *holding, id_.schema, id_.name, column, not_null_domain_base(column.type)));
    const auto& no_way_back = c_.assessment.no_way_back;
    if (std::find(no_way_back.begin(), no_way_back.end(), column.name) == no_way_back.end()) preflight_new_column_value(id_.name, column, holding);
    Statement add_column{"ALTER TABLE " + name + " ADD COLUMN IF NOT EXISTS " + column_definition(id_.schema, column) + ";",
                         expression_path(column)};
    if (record_sequence_moves(column_id(column), add_column)) add(guarded("NOT " + column_exists(id_.schema, id_.name, column.name), add_column));
    else add(add_column);
  }
  // The CHECKs go the same way: NO INHERIT keeps the old parents' in the child (those TARGET's
  // child lacks are dropped), INHERIT needs the new parents' in the child first (and merges them).
  // A CHECK of the same name that reads otherwise (the new parent's on another column) is not
  // the one INHERIT needs: the old goes and the new comes.
  auto had_checks = model::inherited_checks(source_, a);
  had_checks.merge(model::inherited_checks(target_, left));
  const auto gets_checks = model::inherited_checks(target_, b);
  auto same_check = [](const std::map<std::string, model::Constraint>& checks, const std::string& check_name, const model::Constraint& check) {
    const auto found = checks.find(check_name);
    return found != checks.end() && found->second.check == check.check;
  };
  for (const auto& [check_name, check] : had_checks) {
    if (same_check(gets_checks, check_name, check) || b.constraints.count(check_name)) continue;
    // Only the child's own copy: on a re-run the new parent's, of the same name, is inherited.
    add(guarded(own_constraint_exists(id_.schema, id_.name, check_name),
                {"ALTER TABLE " + name + " DROP CONSTRAINT IF EXISTS " + quote_identifier(check_name) + ";", std::nullopt}));
  }
  for (const auto& [check_name, check] : gets_checks) {
    if (same_check(had_checks, check_name, check) || a.constraints.count(check_name)) continue;
    add(guarded("NOT " + constraint_exists(id_.schema, id_.name, check_name), add_constraint(id_.schema, id_.name, check, false)));
  }
  for (const auto& parent : b.inherits) {
    if (std::find(a.inherits.begin(), a.inherits.end(), parent) != a.inherits.end()) continue;
    add(guarded("NOT " + inherits(relation_literal(id_.schema, id_.name), relation_literal(parent.schema, parent.name)),
                {"ALTER TABLE " + name + " INHERIT " + qualified(parent) + ";", std::nullopt}));
  }
}

}  // namespace schemadelta::generator::postgres::rendering

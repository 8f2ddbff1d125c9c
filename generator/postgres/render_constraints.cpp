// The statements of constraints and indexes, with the pre-flight checks of new constraints. One
// family of the renderer (renderer.h), dispatched by change_sql.cpp.
#include "generator/postgres/renderer.h"

namespace schemadelta::generator::postgres::rendering {

void Renderer::render_constraints() {
  const std::string& s = id_.schema;
  switch (c_.type) {
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
      rename_partition_key_taken_over(c);
      add(pinned_step(constraint_pin(s, id_.parent, c), add_constraint(s, id_.parent, c, only)));
      break;
    }
    case ChangeType::DropConstraint: {
      // Guarded: the table may be one this script drops too (a foreign-key cycle), or a view
      // that took its name on a re-run. A partition's key that its parent's key took over goes
      // with the parent's (it cannot be dropped alone).
      const auto* table = compare::definition<model::Table>(before_, ObjectId{ObjectKind::Table, s, id_.parent, "", ""});
      // Only on the table as it was: a re-run may find it rebuilt (partitioned where it was plain).
      // But a foreign key made again by this script goes on either: on a re-run the rebuilt
      // table's copy still needs the key it references, which may be made again too.
      const auto* recreated = compare::definition<model::Constraint>(after_, id_);
      const auto* dropped = compare::definition<model::Constraint>(before_, id_);
      const auto* table_after = compare::definition<model::Table>(after_, ObjectId{ObjectKind::Table, s, id_.parent, "", ""});
      const bool rebuilt_table = table && table_after && table->partition_by.has_value() != table_after->partition_by.has_value();
      const bool recreated_foreign_key = rebuilt_table && recreated && dropped && recreated->kind == model::ConstraintKind::ForeignKey &&
                                         dropped->kind == model::ConstraintKind::ForeignKey;
      std::string condition = relation_of_kind(s, id_.parent, recreated_foreign_key ? "'r', 'p'" : relkinds_as_it_was(id_.parent));
      if (table && table->partition_of) {
        condition += " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = " + relation_literal(s, id_.parent) +
                     " AND conname = " + quote_literal(id_.name) + " AND coninhcount > 0)";
      }
      add(guarded(condition, {"ALTER TABLE " + table_name(id_) + " DROP CONSTRAINT IF EXISTS " + quote_identifier(id_.name) + ";", std::nullopt}));
      drop_local_copies_of_check();
      break;
    }
    case ChangeType::ValidateConstraint:
      add("ALTER TABLE " + table_name(id_) + " VALIDATE CONSTRAINT " + quote_identifier(id_.name) + ";");
      break;
    case ChangeType::CreateIndex: {
      const auto& i = after<model::Index>();
      if (table_existed()) {
        if (auto check = unique_index_preflight(s, i, partitioned_in_target(s, i.table))) add(*check);
      }
      add(pinned_step(index_pin(s, i), create_index(s, i, partitioned_in_target(s, i.table), true)));
      for (auto& statement : index_attributes(s, i)) add(statement);
      break;
    }
    case ChangeType::DropIndex: {
      // A partition's index attached to a partitioned index that goes too goes with it (PostgreSQL
      // refuses to drop it alone: "index ... requires it").
      const auto* index = compare::definition<model::Index>(before_, id_);
      if (index && index->attached_to && std::any_of(set_.changes.begin(), set_.changes.end(), [&](const compare::Change& c) {
            return c.type == ChangeType::DropIndex && c.id.schema == index->attached_to->schema && c.id.name == index->attached_to->name;
          })) {
        break;
      }
      // Not an index that now backs a constraint of the same name, nor one a partitioned index
      // holds: a partition's index, detached with its partition on the first run, that a re-run
      // finds attached to the new parent's index (dropping it alone is refused anyway).
      const std::string index_literal = "to_regclass(" + quote_literal(qualified(s, id_.name)) + ")";
      add(guarded(relation_of_kind(s, id_.name, "'i', 'I'") + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = " +
                      index_literal + ") AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = " + index_literal + ")",
                  {drop("INDEX IF EXISTS " + qualified(s, id_.name)), std::nullopt}));
      break;
    }
    case ChangeType::AttachIndex: {
      const auto& i = after<model::Index>();
      add(guarded("NOT " + inherits(relation_literal(s, i.name), relation_literal(i.attached_to->schema, i.attached_to->name)),
                  attach_index(*i.attached_to, {s, i.name})));
      break;
    }
    default: break;
  }
}

// A partition's key that its parent's key took over cannot be dropped alone, nor can a second
// key be added: when the partition's key only changes its name (a renamed partition's
// `old_pkey`), the key is renamed in place.
void Renderer::rename_partition_key_taken_over(const model::Constraint& key) {
  if (key.kind != model::ConstraintKind::PrimaryKey && key.kind != model::ConstraintKind::Unique) return;
  const auto* table = compare::definition<model::Table>(before_, ObjectId{ObjectKind::Table, id_.schema, id_.parent, "", ""});
  if (!table || !table->partition_of) return;
  for (const auto& change : set_.changes) {
    if (change.type != ChangeType::DropConstraint || change.id.schema != id_.schema || change.id.parent != id_.parent) continue;
    const auto* old = compare::definition<model::Constraint>(before_, change.id);
    if (!old) continue;
    model::Constraint renamed = *old;
    renamed.name = key.name;
    if (renamed != key) continue;
    const std::string relation = relation_literal(id_.schema, id_.parent);
    add(guarded("EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = " + relation + " AND conname = " + quote_literal(old->name) +
                    " AND coninhcount > 0) AND NOT " + constraint_exists(id_.schema, id_.parent, key.name),
                {"ALTER TABLE " + qualified(id_.schema, id_.parent) + " RENAME CONSTRAINT " + quote_identifier(old->name) + " TO " +
                     quote_identifier(key.name) + ";",
                 std::nullopt}));
    return;
  }
}

// A child that was given a parent's CHECK before joining it (as INHERIT requires) keeps it as its
// own too: dropping the parent's leaves it in the child, where it would still read the child's
// columns (a later ALTER TYPE on the parent reaches them, 'function length(smallint) does not
// exist'). Each child TARGET does not give the CHECK loses that copy with the parent's.
void Renderer::drop_local_copies_of_check() {
  const auto* check = compare::definition<model::Constraint>(before_, id_);
  if (!check || check->kind != model::ConstraintKind::Check || check->no_inherit) return;
  // The tables of SOURCE that inherit, in (schema, name) order: a list the index keeps, not a
  // walk of every table per dropped CHECK.
  for (const auto* entry : set_.indexed_source->inheritance_children) {
    const std::string& schema_name = entry->schema();
    const std::string& table_name_ = entry->name();
    const auto& table = *std::get<const model::Table*>(entry->definition);
    if (schema_name == id_.schema && table_name_ == id_.parent) continue;
    if (!model::inherited_checks(source_, table).count(id_.name)) continue;
    const auto* kept = compare::definition<model::Table>(after_, ObjectId{ObjectKind::Table, schema_name, table_name_, "", ""});
    if (!kept || kept->constraints.count(id_.name) || model::inherited_checks(target_, *kept).count(id_.name)) continue;
    add(guarded(own_constraint_exists(schema_name, table_name_, id_.name),
                {"ALTER TABLE " + qualified(schema_name, table_name_) + " DROP CONSTRAINT IF EXISTS " + quote_identifier(id_.name) + ";",
                 std::nullopt}));
  }
}

// A table a foreign key references that this script creates, plain (a partitioned one may get
// partitions with rows) and new: the condition under which it does not exist yet and will come
// empty (the holding a later run would restore it from is not there).
std::optional<std::string> Renderer::referenced_table_created_empty(const model::QualifiedName& table) const {
  const ObjectId id{ObjectKind::Table, table.schema, table.name, "", ""};
  const auto* created = compare::definition<model::Table>(after_, id);
  if (!created || before_.count(id) || created->partition_by) return std::nullopt;
  std::string condition = "NOT " + relation_exists(table.schema, table.name);
  if (const auto* holding = preservation_.restore ? preservation_.restore->restored(compare::HoldingKind::Table, id) : nullptr) {
    condition += " AND NOT " + holding_exists(*preservation_.restore, *holding);
  }
  return condition;
}

void Renderer::preflight_constraint() {
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
      // A plain table's key holds for its own rows, not its inheritance children's (ONLY); a
      // partitioned table's for its partitions' (it has no rows of its own).
      const std::string rows = partitioned_in_target(id_.schema, id_.parent) ? table : "ONLY " + table;
      preflight("SELECT 1 FROM " + rows + " WHERE " + not_null + " GROUP BY " + list + " HAVING count(*) > 1",
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
      const std::string count_query = "SELECT 1 FROM " + table + " AS child WHERE " + not_null + " AND NOT EXISTS (SELECT 1 FROM " +
                                      qualified(fk.referenced_table) + " AS parent WHERE " + join + ")";
      const std::string message = "rows of " + where + " reference missing rows of " + fk.referenced_table.schema + "." +
                                  fk.referenced_table.name + ": foreign key " + id_.name + " would fail";
      const auto before_its_table = referenced_table_created_empty(fk.referenced_table);
      if (!before_its_table) {
        preflight(count_query, message);
        break;
      }
      // The referenced table is new and comes empty (no holding to restore): where it does not
      // exist yet (this pre-flight's early copy, before what the script commits first), every
      // reference is to a missing row.
      add(do_block("preflight", "DECLARE bad bigint; BEGIN\n  IF " + *before_its_table + " THEN\n    SELECT count(*) INTO bad FROM " + table +
                                    " AS child WHERE " + not_null + ";\n  ELSE\n    SELECT count(*) INTO bad FROM (" + count_query +
                                    ") AS rows_found;\n  END IF;\n  IF bad > 0 THEN\n    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, " +
                                    message_literal(message) + ";\n  END IF;\nEND"));
      break;
    }
    case model::ConstraintKind::Check:
      if (!c.validated || !c.check) break;
      out_.push_back({do_block("preflight", concat({"DECLARE bad bigint; BEGIN\n  SELECT count(*) INTO bad FROM ", table, " WHERE NOT (",
                                                    c.check->original, ");\n  IF bad > 0 THEN\n    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, ",
                                                    message_literal("rows of " + where + " violate check " + id_.name), ";\n  END IF;\nEND"},
                                                   kDoBlockRoom)),
                      c.check->search_path});
      break;
    default: break;
  }
}

}  // namespace schemadelta::generator::postgres::rendering

// What the comparison decides for tables and their columns: column changes, table attributes,
// partitions and the keys of partitioned tables. One family of the Comparer (comparer.h).
#include "compare/comparer.h"
#include "model/inherited_columns.h"

namespace schemadelta::compare::detail {

void Comparer::compare_column(const ObjectId& id) {
  const auto* a = definition<model::Column>(before_, id);
  const auto* b = definition<model::Column>(after_, id);
  if (*a == *b) return;
  if (model::generation_rebuilds(*a, *b)) {
    // PostgreSQL cannot change a generation expression in place. A partition's column is rebuilt
    // with its parent's (ADD COLUMN on a partition alone is refused).
    if (altered_through_partition_parent(before_, after_, id)) return;
    add(ChangeType::DropColumn, id, "generated expression changed: the column is rebuilt", Timing::Rebuild);
    add(ChangeType::AddColumn, id, "generated expression changed: the column is rebuilt", Timing::Rebuild);
    rebuilt_columns_.insert(id);
    return;
  }
  // A stored generated column becoming plain keeps its values (DROP EXPRESSION); a partition's
  // goes with its parent's (the server refuses it on a partition alone).
  if (model::generation_dropped(*a, *b) && !altered_through_partition_parent(before_, after_, id)) {
    add(ChangeType::DropColumnExpression, id, "generated column becomes plain: its values are kept");
  }
  // The identity (and its sequence) goes first; a default (say a serial's nextval) and NULLs
  // after it. Whatever else changes with it (the type, storage) changes as well.
  const bool identity_goes = a->details->identity->kind != model::IdentityKind::None && b->details->identity->kind == model::IdentityKind::None;
  const Timing after_identity = identity_goes ? Timing::AfterIdentity : Timing::Normal;
  if (identity_goes) add(ChangeType::AlterColumnIdentity, id, "identity removed");
  const bool type_changes = a->type != b->type || a->details->collation != b->details->collation;
  if (type_changes) {
    // The old default may not convert to the new type: take it off first, put it back after.
    // A partition's column changes type with its parent's: its defaults go before (DropDefaults)
    // and come back after (LateDefaults) whatever the order of the two tables' column changes.
    const bool through_parent = altered_through_partition_parent(before_, after_, id).has_value();
    if (a->default_value) add(ChangeType::DropColumnDefault, id, "its type changes", through_parent ? Timing::Reset : Timing::BeforeType);
    if (!through_parent) add(ChangeType::AlterColumnType, id, "column type or collation changed");
    disrupted_columns_.insert(id);
    if (b->default_value) {
      add(ChangeType::SetColumnDefault, id, "column default after its type changed", through_parent ? Timing::AfterIdentity : after_identity);
    }
  } else if (a->default_value != b->default_value) {
    if (b->default_value) {
      add(ChangeType::SetColumnDefault, id, identity_goes ? "column default after the identity is removed" : "column default changed", after_identity);
    } else {
      add(ChangeType::DropColumnDefault, id, "column default removed");
    }
  }
  if (identity_goes && b->default_value) late_sequences_for(*b);
  if (!a->not_null && b->not_null) add(ChangeType::SetNotNull, id, "nullability changed");
  if (!identity_goes && a->details->identity != b->details->identity) add(ChangeType::AlterColumnIdentity, id, "identity changed");
  const auto parent = altered_through_partition_parent(before_, after_, id);
  const bool parent_drops_not_null = parent && definition<model::Column>(before_, *parent)->not_null && !definition<model::Column>(after_, *parent)->not_null;
  if (a->not_null && !b->not_null && !parent_drops_not_null) {
    add(ChangeType::DropNotNull, id, "nullability changed", after_identity);
  }
  // PG 18: the NOT NULL constraint's name or NO INHERIT (set with the other column attributes)
  const bool not_null_constraint = b->not_null && (a->details->not_null_name != b->details->not_null_name || a->not_null_no_inherit != b->not_null_no_inherit);
  if (a->details->storage != b->details->storage || a->statistics != b->statistics || a->details->compression != b->details->compression) {
    add(ChangeType::AlterColumnAttributes, id, "column storage, statistics or compression changed");
  } else if (not_null_constraint) {
    add(ChangeType::AlterColumnAttributes, id, "NOT NULL constraint name or inheritance changed");
  }
}

// Sequences a default reads, when they are new: their name may still belong to the identity
// sequence being removed, so they are created after it.
void Comparer::late_sequences_for(const model::Column& column) {
  for (auto it = created_.lower_bound(ObjectId{ObjectKind::Sequence, "", "", "", ""}); it != created_.end() && it->kind == ObjectKind::Sequence; ++it) {
    if (column.default_value->original.find(it->name) != std::string::npos) late_sequences_.insert(*it);
  }
}

// A column a table keeps while it changes parents, whose type is another with the new ones (its
// own converted before INHERIT merges it, or one it had from a parent it leaves): what reads it
// (a policy, a view) must let go first, as for ALTER COLUMN ... TYPE.
void Comparer::columns_converted_by_inheritance(const model::Table& a, const model::Table& b, const ObjectId& table) {
  auto column_named = [](const model::Table& t, const CatalogIndex& index, const std::string& name) -> const model::Column* {
    for (const auto& c : t.columns) {
      if (c.name == name) return &c;
    }
    return column_through_parents(t, index, name);
  };
  for (const auto* side : {&a, &b}) {
    for (const auto& column : side->columns) {
      const auto* was = column_named(a, before_, column.name);
      const auto* is = column_named(b, after_, column.name);
      if (!was || !is || (was->type == is->type && was->details->collation == is->details->collation)) continue;
      disrupted_columns_.insert(ObjectId{ObjectKind::Column, table.schema, column.name, table.name, ""});
    }
  }
}

// Table-level attributes: RLS, replica identity, options, persistence, inheritance, partitions.
void Comparer::table_extras(const model::Table* a, const model::Table& b, const ObjectId& id) {
  static const model::Table empty_table;
  const model::Table& before = a ? *a : empty_table;
  auto attribute = [&](bool changed, const char* what, TableAttribute attribute) {
    if (changed) add(ChangeType::AlterTable, id, std::string(what) + " changed").attribute = attribute;
  };
  attribute(before.row_security != b.row_security, "row level security", TableAttribute::RowLevelSecurity);
  attribute(before.force_row_security != b.force_row_security, "forced row level security", TableAttribute::ForcedRowLevelSecurity);
  attribute(before.replica_identity != b.replica_identity, "replica identity", TableAttribute::ReplicaIdentity);
  attribute(before.cluster_on != b.cluster_on, "cluster index", TableAttribute::ClusterIndex);
  if (a) {
    attribute(before.options != b.options, "storage options", TableAttribute::StorageOptions);
    attribute(before.unlogged != b.unlogged, "persistence", TableAttribute::Persistence);
    if (before.unlogged != b.unlogged) persistence_changes_.insert(id);
    attribute(before.inherits != b.inherits, "inheritance", TableAttribute::Inheritance);
    if (before.inherits != b.inherits) columns_converted_by_inheritance(before, b, id);
  }
  const bool parent_rebuilt = a && b.partition_of && before.partition_of == b.partition_of &&
                              partitioned_table_rebuilt(before_, after_, ObjectId{ObjectKind::Table, b.partition_of->schema, b.partition_of->name, "", ""});
  if (before.partition_of != b.partition_of || before.partition_bound != b.partition_bound) {
    if (a && before.partition_of) add(ChangeType::DetachPartition, id, "partition bound or parent changed");
    if (b.partition_of) add(ChangeType::AttachPartition, id, "table is a partition");
  } else if (parent_rebuilt) {
    // Holding the rebuilt parent detached it: it is attached to the new one.
    add(ChangeType::AttachPartition, id, "its partitioned table is rebuilt");
  }
  if (a && before.partition_by != b.partition_by) recreate(id, "partition key changed: the table is rebuilt");
  else if (a && partitioned_table_rebuilt(before_, after_, id)) recreate(id, "the type of a column of its partition key changes: the table is rebuilt");
}

// A partitioned table's key is made (or taken over) in every partition at once, and dropping
// it drops the partitions' keys attached to it: those the target keeps are added again.
void Comparer::partition_keys_under_dropped_parent_keys() {
  auto is_key = [](const model::Constraint* c) {
    return c && (c->kind == model::ConstraintKind::PrimaryKey || c->kind == model::ConstraintKind::Unique);
  };
  for (const auto& id : std::set<ObjectId>(dropped_)) {
    if (id.kind != ObjectKind::Constraint) continue;
    const auto* key = definition<model::Constraint>(before_, id);
    const auto* parent = definition<model::Table>(before_, ObjectId{ObjectKind::Table, id.schema, id.parent, "", ""});
    if (!is_key(key) || !parent || !parent->partition_by) continue;
    for (const auto& table_id : IndexedCatalog::in(indexed_before_.partitions_by_parent, id.schema, id.parent)) {
      const auto* table = definition<model::Table>(before_, table_id);
      for (const auto& [name, constraint] : table->constraints) {
        const ObjectId part{ObjectKind::Constraint, table_id.schema, name, table_id.name, ""};
        if (is_key(&constraint) && constraint.kind == key->kind && constraint.columns == key->columns && after_.count(part) &&
            !dropped_.count(part)) {
          recreate(part, "taken over by the key of its partitioned table, which is dropped");
        }
      }
    }
  }
  // Likewise a partition's index attached to a partitioned index that is dropped (or dropped and
  // created again): it goes with it, and is made again and attached where the target keeps it.
  std::set<ObjectId> dropped_indexes;
  for (const auto* ids : {&dropped_, &recreated_}) {
    for (const auto& id : *ids) {
      if (id.kind == ObjectKind::Index) dropped_indexes.insert(id);
    }
  }
  for (const auto& id : dropped_indexes) {
    for (const auto& table_id : IndexedCatalog::in(indexed_before_.partitions_by_parent, id.schema, id.parent)) {
      for (const auto& part : IndexedCatalog::in(indexed_before_.parts_by_table, table_id.schema, table_id.name)) {
        if (part.kind != ObjectKind::Index) continue;
        const auto* index = definition<model::Index>(before_, part);
        if (!index || !index->attached_to || index->attached_to->schema != id.schema || index->attached_to->name != id.name) continue;
        if (after_.count(part) && !dropped_.count(part)) recreate(part, "attached to " + model::describe(id) + ", which is dropped");
      }
    }
  }
}

}  // namespace schemadelta::compare::detail

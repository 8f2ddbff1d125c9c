// Matching two catalogs and deciding, object by object, what the migration does: create, drop,
// alter in place, or drop and create again (with everything that depends on it).
#include <algorithm>
#include <chrono>

#include "compare/catalog_index.h"
#include "model/builtin_objects.h"
#include "compare/compare.h"

#include "compare/hazards.h"
#include "compare/order_changes.h"

namespace schemadelta::compare {

using model::ObjectId;
using model::ObjectKind;

namespace {

bool is_subsequence(const std::vector<std::string>& small, const std::vector<std::string>& large) {
  size_t i = 0;
  for (const auto& item : large) {
    if (i < small.size() && small[i] == item) ++i;
  }
  return i == small.size();
}

// Input parameters and result shape: what CREATE OR REPLACE FUNCTION cannot change.
bool same_interface(const model::Routine& a, const model::Routine& b) {
  if (a.return_type != b.return_type || a.returns_set != b.returns_set || a.is_procedure != b.is_procedure) return false;
  if (a.parameters.size() != b.parameters.size()) return false;
  for (size_t i = 0; i < a.parameters.size(); ++i) {
    const auto& p = a.parameters[i];
    const auto& q = b.parameters[i];
    if (p.mode != q.mode || p.name != q.name || p.type != q.type) return false;
    if (p.default_value && !q.default_value) return false;  // a default cannot be removed in place
  }
  return true;
}

model::Index without_attachment(model::Index index) {
  index.attached_to.reset();
  index.statistics.clear();
  return index;
}

model::Trigger without_state(model::Trigger trigger) {
  trigger.enabled = "ORIGIN";
  return trigger;
}

class Comparer {
 public:
  Comparer(const IndexedCatalog& from, const IndexedCatalog& to, const CompareOptions& options)
      : from_(from.catalog), to_(to.catalog), options_(options), before_(from.index), after_(to.index),
        dependents_before_(from.dependents), dependents_after_(to.dependents), indexed_before_(from), indexed_after_(to) {}

  std::vector<Change> run() {
    match_objects();
    for (auto& change : changes_) {
      if ((change.type == ChangeType::CreateSequence || change.type == ChangeType::SetSequenceOwner) && late_sequences_.count(change.id)) {
        change.timing = Timing::AfterIdentity;
      }
    }
    partition_keys_under_dropped_parent_keys();
    cascade();
    emit_recreations();
    emit_comments_privileges_owners();
    // A routine whose signature or body uses a view (RETURNS SETOF v, a parameter of v's row
    // type) is created among the views, after the ones it uses.
    for (auto& change : changes_) {
      if (change.type == ChangeType::CreateRoutine && uses_a_view(change.id)) change.timing = Timing::AfterColumns;
    }
    return std::move(changes_);
  }

  // A partitioned table's key is made (or taken over) in every partition at once, and dropping
  // it drops the partitions' keys attached to it: those the target keeps are added again.
  void partition_keys_under_dropped_parent_keys() {
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
  }

  bool uses_a_view(const ObjectId& id) const {
    auto it = to_.dependencies.find(id);
    if (it == to_.dependencies.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(), [](const ObjectId& used) {
      return used.kind == ObjectKind::View || used.kind == ObjectKind::MaterializedView;
    });
  }

 private:
  const model::Catalog& from_;
  const model::Catalog& to_;
  const CompareOptions& options_;
  const CatalogIndex &before_, &after_;
  const std::map<ObjectId, std::set<ObjectId>> &dependents_before_, &dependents_after_;
  const IndexedCatalog &indexed_before_, &indexed_after_;
  std::vector<Change> changes_;
  std::set<ObjectId> recreated_;                 // dropped and created again
  std::map<ObjectId, std::string> recreate_reason_;
  std::set<ObjectId> created_, dropped_;
  std::set<ObjectId> disrupted_columns_;         // type changed: readers must be rebuilt
  std::set<ObjectId> reset_defaults_;            // default dropped around a recreated routine
  std::set<ObjectId> rebuilt_types_;             // renamed away, created again, columns converted
  std::set<ObjectId> rebuilt_columns_;           // dropped and added again (generated expression)
  std::set<ObjectId> persistence_changes_;       // LOGGED <-> UNLOGGED: foreign keys between them wait
  std::set<ObjectId> late_routines_;             // SQL-body routines that read a column whose type changes
  std::set<ObjectId> late_sequences_;            // created after an identity with their name is removed
  std::set<ObjectId> converted_columns_;         // columns of a rebuilt type: their readers are rebuilt too

  Change& add(ChangeType type, const ObjectId& id, std::string reason, Timing timing = Timing::Normal) {
    Change change{type, id, std::move(reason)};
    change.timing = timing;
    return changes_.emplace_back(std::move(change));
  }

  void recreate(const ObjectId& id, const std::string& reason) {
    if (recreated_.insert(id).second) recreate_reason_[id] = reason;
  }

  // ---------------------------------------------------------------- matching

  void match_objects() {
    for (const auto& [id, definition] : before_) {
      if (!after_.count(id)) dropped_.insert(id);
    }
    for (const auto& [id, definition] : after_) {
      if (!before_.count(id)) created_.insert(id);
    }
    for (const auto& id : dropped_) emit_drop(id);
    for (const auto& id : created_) emit_create(id);
    for (const auto& [id, definition] : after_) {
      if (before_.count(id)) compare_object(id);
    }
  }

  bool table_is_new(const ObjectId& id) const {
    return created_.count(ObjectId{ObjectKind::Table, id.schema, id.parent, "", ""}) > 0;
  }
  bool table_is_dropped(const ObjectId& id) const {
    return dropped_.count(ObjectId{ObjectKind::Table, id.schema, id.parent, "", ""}) > 0;
  }

  // A partition's column that its parent has too: ALTER TABLE on the parent reaches it.
  // A column the table declares on one side and inherits on the other is one column: NO INHERIT
  // keeps it, INHERIT takes it over (the model lists a declared-as-inherited column once).
  bool inherited_by_table(const ObjectId& column, const CatalogIndex& index) const {
    const auto* table = definition<model::Table>(index, ObjectId{ObjectKind::Table, column.schema, column.parent, "", ""});
    return table && columns_through_parents(*table, index).count(column.name) > 0;
  }

  bool inherited_from_partition_parent(const ObjectId& column, const CatalogIndex& index) const {
    const auto* table = definition<model::Table>(index, ObjectId{ObjectKind::Table, column.schema, column.parent, "", ""});
    if (!table || !table->partition_of) return false;
    const auto& parent = *table->partition_of;
    return index.count(ObjectId{ObjectKind::Column, parent.schema, column.name, parent.name, ""}) > 0;
  }

  void emit_create(const ObjectId& id) {
    switch (id.kind) {
      case ObjectKind::Schema: if (!model::is_predefined_schema(id.name)) add(ChangeType::CreateSchema, id, "new schema"); break;
      case ObjectKind::Extension: add(ChangeType::CreateExtension, id, "new extension"); break;
      case ObjectKind::Type: add(ChangeType::CreateType, id, "new type"); break;
      case ObjectKind::Domain: add(ChangeType::CreateDomain, id, "new domain"); break;
      case ObjectKind::Sequence: add(ChangeType::CreateSequence, id, "new sequence"); break;
      case ObjectKind::Function: case ObjectKind::Procedure: add(ChangeType::CreateRoutine, id, "new routine"); break;
      case ObjectKind::Aggregate: add(ChangeType::CreateAggregate, id, "new aggregate"); break;
      case ObjectKind::Operator: add(ChangeType::CreateOperator, id, "new operator"); break;
      case ObjectKind::Table: add(ChangeType::CreateTable, id, "new table"); break;
      case ObjectKind::Column:
        if (!table_is_new(id) && !inherited_from_partition_parent(id, after_) && !inherited_by_table(id, before_)) {
          add(ChangeType::AddColumn, id, "new column");
        }
        break;
      case ObjectKind::Constraint: {
        const auto* c = definition<model::Constraint>(after_, id);
        // A new table's CHECK constraints are written in its CREATE TABLE.
        if (!(table_is_new(id) && c->kind == model::ConstraintKind::Check)) add(ChangeType::AddConstraint, id, "new constraint");
        break;
      }
      case ObjectKind::Policy: add(ChangeType::CreatePolicy, id, "new policy"); break;
      case ObjectKind::Index: add(ChangeType::CreateIndex, id, "new index"); break;
      case ObjectKind::View: case ObjectKind::MaterializedView: add(ChangeType::CreateView, id, "new view"); break;
      case ObjectKind::Trigger: add(ChangeType::CreateTrigger, id, "new trigger"); break;
      case ObjectKind::Rule: add(ChangeType::CreateRule, id, "new rule"); break;
    }
    if (id.kind == ObjectKind::Table) table_extras(nullptr, *definition<model::Table>(after_, id), id);
    if (id.kind == ObjectKind::Sequence && definition<model::Sequence>(after_, id)->owned_by) {
      add(ChangeType::SetSequenceOwner, id, "new sequence belongs to a column");
    }
    if (id.kind == ObjectKind::Column) {
      const auto* column = definition<model::Column>(after_, id);
      if (!column->storage.empty() || column->statistics >= 0) {
        add(ChangeType::AlterColumnAttributes, id, "new column has its own storage or statistics");
      }
    }
    if (id.kind == ObjectKind::Index && definition<model::Index>(after_, id)->attached_to) {
      add(ChangeType::AttachIndex, id, "new index belongs to a partitioned index");
    }
    if (id.kind == ObjectKind::Trigger && definition<model::Trigger>(after_, id)->enabled != "ORIGIN") {
      add(ChangeType::AlterTriggerState, id, "new trigger is not enabled by default");
    }
  }

  void emit_drop(const ObjectId& id) {
    switch (id.kind) {
      case ObjectKind::Schema: if (!model::is_predefined_schema(id.name)) add(ChangeType::DropSchema, id, "schema removed"); break;
      case ObjectKind::Extension: add(ChangeType::DropExtension, id, "extension removed"); break;
      case ObjectKind::Type: add(ChangeType::DropType, id, "type removed"); break;
      case ObjectKind::Domain: add(ChangeType::DropDomain, id, "domain removed"); break;
      case ObjectKind::Sequence: add(ChangeType::DropSequence, id, "sequence removed"); break;
      case ObjectKind::Function: case ObjectKind::Procedure: add(ChangeType::DropRoutine, id, "routine removed"); break;
      case ObjectKind::Aggregate: add(ChangeType::DropAggregate, id, "aggregate removed"); break;
      case ObjectKind::Operator: add(ChangeType::DropOperator, id, "operator removed"); break;
      case ObjectKind::Table: add(ChangeType::DropTable, id, "table removed"); break;
      case ObjectKind::Column:
        if (!table_is_dropped(id) && !inherited_from_partition_parent(id, before_) && !inherited_by_table(id, after_)) {
          add(ChangeType::DropColumn, id, "column removed");
        }
        break;
      case ObjectKind::Constraint:
        // Foreign keys of dropped tables go first, so tables on a foreign-key cycle can be dropped.
        if (!table_is_dropped(id) || definition<model::Constraint>(before_, id)->kind == model::ConstraintKind::ForeignKey) {
          add(ChangeType::DropConstraint, id, "constraint removed");
        }
        break;
      case ObjectKind::Policy: if (!table_is_dropped(id)) add(ChangeType::DropPolicy, id, "policy removed"); break;
      case ObjectKind::Index: if (!table_is_dropped(id)) add(ChangeType::DropIndex, id, "index removed"); break;
      case ObjectKind::View: case ObjectKind::MaterializedView: add(ChangeType::DropView, id, "view removed"); break;
      case ObjectKind::Trigger: if (!table_is_dropped(id)) add(ChangeType::DropTrigger, id, "trigger removed"); break;
      case ObjectKind::Rule:
        // Gone with its table or view otherwise.
        if (!table_is_dropped(id) && !dropped_.count(ObjectId{ObjectKind::View, id.schema, id.parent, "", ""})) {
          add(ChangeType::DropRule, id, "rule removed");
        }
        break;
    }
  }

  void compare_object(const ObjectId& id) {
    switch (id.kind) {
      case ObjectKind::Schema: case ObjectKind::Table: break;  // their parts are compared one by one
      case ObjectKind::Extension:
        // Updated or moved in place: dropping it would drop every object that uses its types
        // and functions.
        if (*definition<model::Extension>(before_, id) != *definition<model::Extension>(after_, id)) {
          add(ChangeType::AlterExtension, id, "extension version or schema changed");
        }
        break;
      case ObjectKind::Type: compare_type(id); break;
      case ObjectKind::Domain: compare_domain(id); break;
      case ObjectKind::Sequence: compare_sequence(id); break;
      case ObjectKind::Function: case ObjectKind::Procedure: {
        const auto* a = definition<model::Routine>(before_, id);
        const auto* b = definition<model::Routine>(after_, id);
        if (*a == *b) break;
        if (same_interface(*a, *b)) add(ChangeType::ReplaceRoutine, id, "definition changed");
        else recreate(id, "return type or parameters changed: CREATE OR REPLACE cannot do it");
        break;
      }
      case ObjectKind::Aggregate:
        if (*definition<model::Aggregate>(before_, id) != *definition<model::Aggregate>(after_, id)) recreate(id, "definition changed");
        break;
      case ObjectKind::Operator:
        if (*definition<model::Operator>(before_, id) != *definition<model::Operator>(after_, id)) recreate(id, "definition changed");
        break;
      case ObjectKind::Column: compare_column(id); break;
      case ObjectKind::Constraint: {
        const auto* a = definition<model::Constraint>(before_, id);
        const auto* b = definition<model::Constraint>(after_, id);
        if (*a == *b) break;
        auto relaxed = *a;
        relaxed.validated = b->validated;
        if (relaxed == *b && b->validated) add(ChangeType::ValidateConstraint, id, "constraint now validated");
        else recreate(id, "constraint definition changed");
        break;
      }
      case ObjectKind::Policy:
        if (*definition<model::Policy>(before_, id) != *definition<model::Policy>(after_, id)) recreate(id, "policy changed");
        break;
      case ObjectKind::Index: {
        const auto* a = definition<model::Index>(before_, id);
        const auto* b = definition<model::Index>(after_, id);
        if (without_attachment(*a) != without_attachment(*b)) {
          recreate(id, "index definition changed");
        } else {
          if (a->attached_to != b->attached_to && b->attached_to) add(ChangeType::AttachIndex, id, "index now belongs to a partitioned index");
          if (a->statistics != b->statistics) add(ChangeType::AlterTable, id, "index statistics changed").attribute = TableAttribute::IndexStatistics;
        }
        break;
      }
      case ObjectKind::View: case ObjectKind::MaterializedView:
        if (*definition<model::View>(before_, id) != *definition<model::View>(after_, id)) recreate(id, "view definition changed");
        break;
      case ObjectKind::Rule:
        if (*definition<model::Rule>(before_, id) != *definition<model::Rule>(after_, id)) recreate(id, "rule changed");
        break;
      case ObjectKind::Trigger: {
        const auto* a = definition<model::Trigger>(before_, id);
        const auto* b = definition<model::Trigger>(after_, id);
        if (without_state(*a) != without_state(*b)) recreate(id, "trigger definition changed");
        else if (a->enabled != b->enabled) add(ChangeType::AlterTriggerState, id, "trigger enabled state changed");
        break;
      }
    }
    if (id.kind == ObjectKind::Table) {
      table_extras(definition<model::Table>(before_, id), *definition<model::Table>(after_, id), id);
    }
  }

  void compare_type(const ObjectId& id) {
    const auto* a = definition<model::Type>(before_, id);
    const auto* b = definition<model::Type>(after_, id);
    if (*a == *b) return;
    if (a->kind == model::TypeKind::Enum && b->kind == model::TypeKind::Enum && is_subsequence(a->enum_labels, b->enum_labels)) {
      for (const auto& label : b->enum_labels) {
        if (std::find(a->enum_labels.begin(), a->enum_labels.end(), label) == a->enum_labels.end()) {
          add(ChangeType::AddEnumValue, id, "enum value added").value = label;
        }
      }
      return;
    }
    if (a->kind == model::TypeKind::Composite && b->kind == model::TypeKind::Composite) {
      // PostgreSQL alters a composite type in place only while no table column uses it.
      const bool used_by_column = !IndexedCatalog::in(indexed_before_.columns_by_type, id.schema, id.name).empty();
      if (used_by_column) rebuild_type(id, "composite type used by columns changed: the type is rebuilt and its columns converted");
      else add(ChangeType::AlterCompositeType, id, "composite type attributes changed");
      return;
    }
    if (a->kind == model::TypeKind::Enum && b->kind == model::TypeKind::Enum) {
      rebuild_type(id, "enum values removed or reordered: the type is rebuilt and its columns converted");
      return;
    }
    recreate(id, "type definition changed");
  }

  // The old type is renamed away, the new one created, columns converted through text, the old
  // one dropped. Whatever else uses the type is dropped first and created again.
  void rebuild_type(const ObjectId& id, const std::string& reason) {
    add(ChangeType::RebuildType, id, reason);
    rebuilt_types_.insert(id);
    for (const auto& column_id : IndexedCatalog::in(indexed_after_.columns_by_type, id.schema, id.name)) {
      if (before_.count(column_id)) {
        disrupted_columns_.insert(column_id);
        // What reads the column (a CHECK or index comparing it with a label) holds values of the
        // old type: PostgreSQL cannot rebuild it, so it is dropped and created again too.
        converted_columns_.insert(column_id);
      }
    }
  }

  void compare_domain(const ObjectId& id) {
    const auto* a = definition<model::Domain>(before_, id);
    const auto* b = definition<model::Domain>(after_, id);
    if (*a == *b) return;
    if (a->base_type != b->base_type || a->collation != b->collation) rebuild_type(id, "domain base type changed: the domain is rebuilt and its columns converted");
    else add(ChangeType::AlterDomain, id, "domain default, NOT NULL or constraints changed");
  }

  // Sequences a default reads, when they are new: their name may still belong to the identity
  // sequence being removed, so they are created after it.
  void late_sequences_for(const model::Column& column) {
    for (auto it = created_.lower_bound(ObjectId{ObjectKind::Sequence, "", "", "", ""}); it != created_.end() && it->kind == ObjectKind::Sequence; ++it) {
      if (column.default_value->original.find(it->name) != std::string::npos) late_sequences_.insert(*it);
    }
  }

  void compare_sequence(const ObjectId& id) {
    const auto* a = definition<model::Sequence>(before_, id);
    const auto* b = definition<model::Sequence>(after_, id);
    if (a->options != b->options || a->unlogged != b->unlogged) add(ChangeType::AlterSequence, id, "sequence options changed");
    if (a->owned_by != b->owned_by) add(ChangeType::SetSequenceOwner, id, "sequence owner column changed");
  }

  void compare_column(const ObjectId& id) {
    const auto* a = definition<model::Column>(before_, id);
    const auto* b = definition<model::Column>(after_, id);
    if (*a == *b) return;
    if (a->generated != b->generated || a->generated_virtual != b->generated_virtual) {
      // PostgreSQL cannot change a generation expression in place.
      add(ChangeType::DropColumn, id, "generated expression changed: the column is rebuilt", Timing::Rebuild);
      add(ChangeType::AddColumn, id, "generated expression changed: the column is rebuilt", Timing::Rebuild);
      rebuilt_columns_.insert(id);
      return;
    }
    const bool identity_goes = a->identity.kind != model::IdentityKind::None && b->identity.kind == model::IdentityKind::None;
    if (identity_goes) {
      // The identity (and its sequence) goes first; a default (say a serial's nextval) after it.
      add(ChangeType::AlterColumnIdentity, id, "identity removed");
      if (b->default_value) add(ChangeType::SetColumnDefault, id, "column default after the identity is removed", Timing::AfterIdentity);
      if (a->not_null && !b->not_null) add(ChangeType::DropNotNull, id, "nullability changed", Timing::AfterIdentity);
      if (b->default_value) late_sequences_for(*b);
      return;
    }
    const bool type_changes = a->type != b->type || a->collation != b->collation;
    if (type_changes) {
      // The old default may not convert to the new type: take it off first, put it back after.
      if (a->default_value) add(ChangeType::DropColumnDefault, id, "its type changes", Timing::BeforeType);
      add(ChangeType::AlterColumnType, id, "column type or collation changed");
      disrupted_columns_.insert(id);
      if (b->default_value) add(ChangeType::SetColumnDefault, id, "column default after its type changed");
    } else if (a->default_value != b->default_value) {
      if (b->default_value) add(ChangeType::SetColumnDefault, id, "column default changed");
      else add(ChangeType::DropColumnDefault, id, "column default removed");
    }
    if (!a->not_null && b->not_null) add(ChangeType::SetNotNull, id, "nullability changed");
    if (a->identity != b->identity) add(ChangeType::AlterColumnIdentity, id, "identity changed");
    if (a->not_null && !b->not_null) {
      const bool identity_goes = a->identity.kind != model::IdentityKind::None && b->identity.kind == model::IdentityKind::None;
      add(ChangeType::DropNotNull, id, "nullability changed", identity_goes ? Timing::AfterIdentity : Timing::Normal);
    }
    if (a->storage != b->storage || a->statistics != b->statistics || a->compression != b->compression) {
      add(ChangeType::AlterColumnAttributes, id, "column storage, statistics or compression changed");
    }
  }

  // Table-level attributes: RLS, replica identity, options, persistence, inheritance, partitions.
  void table_extras(const model::Table* a, const model::Table& b, const ObjectId& id) {
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
    }
    if (before.partition_of != b.partition_of || before.partition_bound != b.partition_bound) {
      if (a && before.partition_of) add(ChangeType::DetachPartition, id, "partition bound or parent changed");
      if (b.partition_of) add(ChangeType::AttachPartition, id, "table is a partition");
    }
    if (a && (before.partition_by != b.partition_by)) recreate(id, "partition key changed: the table is rebuilt");
  }

  // ---------------------------------------------------------------- cascade

  static bool rebuilt_by_postgres_on_type_change(ObjectKind kind) {
    return kind == ObjectKind::Index || kind == ObjectKind::Constraint || kind == ObjectKind::Column;
  }

  // Whatever reads a recreated object, or a column whose type changes, is dropped first and
  // created again afterwards; dependents in the target too, so a re-run can drop it again.
  // PostgreSQL refuses to change persistence while a foreign key joins a logged and an unlogged
  // table, in either order: the keys touching such tables are dropped and added again.
  void foreign_keys_around_persistence_changes() {
    for (const auto& [id, definition] : after_) {
      if (id.kind != ObjectKind::Constraint || !before_.count(id)) continue;
      const auto* c = std::get<const model::Constraint*>(definition);
      if (c->kind != model::ConstraintKind::ForeignKey) continue;
      ObjectId own{ObjectKind::Table, id.schema, id.parent, "", ""};
      ObjectId referenced{ObjectKind::Table, c->foreign_key.referenced_table.schema, c->foreign_key.referenced_table.name, "", ""};
      if (persistence_changes_.count(own) || persistence_changes_.count(referenced)) {
        recreate(id, "joins tables whose persistence changes");
      }
    }
  }

  void cascade() {
    foreign_keys_around_persistence_changes();
    std::vector<std::pair<ObjectId, bool>> work;  // (object, is a column type change)
    for (const auto& id : recreated_) work.emplace_back(id, false);
    for (const auto& id : rebuilt_columns_) work.emplace_back(id, false);
    for (const auto& id : rebuilt_types_) work.emplace_back(id, false);
    for (const auto& id : disrupted_columns_) work.emplace_back(id, true);
    // What the target keeps that reads a dropped object (a view over a table that becomes a view
    // of the same name, a view reading a dropped column) goes before the drop and comes back after.
    for (const auto& id : dropped_) work.emplace_back(id, false);
    // Those are dropped and created again only when nothing else clears the way: a column's
    // default or a domain's check that called a dropped routine is changed in place anyway.
    auto is_dropped_cause = [&](const ObjectId& cause, const ObjectId& dependent) {
      if (!dropped_.count(cause)) return false;
      switch (dependent.kind) {
        case ObjectKind::View: case ObjectKind::MaterializedView: case ObjectKind::Trigger: case ObjectKind::Policy: case ObjectKind::Rule:
        case ObjectKind::Index: case ObjectKind::Constraint:
          return false;
        default:
          return true;
      }
    };
    std::set<ObjectId> seen;
    while (!work.empty()) {
      auto [id, column_change] = work.back();
      work.pop_back();
      if (!seen.insert(id).second) continue;
      std::set<ObjectId> dependents;
      for (const auto* reverse : {&dependents_before_, &dependents_after_}) {
        auto it = reverse->find(id);
        if (it != reverse->end()) dependents.insert(it->second.begin(), it->second.end());
      }
      for (const auto& dependent : dependents) {
        if (!after_.count(dependent) || dependent == id) continue;
        if (dependent.kind == ObjectKind::Table || dependent.kind == ObjectKind::Schema) continue;
        if (is_dropped_cause(id, dependent)) continue;
        if (rebuilt_types_.count(id) && dependent.kind == ObjectKind::Column) continue;  // converted in place
        if (dependent.kind == ObjectKind::Column && column_change && definition<model::Column>(after_, dependent)->generated &&
            !rebuilt_columns_.count(dependent) && before_.count(dependent)) {
          // PostgreSQL will not change the type of a column a generated column reads.
          rebuilt_columns_.insert(dependent);
          add(ChangeType::DropColumn, dependent, "reads " + model::describe(id) + ", whose type changes", Timing::Rebuild);
          add(ChangeType::AddColumn, dependent, "reads " + model::describe(id) + ", whose type changes", Timing::Rebuild);
          work.emplace_back(dependent, false);
          continue;
        }
        if (column_change && rebuilt_by_postgres_on_type_change(dependent.kind) &&
            !(converted_columns_.count(id) && dependent.kind != ObjectKind::Column)) {
          continue;
        }
        if (column_change && (dependent.kind == ObjectKind::Function || dependent.kind == ObjectKind::Procedure)) {
          late_routines_.insert(dependent);  // created again once the column has its new type
        }
        if (dependent.kind == ObjectKind::Column) {
          // A default (or generated expression) that calls a recreated routine.
          if (!column_change && definition<model::Column>(after_, dependent)->default_value) reset_defaults_.insert(dependent);
          continue;
        }
        if (created_.count(dependent)) {
          // Created by this script anyway; dropped first only so that a re-run can proceed.
          recreate(dependent, "depends on " + model::describe(id) + ", which is dropped and created again");
        } else if (!dropped_.count(dependent)) {
          recreate(dependent, "depends on " + model::describe(id) + (column_change ? ", whose type changes" : ", which is dropped and created again"));
        }
        work.emplace_back(dependent, false);
      }
    }
  }

  ChangeType drop_type_of(ObjectKind kind) const {
    switch (kind) {
      case ObjectKind::Extension: return ChangeType::DropExtension;
      case ObjectKind::Type: return ChangeType::DropType;
      case ObjectKind::Domain: return ChangeType::DropDomain;
      case ObjectKind::Sequence: return ChangeType::DropSequence;
      case ObjectKind::Function: case ObjectKind::Procedure: return ChangeType::DropRoutine;
      case ObjectKind::Aggregate: return ChangeType::DropAggregate;
      case ObjectKind::Operator: return ChangeType::DropOperator;
      case ObjectKind::Table: return ChangeType::DropTable;
      case ObjectKind::Constraint: return ChangeType::DropConstraint;
      case ObjectKind::Policy: return ChangeType::DropPolicy;
      case ObjectKind::Index: return ChangeType::DropIndex;
      case ObjectKind::View: case ObjectKind::MaterializedView: return ChangeType::DropView;
      case ObjectKind::Trigger: return ChangeType::DropTrigger;
      case ObjectKind::Rule: return ChangeType::DropRule;
      default: return ChangeType::DropSchema;
    }
  }

  ChangeType create_type_of(ObjectKind kind) const {
    switch (kind) {
      case ObjectKind::Extension: return ChangeType::CreateExtension;
      case ObjectKind::Type: return ChangeType::CreateType;
      case ObjectKind::Domain: return ChangeType::CreateDomain;
      case ObjectKind::Sequence: return ChangeType::CreateSequence;
      case ObjectKind::Function: case ObjectKind::Procedure: return ChangeType::CreateRoutine;
      case ObjectKind::Aggregate: return ChangeType::CreateAggregate;
      case ObjectKind::Operator: return ChangeType::CreateOperator;
      case ObjectKind::Table: return ChangeType::CreateTable;
      case ObjectKind::Constraint: return ChangeType::AddConstraint;
      case ObjectKind::Policy: return ChangeType::CreatePolicy;
      case ObjectKind::Index: return ChangeType::CreateIndex;
      case ObjectKind::View: case ObjectKind::MaterializedView: return ChangeType::CreateView;
      case ObjectKind::Trigger: return ChangeType::CreateTrigger;
      case ObjectKind::Rule: return ChangeType::CreateRule;
      default: return ChangeType::CreateSchema;
    }
  }

  void emit_recreations() {
    for (const auto& id : recreated_) {
      const std::string& reason = recreate_reason_[id];
      if (created_.count(id)) {
        // Already created by the script: add the guard drop only.
        add(drop_type_of(id.kind), id, reason);
        continue;
      }
      add(drop_type_of(id.kind), id, reason);
      add(create_type_of(id.kind), id, reason, late_routines_.count(id) ? Timing::AfterColumns : Timing::Normal);
      if (id.kind == ObjectKind::Table) {
        // A rebuilt table starts with the defaults: its attributes (row level security, replica
        // identity, ...) are set as for a new table, unless the comparison already set them.
        const size_t earlier = changes_.size();
        table_extras(nullptr, *definition<model::Table>(after_, id), id);
        for (size_t i = changes_.size(); i-- > earlier;) {
          const bool already = std::any_of(changes_.begin(), changes_.begin() + static_cast<std::ptrdiff_t>(earlier), [&](const Change& c) {
            return c.type == changes_[i].type && c.id == changes_[i].id && c.attribute == changes_[i].attribute;
          });
          if (already) changes_.erase(changes_.begin() + static_cast<std::ptrdiff_t>(i));
        }
        // A rebuilt table comes back with all its parts.
        for (const auto& part : IndexedCatalog::in(indexed_after_.parts_by_table, id.schema, id.name)) {
          if (part.kind != ObjectKind::Column && !recreated_.count(part) && !created_.count(part)) {
            if (part.kind == ObjectKind::Constraint && definition<model::Constraint>(after_, part)->kind == model::ConstraintKind::Check) continue;
            add(create_type_of(part.kind), part, "its table is rebuilt");
          }
        }
      }
      if (id.kind == ObjectKind::Index && definition<model::Index>(after_, id)->attached_to) {
        add(ChangeType::AttachIndex, id, "recreated index belongs to a partitioned index");
      }
      if (id.kind == ObjectKind::Trigger && definition<model::Trigger>(after_, id)->enabled != "ORIGIN") {
        add(ChangeType::AlterTriggerState, id, "recreated trigger is not enabled by default");
      }
    }
    for (const auto& id : reset_defaults_) {
      add(ChangeType::DropColumnDefault, id, "its default calls a routine that is dropped and created again", Timing::Reset);
      add(ChangeType::SetColumnDefault, id, "its default calls a routine that is dropped and created again", Timing::Reset);
    }
  }

  // ---------------------------------------------------------------- comments, grants, owners

  bool comes_back_fresh(const ObjectId& id) const {
    if (recreated_.count(id) || created_.count(id)) return true;
    if (!id.parent.empty()) {  // a column or index comment goes with its view or materialized view
      for (auto kind : {ObjectKind::View, ObjectKind::MaterializedView, ObjectKind::Table}) {
        ObjectId parent{kind, id.schema, id.parent, "", ""};
        if (recreated_.count(parent) || created_.count(parent)) return true;
      }
    }
    return false;
  }

  // The object (or the relation a column or index comment hangs on) is dropped by the script.
  bool gone_with_its_object(const ObjectId& id) const {
    if (before_.count(id) && !after_.count(id)) return true;
    if (!id.parent.empty()) {
      for (auto kind : {ObjectKind::Table, ObjectKind::View, ObjectKind::MaterializedView, ObjectKind::Type}) {
        ObjectId parent{kind, id.schema, id.parent, "", ""};
        if (before_.count(parent) && !after_.count(parent)) return true;
      }
    }
    return false;
  }

  void emit_comments_privileges_owners() {
    std::set<ObjectId> ids;
    for (const auto& [id, _] : from_.comments) ids.insert(id);
    for (const auto& [id, _] : to_.comments) ids.insert(id);
    for (const auto& id : ids) {
      auto a = from_.comments.find(id);
      auto b = to_.comments.find(id);
      bool in_target = b != to_.comments.end();
      if (!in_target && gone_with_its_object(id)) continue;
      bool changed = (a == from_.comments.end()) != !in_target || (in_target && a != from_.comments.end() && a->second != b->second);
      if (changed || (in_target && comes_back_fresh(id))) add(ChangeType::SetComment, id, "comment changed");
    }
    ids.clear();
    for (const auto& [id, _] : from_.privileges) ids.insert(id);
    for (const auto& [id, _] : to_.privileges) ids.insert(id);
    for (const auto& id : ids) {
      if (!after_.count(id) && id.kind != ObjectKind::Column) continue;
      auto a = from_.privileges.find(id);
      auto b = to_.privileges.find(id);
      bool in_target = b != to_.privileges.end();
      bool changed = (a == from_.privileges.end()) != !in_target || (in_target && a != from_.privileges.end() && a->second != b->second);
      if (changed || (in_target && comes_back_fresh(id))) {
        add(ChangeType::SetPrivileges, id, "privileges changed", comes_back_fresh(id) ? Timing::Fresh : Timing::Normal);
      }
    }
    if (!options_.owners) return;
    for (const auto& [id, role] : to_.owners) {
      auto a = from_.owners.find(id);
      if (a == from_.owners.end() || a->second != role || comes_back_fresh(id)) add(ChangeType::SetOwner, id, "owner changed");
    }
  }
};

}  // namespace

std::string change_type_name(ChangeType type) {
  static const char* names[] = {
      "create schema", "drop schema", "create extension", "drop extension", "alter extension", "create type", "drop type",
      "add enum value", "alter composite type", "rebuild type", "create domain", "drop domain", "alter domain", "create sequence", "drop sequence",
      "alter sequence", "set sequence owner", "create routine", "replace routine", "drop routine",
      "create aggregate", "drop aggregate", "create operator", "drop operator", "create table", "drop table",
      "alter table", "add column", "drop column", "alter column type", "set column default",
      "drop column default", "set not null", "drop not null", "alter column identity", "alter column attributes",
      "add constraint", "drop constraint", "validate constraint", "create index", "drop index", "attach index",
      "attach partition", "detach partition", "create view", "drop view", "create trigger", "drop trigger",
      "alter trigger state", "create policy", "drop policy", "create rule", "drop rule", "set comment", "set privileges", "set owner", "rename"};
  return names[static_cast<int>(type)];
}

ChangeSet compare(const model::Catalog& from, const model::Catalog& to, const CompareOptions& options) {
  return compare(share(from), share(to), options);
}

ChangeSet compare(const SharedCatalog& from, const SharedCatalog& to, const CompareOptions& options) {
  using Clock = std::chrono::steady_clock;
  const auto started = Clock::now();
  ChangeSet set;
  std::vector<std::string> missing;
  set.indexed_source = options.renames.empty() ? from : share(apply_renames(from->catalog, options.renames, missing));
  set.indexed_target = to;
  set.source = std::shared_ptr<const model::Catalog>(set.indexed_source, &set.indexed_source->catalog);
  set.target = std::shared_ptr<const model::Catalog>(set.indexed_target, &set.indexed_target->catalog);
  for (const auto& m : missing) set.errors.push_back("rename of a " + m + " that the source does not have");
  // The new name must be the target's: a rename to a name it lacks would drop the object anyway.
  std::vector<std::string> absent;
  if (!options.renames.empty()) apply_renames(to->catalog, reversed(options.renames), absent);
  for (const auto& a : absent) set.errors.push_back("rename to a " + a + " that the target does not have");
  auto changes = Comparer(*set.indexed_source, *set.indexed_target, options).run();
  for (const auto& r : options.renames) {
    if (r.kind == ObjectKind::Function) {
      for (const auto& [_, routine] : set.source->schemas.count(r.schema) ? set.source->schemas.at(r.schema).routines
                                                                           : std::map<std::string, model::Routine>{}) {
        if (routine.name != r.new_name) continue;
        changes.push_back({ChangeType::Rename, ObjectId{routine.is_procedure ? ObjectKind::Procedure : ObjectKind::Function,
                                                        r.schema, r.new_name, "", routine.signature()},
                           "declared rename", Timing::Normal, TableAttribute::None, r.old_name});
      }
      continue;
    }
    std::string parent = r.table;
    for (const auto& t : options.renames) {
      if (t.kind == ObjectKind::Table && t.schema == r.schema && t.old_name == parent) parent = t.new_name;
    }
    if (r.kind == ObjectKind::Index) {
      const auto* schema = set.source->find_schema(r.schema);
      if (schema && schema->indexes.count(r.new_name)) parent = schema->indexes.at(r.new_name).table;
    }
    changes.push_back({ChangeType::Rename, ObjectId{r.kind, r.schema, r.new_name, parent, ""}, "declared rename", Timing::Normal, TableAttribute::None, r.old_name});
  }
  const auto matched = Clock::now();
  set.changes = order_changes(std::move(changes), *set.indexed_source, *set.indexed_target, set.errors);
  // Hazards are data on each change, assessed once: header, plan and refusal read the same.
  for (auto& change : set.changes) change.assessment = assess(change, set.before(), set.after());
  set.timings.match_seconds = std::chrono::duration<double>(matched - started).count();
  set.timings.order_seconds = std::chrono::duration<double>(Clock::now() - matched).count();
  if (options.strict_column_order) {
    // PostgreSQL cannot reorder columns; new ones go last. Say where the order differs.
    for (const auto& [schema_name, schema] : set.target->schemas) {
      const auto* before = set.source->find_schema(schema_name);
      if (!before) continue;
      for (const auto& [name, table] : schema.tables) {
        auto it = before->tables.find(name);
        if (it == before->tables.end()) continue;
        std::vector<std::string> a, b;
        for (const auto& c : it->second.columns) {
          if (table.find_column(c.name)) a.push_back(c.name);
        }
        for (const auto& c : table.columns) {
          if (it->second.find_column(c.name)) b.push_back(c.name);
        }
        // New columns must come after every kept one, as ADD COLUMN puts them.
        bool appended_in_place = true;
        size_t kept_seen = 0;
        for (const auto& c : table.columns) {
          if (it->second.find_column(c.name)) ++kept_seen;
          else if (kept_seen < b.size()) appended_in_place = false;
        }
        if (a != b || !appended_in_place) {
          set.warnings.push_back("column order of table " + schema_name + "." + name +
                                 " differs and cannot be changed in place (PostgreSQL appends new columns)");
        }
      }
    }
  }
  return set;
}

}  // namespace schemadelta::compare

#pragma once
// The Comparer: matches two indexed catalogs and decides, object by object, what the migration
// does. Private to compare/: compare.cpp holds matching and the dispatcher by object kind, and each
// object family decides its changes in a file of its own (compare_<family>.cpp), the cascade of
// dependents in cascade.cpp.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "compare/catalog_index.h"
#include "compare/compare.h"
#include "compare/indexed_catalog.h"

namespace schemadelta::compare::detail {

using model::ObjectId;
using model::ObjectKind;

bool is_subsequence(const std::vector<std::string>& small, const std::vector<std::string>& large);
bool same_interface(const model::Routine& a, const model::Routine& b);
model::Index without_attachment(model::Index index);
model::Trigger without_state(model::Trigger trigger);

class Comparer {
 public:
  Comparer(const IndexedCatalog& from, const IndexedCatalog& to, const CompareOptions& options)
      : from_(from.catalog), to_(to.catalog), options_(options), before_(from.index), after_(to.index),
        dependents_before_(from.dependents), dependents_after_(to.dependents), indexed_before_(from), indexed_after_(to) {}

  std::vector<Change> run();

  // A partitioned table's key is made (or taken over) in every partition at once, and dropping
  // it drops the partitions' keys attached to it: those the target keeps are added again.
  void partition_keys_under_dropped_parent_keys();

  bool uses_a_view(const ObjectId& id) const;

 private:
  const model::Catalog& from_;
  const model::Catalog& to_;
  const CompareOptions& options_;
  const CatalogIndex &before_, &after_;
  const Dependents &dependents_before_, &dependents_after_;
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
  std::set<ObjectId> released_sequences_;        // kept sequences a rebuilt table owns: let go, owned again

  Change& add(ChangeType type, const ObjectId& id, std::string reason, Timing timing = Timing::Normal) {
    Change change{type, id, std::move(reason)};
    change.timing = timing;
    return changes_.emplace_back(std::move(change));
  }

  void recreate(const ObjectId& id, const std::string& reason) {
    if (recreated_.insert(id).second) recreate_reason_[id] = reason;
  }

  // ---------------------------------------------------------------- matching

  void match_objects();

  bool table_is_new(const ObjectId& id) const {
    return created_.count(ObjectId{ObjectKind::Table, id.schema, id.parent, "", ""}) > 0;
  }
  bool table_is_dropped(const ObjectId& id) const {
    return dropped_.count(ObjectId{ObjectKind::Table, id.schema, id.parent, "", ""}) > 0;
  }

  // A partition's column that its parent has too: ALTER TABLE on the parent reaches it.
  // A column the table declares on one side and inherits on the other is one column: NO INHERIT
  // keeps it, INHERIT takes it over (the model lists a declared-as-inherited column once).
  bool inherited_by_table(const ObjectId& column, const CatalogIndex& index) const;
  static bool unchanged_part(const IndexEntry& before, const IndexEntry& after);
  bool check_inherited_by_table(const ObjectId& constraint, const CatalogIndex& index) const;

  bool inherited_from_partition_parent(const ObjectId& column, const CatalogIndex& index) const;
  bool stays_with_partition_parent(const ObjectId& column) const;

  void emit_create(const ObjectId& id);

  void emit_drop(const ObjectId& id);

  void compare_object(const ObjectId& id);

  // Functions and procedures are replaced in place while their interface stays; aggregates and
  // operators are created again.
  void compare_routine(const ObjectId& id);

  void compare_constraint(const ObjectId& id);

  void compare_index(const ObjectId& id);

  void compare_trigger(const ObjectId& id);

  void compare_type(const ObjectId& id);

  // The old type is renamed away, the new one created, columns converted through text, the old
  // one dropped. Whatever else uses the type is dropped first and created again.
  void rebuild_type(const ObjectId& id, const std::string& reason);

  void compare_domain(const ObjectId& id);

  // Sequences a default reads, when they are new: their name may still belong to the identity
  // sequence being removed, so they are created after it.
  void late_sequences_for(const model::Column& column);

  void compare_sequence(const ObjectId& id);

  void compare_column(const ObjectId& id);

  // Table-level attributes: RLS, replica identity, options, persistence, inheritance, partitions.
  void table_extras(const model::Table* a, const model::Table& b, const ObjectId& id);
  void columns_converted_by_inheritance(const model::Table& a, const model::Table& b, const ObjectId& table);

  // ---------------------------------------------------------------- cascade

  static bool rebuilt_by_postgres_on_type_change(ObjectKind kind);
  bool keeps_old_type_in_expression(const ObjectId& dependent) const;

  // Whatever reads a recreated object, or a column whose type changes, is dropped first and
  // created again afterwards; dependents in the target too, so a re-run can drop it again.
  // PostgreSQL refuses to change persistence while a foreign key joins a logged and an unlogged
  // table, in either order: the keys touching such tables are dropped and added again.
  void foreign_keys_around_persistence_changes();

  void cascade();
  void release_sequences_owned_by(const ObjectId& column);

  ChangeType drop_type_of(ObjectKind kind) const;

  ChangeType create_type_of(ObjectKind kind) const;

  void emit_recreations();
  void columns_leave_before_their_domains_change();

  // A new child table of a parent that gains columns is created after them (and its children).
  void children_after_parents_columns();

  // ---------------------------------------------------------------- comments, grants, owners

  bool comes_back_fresh(const ObjectId& id) const;

  // The object (or the relation a column or index comment hangs on) is dropped by the script.
  bool gone_with_its_object(const ObjectId& id) const;

  void emit_comments_privileges_owners();
};

}  // namespace schemadelta::compare::detail

// What the comparison decides for the cascade: what reads a recreated object, or a column whose
// type changes, is dropped first and created again. One family of the Comparer (comparer.h).
#include "compare/comparer.h"
#include "model/inherited_columns.h"

namespace schemadelta::compare::detail {

bool Comparer::rebuilt_by_postgres_on_type_change(ObjectKind kind) {
  return kind == ObjectKind::Index || kind == ObjectKind::Constraint || kind == ObjectKind::Column;
}

// Whatever reads a recreated object, or a column whose type changes, is dropped first and
// created again afterwards; dependents in the target too, so a re-run can drop it again.
// PostgreSQL refuses to change persistence while a foreign key joins a logged and an unlogged
// table, in either order: the keys touching such tables are dropped and added again.
void Comparer::foreign_keys_around_persistence_changes() {
  if (persistence_changes_.empty()) return;
  for (const auto& entry : after_.of_kind(ObjectKind::Constraint)) {
    const auto* c = std::get<const model::Constraint*>(entry.definition);
    if (c->kind != model::ConstraintKind::ForeignKey || !before_.count(entry.view())) continue;
    ObjectId own{ObjectKind::Table, entry.schema(), entry.parent(), "", ""};
    ObjectId referenced{ObjectKind::Table, c->foreign_key.referenced_table.schema, c->foreign_key.referenced_table.name, "", ""};
    if (persistence_changes_.count(own) || persistence_changes_.count(referenced)) {
      recreate(entry.id(), "joins tables whose persistence changes");
    }
  }
}

// PostgreSQL rebuilds a CHECK (or an expression index, a partial index's predicate) on a column
// whose type changes from its stored form, which still reads the old type: `c <> -12345` on a
// numeric column becomes `c::numeric <> -12345` once c is an integer, not TARGET's expression.
// Such objects are dropped before the change and made again from TARGET's text after it.
bool Comparer::keeps_old_type_in_expression(const ObjectId& dependent) const {
  if (dependent.kind == ObjectKind::Constraint) {
    const auto* c = definition<model::Constraint>(after_, dependent);
    return c && (c->check || c->exclusion_where || !c->exclusion.empty());
  }
  if (dependent.kind == ObjectKind::Index) {
    const auto* index = definition<model::Index>(after_, dependent);
    if (!index) return false;
    if (index->where) return true;
    return std::any_of(index->elements.begin(), index->elements.end(), [](const model::IndexElement& e) {
      // A plain column is rebuilt as it was; anything else is an expression (a quoted name with
      // such characters counts too: rebuilding it is harmless).
      return e.expression.canonical.find_first_of("()+-*/:|<>=!~,.' ") != std::string::npos;
    });
  }
  return false;
}

void Comparer::cascade() {
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
    // A column the table declared and now has from a new parent is kept (INHERIT merges it):
    // what reads it stays.
    if (id.kind == ObjectKind::Column && !column_change && dropped_.count(id) && inherited_by_table(id, after_)) continue;
    if (!seen.insert(id).second) continue;
    if (id.kind == ObjectKind::Column && rebuilt_columns_.count(id)) release_sequences_owned_by(id);
    std::set<ObjectId> dependents;
    for (const auto* reverse : {&dependents_before_, &dependents_after_}) {
      auto it = reverse->find(id);
      if (it == reverse->end()) continue;
      for (const auto* dependent : it->second) dependents.insert(*dependent);
    }
    for (const auto& dependent : dependents) {
      if (!after_.count(dependent) || dependent == id) continue;
      if (dependent.kind == ObjectKind::Table || dependent.kind == ObjectKind::Schema) continue;
      if (is_dropped_cause(id, dependent)) continue;
      if (rebuilt_types_.count(id) && dependent.kind == ObjectKind::Column) continue;  // converted in place
      if (dependent.kind == ObjectKind::Column && column_change && definition<model::Column>(after_, dependent)->details->generated &&
          !rebuilt_columns_.count(dependent) && before_.count(dependent)) {
        // A partition's column goes and comes back with its parent's (which reads the parent's
        // column): ADD COLUMN on a partition alone is refused.
        if (altered_through_partition_parent(before_, after_, dependent)) continue;
        // PostgreSQL will not change the type of a column a generated column reads.
        rebuilt_columns_.insert(dependent);
        add(ChangeType::DropColumn, dependent, "reads " + model::describe(id) + ", whose type changes", Timing::Rebuild);
        add(ChangeType::AddColumn, dependent, "reads " + model::describe(id) + ", whose type changes", Timing::Rebuild);
        work.emplace_back(dependent, false);
        continue;
      }
      if (column_change && rebuilt_by_postgres_on_type_change(dependent.kind) &&
          !(converted_columns_.count(id) && dependent.kind != ObjectKind::Column) && !keeps_old_type_in_expression(dependent)) {
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
      if (dependent.kind == ObjectKind::Constraint && id.kind == ObjectKind::Table && recreated_.count(id) &&
          dependent.schema == id.schema && dependent.parent == id.name &&
          definition<model::Constraint>(after_, dependent)->kind == model::ConstraintKind::Check) {
        // A rebuilt table's own CHECK comes back in its CREATE TABLE, and the old one goes with
        // the old table. Dropped first, it would leave the kept partitions without their copies,
        // which ATTACH PARTITION requires ("child table is missing constraint").
        continue;
      }
      if (dependent.kind == ObjectKind::Sequence && id.kind == ObjectKind::Table && before_.count(dependent)) {
        // A kept sequence that a rebuilt table owns would go with the table (dropped with it, or
        // moved into the holding schema with it) and come back at its start: it is let go first
        // and owned again by the new table, with its value.
        released_sequences_.insert(dependent);
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

// A kept sequence owned by a column that is dropped and added again (its generation changes)
// would go with the old column: it is let go first and owned again by the new one, with its value.
void Comparer::release_sequences_owned_by(const ObjectId& column) {
  const auto table = dependents_before_.find(ObjectId{ObjectKind::Table, column.schema, column.parent, "", ""});
  if (table == dependents_before_.end()) return;
  for (const auto* dependent : table->second) {
    if (dependent->kind != ObjectKind::Sequence || !after_.count(*dependent)) continue;
    const auto* sequence = definition<model::Sequence>(before_, *dependent);
    if (sequence->owned_by == model::ColumnRef{column.schema, column.parent, column.name}) released_sequences_.insert(*dependent);
  }
}

ChangeType Comparer::drop_type_of(ObjectKind kind) const {
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
    case ObjectKind::Collation: return ChangeType::DropCollation;
    case ObjectKind::TextSearchDictionary: case ObjectKind::TextSearchConfiguration: return ChangeType::DropTextSearch;
    default: return ChangeType::DropSchema;
  }
}

ChangeType Comparer::create_type_of(ObjectKind kind) const {
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
    case ObjectKind::Collation: return ChangeType::CreateCollation;
    case ObjectKind::TextSearchDictionary: case ObjectKind::TextSearchConfiguration: return ChangeType::CreateTextSearch;
    default: return ChangeType::CreateSchema;
  }
}

void Comparer::emit_recreations() {
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
      // A rebuilt table is held whole (out of its hierarchy) and made again with the target's
      // parents: changing its parents first would drop the columns it loses with them before the
      // hold could keep their values.
      std::erase_if(changes_, [&](const Change& c) {
        return c.type == ChangeType::AlterTable && c.id == id && c.attribute == TableAttribute::Inheritance;
      });
      // Nor is a column whose generation changes dropped and added again: the hold keeps its
      // values (a generated one as plain values) and the table comes back with its new form.
      std::erase_if(changes_, [&](const Change& c) {
        if (c.id.schema != id.schema || c.id.parent != id.name) return false;
        if (c.type == ChangeType::DropColumnExpression) return true;
        if (c.type != ChangeType::DropColumn && c.type != ChangeType::AddColumn) return false;
        const auto* old_column = before_.count(c.id) ? definition<model::Column>(before_, c.id) : nullptr;
        const auto* new_column = after_.count(c.id) ? definition<model::Column>(after_, c.id) : nullptr;
        return old_column && new_column && old_column->type == new_column->type && !model::generated_alike(*old_column, *new_column);
      });
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
  for (const auto& id : released_sequences_) {
    auto planned = [&](Timing timing) {
      return std::any_of(changes_.begin(), changes_.end(), [&](const Change& c) {
        return c.type == ChangeType::SetSequenceOwner && c.id == id && c.timing == timing;
      });
    };
    if (definition<model::Sequence>(before_, id)->owned_by && !planned(Timing::Released)) {
      add(ChangeType::SetSequenceOwner, id, "its owner table is rebuilt: the sequence is let go first", Timing::Released);
    }
    if (definition<model::Sequence>(after_, id)->owned_by && !planned(Timing::Normal)) {
      add(ChangeType::SetSequenceOwner, id, "its owner table is rebuilt: the new table owns it");
    }
  }
  for (const auto& id : reset_defaults_) {
    add(ChangeType::DropColumnDefault, id, "its default calls a routine that is dropped and created again", Timing::Reset);
    add(ChangeType::SetColumnDefault, id, "its default calls a routine that is dropped and created again", Timing::Reset);
  }
}

bool Comparer::comes_back_fresh(const ObjectId& id) const {
  // A column dropped and added again (its generation changes) loses its comment and grants too.
  if (recreated_.count(id) || created_.count(id) || rebuilt_columns_.count(id)) return true;
  if (!id.parent.empty()) {  // a column or index comment goes with its view or materialized view
    for (auto kind : {ObjectKind::View, ObjectKind::MaterializedView, ObjectKind::Table}) {
      ObjectId parent{kind, id.schema, id.parent, "", ""};
      if (recreated_.count(parent) || created_.count(parent)) return true;
    }
  }
  return false;
}

// The object (or the relation a column or index comment hangs on) is dropped by the script.
bool Comparer::gone_with_its_object(const ObjectId& id) const {
  if (before_.count(id) && !after_.count(id)) return true;
  if (!id.parent.empty()) {
    for (auto kind : {ObjectKind::Table, ObjectKind::View, ObjectKind::MaterializedView, ObjectKind::Type}) {
      ObjectId parent{kind, id.schema, id.parent, "", ""};
      if (before_.count(parent) && !after_.count(parent)) return true;
    }
  }
  return false;
}

}  // namespace schemadelta::compare::detail

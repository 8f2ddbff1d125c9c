// Matching two catalogs and deciding, object by object, what the migration does: create, drop,
// alter in place, or drop and create again (with everything that depends on it).
#include <algorithm>
#include <chrono>
#include <compare>

#include "model/builtin_objects.h"
#include "compare/comparer.h"

#include "compare/hazards.h"
#include "compare/order_changes.h"

namespace schemadelta::compare {

using model::ObjectId;
using model::ObjectKind;

namespace detail {

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

std::vector<Change> Comparer::run() {
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
  children_after_parents_columns();
  columns_leave_before_their_domains_change();
  return std::move(changes_);
}

// A column dropped while its domain changes goes first: ALTER DOMAIN ... SET NOT NULL (or ADD
// CONSTRAINT) checks every column of the domain, one on its way out too, which may hold what the
// domain no longer allows (a column added empty by the migration this script rolls back).
void Comparer::columns_leave_before_their_domains_change() {
  std::set<ObjectId> changing;
  for (const auto& change : changes_) {
    if (change.type == ChangeType::AlterDomain) changing.insert(change.id);
  }
  if (changing.empty()) return;
  for (auto& change : changes_) {
    if (change.type != ChangeType::DropColumn || change.timing != Timing::Normal) continue;
    const auto& type = definition<model::Column>(before_, change.id)->type;
    if (changing.count(ObjectId{ObjectKind::Domain, type.schema, type.name, "", ""})) change.timing = Timing::BeforeDomains;
  }
}

// A new table that inherits from a parent gaining columns (or changing their types) in this
// script is created after they are added (or converted): CREATE TABLE ... INHERITS takes the
// parent's columns as they are then, and the table's held rows are written back right after it
// is created, into every column, cast to their types in TARGET. Its own children wait with it,
// and so does a new table with a column of a composite type whose attributes change.
void Comparer::children_after_parents_columns() {
  std::set<ObjectId> waiting;  // tables: parents whose columns change, then the children that wait
  for (const auto& change : changes_) {
    const bool column_changes = change.type == ChangeType::AddColumn || change.type == ChangeType::AlterColumnType;
    if (column_changes && change.timing == Timing::Normal && !table_is_new(change.id)) {
      waiting.insert(ObjectId{ObjectKind::Table, change.id.schema, change.id.parent, "", ""});
    }
  }
  // So does a new table with a column of a composite type whose attributes change: its held rows
  // come back as text of the type's form in TARGET (a record literal needs every attribute).
  std::set<model::QualifiedName> altered_composites;
  for (const auto& change : changes_) {
    if (change.type == ChangeType::AlterCompositeType) altered_composites.insert({change.id.schema, change.id.name});
  }
  for (auto& change : changes_) {
    if (altered_composites.empty() || change.type != ChangeType::CreateTable || change.timing == Timing::AfterColumns) continue;
    const auto& columns = definition<model::Table>(after_, change.id)->columns;
    if (std::any_of(columns.begin(), columns.end(), [&](const model::Column& column) {
          return altered_composites.count({column.type.schema.str(), column.type.name}) > 0;
        })) {
      change.timing = Timing::AfterColumns;
      waiting.insert(change.id);
    }
  }
  for (bool more = !waiting.empty(); more;) {
    more = false;
    for (auto& change : changes_) {
      if (change.type != ChangeType::CreateTable || change.timing == Timing::AfterColumns) continue;
      const auto& parents = definition<model::Table>(after_, change.id)->inherits;
      if (std::none_of(parents.begin(), parents.end(), [&](const model::QualifiedName& parent) {
            return waiting.count(ObjectId{ObjectKind::Table, parent.schema, parent.name, "", ""}) > 0;
          })) {
        continue;
      }
      change.timing = Timing::AfterColumns;
      more = waiting.insert(change.id).second || more;
    }
  }
}

void Comparer::match_objects() {
  // Both indexes are in id order: one walk over the two side by side, one comparison a step.
  std::vector<std::pair<const IndexEntry*, const IndexEntry*>> kept;  // (before, after)
  auto before = before_.begin(), after = after_.begin();
  while (before != before_.end() || after != after_.end()) {
    const auto order = before == before_.end()  ? std::strong_ordering::greater
                       : after == after_.end() ? std::strong_ordering::less
                                               : before->view() <=> after->view();
    if (order < 0) {
      dropped_.insert(dropped_.end(), (before++)->id());
    } else if (order > 0) {
      created_.insert(created_.end(), (after++)->id());
    } else {
      kept.emplace_back(&*before, &*after);
      ++before, ++after;
    }
  }
  for (const auto& id : dropped_) emit_drop(id);
  for (const auto& id : created_) emit_create(id);
  for (const auto& [was, is] : kept) {
    if (!unchanged_part(*was, *is)) compare_object(is->id());
  }
}

// A column or constraint equal on both sides: its comparison would stop there. Most of a large
// schema's objects, read here from the entries in hand rather than looked up again by id.
bool Comparer::unchanged_part(const IndexEntry& before, const IndexEntry& after) {
  switch (before.kind()) {
    case ObjectKind::Column: return *std::get<const model::Column*>(before.definition) == *std::get<const model::Column*>(after.definition);
    case ObjectKind::Constraint:
      return *std::get<const model::Constraint*>(before.definition) == *std::get<const model::Constraint*>(after.definition);
    default: return false;
  }
}

// A partition's column that its parent has too: ALTER TABLE on the parent reaches it.
// A column the table declares on one side and inherits on the other is one column: NO INHERIT
// keeps it, INHERIT takes it over (the model lists a declared-as-inherited column once).
bool Comparer::inherited_by_table(const ObjectId& column, const CatalogIndex& index) const {
  const auto* table = definition<model::Table>(index, ObjectId{ObjectKind::Table, column.schema, column.parent, "", ""});
  return table && columns_through_parents(*table, index).count(column.name) > 0;
}

// The same for a CHECK: NO INHERIT keeps the parent's CHECKs in the child, INHERIT merges the
// child's own into the parent's (the model lists a declared-as-inherited CHECK once).
bool Comparer::check_inherited_by_table(const ObjectId& constraint, const CatalogIndex& index) const {
  const auto* table = definition<model::Table>(index, ObjectId{ObjectKind::Table, constraint.schema, constraint.parent, "", ""});
  return table && checks_through_parents(*table, index).count(constraint.name) > 0;
}

bool Comparer::inherited_from_partition_parent(const ObjectId& column, const CatalogIndex& index) const {
  const auto* table = definition<model::Table>(index, ObjectId{ObjectKind::Table, column.schema, column.parent, "", ""});
  if (!table || !table->partition_of) return false;
  const auto& parent = *table->partition_of;
  return index.count(ObjectId{ObjectKind::Column, parent.schema, column.name, parent.name, ""}) > 0;
}

// A partition whose parent is the same kept table on both sides gets that parent's column changes
// through the parent's ADD and DROP COLUMN; one that moves to another (or a new) parent is
// detached first and attached last, and has its columns added and dropped itself in between.
bool Comparer::stays_with_partition_parent(const ObjectId& column) const {
  const ObjectId table{ObjectKind::Table, column.schema, column.parent, "", ""};
  const auto* a = definition<model::Table>(before_, table);
  const auto* b = definition<model::Table>(after_, table);
  if (!a || !b || a->partition_of != b->partition_of || !b->partition_of) return false;
  const ObjectId parent{ObjectKind::Table, b->partition_of->schema, b->partition_of->name, "", ""};
  if (created_.count(parent) || dropped_.count(parent)) return false;
  // A parent rebuilt (its partition key changes) detaches its partitions when it is held: they
  // meet the new one with the columns they have.
  const auto* parent_before = definition<model::Table>(before_, parent);
  const auto* parent_after = definition<model::Table>(after_, parent);
  return !(parent_before && parent_after &&
           (parent_before->partition_by != parent_after->partition_by || partitioned_table_rebuilt(before_, after_, parent)));
}

void Comparer::emit_create(const ObjectId& id) {
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
      if (!table_is_new(id) && !(inherited_from_partition_parent(id, after_) && stays_with_partition_parent(id)) &&
          !inherited_by_table(id, before_)) {
        add(ChangeType::AddColumn, id, "new column");
      }
      break;
    case ObjectKind::Constraint: {
      const auto* c = definition<model::Constraint>(after_, id);
      // A new table's CHECK constraints are written in its CREATE TABLE.
      const bool check = c->kind == model::ConstraintKind::Check;
      if (!(check && (table_is_new(id) || check_inherited_by_table(id, before_)))) add(ChangeType::AddConstraint, id, "new constraint");
      break;
    }
    case ObjectKind::Policy: add(ChangeType::CreatePolicy, id, "new policy"); break;
    case ObjectKind::Index: add(ChangeType::CreateIndex, id, "new index"); break;
    case ObjectKind::View: case ObjectKind::MaterializedView: add(ChangeType::CreateView, id, "new view"); break;
    case ObjectKind::Trigger: add(ChangeType::CreateTrigger, id, "new trigger"); break;
    case ObjectKind::Rule: add(ChangeType::CreateRule, id, "new rule"); break;
    case ObjectKind::Collation: add(ChangeType::CreateCollation, id, "new collation"); break;
    case ObjectKind::TextSearchDictionary: case ObjectKind::TextSearchConfiguration:
      add(ChangeType::CreateTextSearch, id, "new " + model::kind_name(id.kind));
      break;
  }
  if (id.kind == ObjectKind::Table) table_extras(nullptr, *definition<model::Table>(after_, id), id);
  if (id.kind == ObjectKind::Sequence && definition<model::Sequence>(after_, id)->owned_by) {
    add(ChangeType::SetSequenceOwner, id, "new sequence belongs to a column");
  }
  if (id.kind == ObjectKind::Column) {
    const auto* column = definition<model::Column>(after_, id);
    if (!column->details->storage.empty() || column->statistics >= 0) {
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

void Comparer::emit_drop(const ObjectId& id) {
  switch (id.kind) {
    case ObjectKind::Schema: if (!model::is_predefined_schema(id.name)) add(ChangeType::DropSchema, id, "schema removed"); break;
    case ObjectKind::Extension: add(ChangeType::DropExtension, id, "extension removed"); break;
    case ObjectKind::Type: add(ChangeType::DropType, id, "type removed"); break;
    case ObjectKind::Domain: add(ChangeType::DropDomain, id, "domain removed"); break;
    case ObjectKind::Sequence: add(ChangeType::DropSequence, id, "sequence removed"); break;
    case ObjectKind::Function: case ObjectKind::Procedure: add(ChangeType::DropRoutine, id, "routine removed"); break;
    case ObjectKind::Aggregate: add(ChangeType::DropAggregate, id, "aggregate removed"); break;
    case ObjectKind::Operator: add(ChangeType::DropOperator, id, "operator removed"); break;
    case ObjectKind::Table: {
      add(ChangeType::DropTable, id, "table removed");
      // Detached first: a new partition may take its bound (or be the DEFAULT) before it is dropped.
      const auto& parent = definition<model::Table>(before_, id)->partition_of;
      if (parent && !dropped_.count(ObjectId{ObjectKind::Table, parent->schema, parent->name, "", ""})) {
        add(ChangeType::DetachPartition, id, "the partition is dropped: its bound is freed first");
      }
      break;
    }
    case ObjectKind::Column:
      if (!table_is_dropped(id) && !(inherited_from_partition_parent(id, before_) && stays_with_partition_parent(id)) &&
          !inherited_by_table(id, after_)) {
        add(ChangeType::DropColumn, id, "column removed");
      }
      break;
    case ObjectKind::Constraint:
      // Foreign keys of dropped tables go first, so tables on a foreign-key cycle can be dropped.
      if ((!table_is_dropped(id) && !(definition<model::Constraint>(before_, id)->kind == model::ConstraintKind::Check && check_inherited_by_table(id, after_))) ||
          definition<model::Constraint>(before_, id)->kind == model::ConstraintKind::ForeignKey) {
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
    case ObjectKind::Collation: add(ChangeType::DropCollation, id, "collation removed"); break;
    case ObjectKind::TextSearchDictionary: case ObjectKind::TextSearchConfiguration:
      add(ChangeType::DropTextSearch, id, model::kind_name(id.kind) + " removed");
      break;
  }
}

void Comparer::compare_object(const ObjectId& id) {
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
    case ObjectKind::Function: case ObjectKind::Procedure: case ObjectKind::Aggregate: case ObjectKind::Operator:
      compare_routine(id);
      break;
    case ObjectKind::Column: compare_column(id); break;
    case ObjectKind::Constraint: compare_constraint(id); break;
    case ObjectKind::Policy:
      if (*definition<model::Policy>(before_, id) != *definition<model::Policy>(after_, id)) recreate(id, "policy changed");
      break;
    case ObjectKind::Index: compare_index(id); break;
    case ObjectKind::View: case ObjectKind::MaterializedView:
      if (*definition<model::View>(before_, id) != *definition<model::View>(after_, id)) recreate(id, "view definition changed");
      break;
    case ObjectKind::Rule:
      if (*definition<model::Rule>(before_, id) != *definition<model::Rule>(after_, id)) recreate(id, "rule changed");
      break;
    case ObjectKind::Trigger: compare_trigger(id); break;
    case ObjectKind::Collation:
      // No ALTER changes a collation's definition.
      if (*definition<model::Collation>(before_, id) != *definition<model::Collation>(after_, id)) recreate(id, "collation changed");
      break;
    case ObjectKind::TextSearchDictionary: {
      const auto* a = definition<model::TextSearchDictionary>(before_, id);
      const auto* b = definition<model::TextSearchDictionary>(after_, id);
      if (a->template_name != b->template_name) recreate(id, "text search template changed");
      else if (a->options != b->options) add(ChangeType::AlterTextSearch, id, "dictionary options changed");
      break;
    }
    case ObjectKind::TextSearchConfiguration: {
      const auto* a = definition<model::TextSearchConfiguration>(before_, id);
      const auto* b = definition<model::TextSearchConfiguration>(after_, id);
      if (a->parser != b->parser) recreate(id, "text search parser changed");
      else if (a->mappings != b->mappings) add(ChangeType::AlterTextSearch, id, "mappings changed");
      break;
    }
  }
  if (id.kind == ObjectKind::Table) {
    table_extras(definition<model::Table>(before_, id), *definition<model::Table>(after_, id), id);
  }
}

}  // namespace detail


std::string change_type_name(ChangeType type) {
  static const char* names[] = {
      "create schema", "drop schema", "create extension", "drop extension", "alter extension", "create type", "drop type",
      "add enum value", "alter composite type", "rebuild type", "create domain", "drop domain", "alter domain", "create sequence", "drop sequence",
      "alter sequence", "set sequence owner", "create routine", "replace routine", "drop routine",
      "create aggregate", "drop aggregate", "create operator", "drop operator", "create table", "drop table",
      "alter table", "add column", "drop column", "alter column type", "set column default",
      "drop column default", "drop column expression", "set not null", "drop not null", "alter column identity", "alter column attributes",
      "add constraint", "drop constraint", "validate constraint", "create index", "drop index", "attach index",
      "attach partition", "detach partition", "create view", "drop view", "create trigger", "drop trigger",
      "alter trigger state", "create policy", "drop policy", "create rule", "drop rule",
      "create collation", "drop collation", "create text search object", "drop text search object", "alter text search object",
      "set comment", "set privileges", "set owner", "rename"};
  return names[static_cast<int>(type)];
}

ChangeSet compare(const model::Catalog& from, const model::Catalog& to, const CompareOptions& options) {
  return compare(share(from), share(to), options);
}

namespace {

// An index of a renamed table that the target has under another name on the table's new name, the
// same index otherwise (PostgreSQL names a partition's copy of its parent's index after the
// partition): renamed with the table, not dropped and created again (a partition cannot have two
// copies of one parent index attached, and the index is rebuilt for nothing).
std::vector<Rename> with_index_renames(const model::Catalog& from, const model::Catalog& to, std::vector<Rename> renames) {
  const size_t declared = renames.size();
  for (size_t i = 0; i < declared; ++i) {
    const Rename r = renames[i];
    if (r.kind != ObjectKind::Table) continue;
    const auto* source = from.find_schema(r.schema);
    const auto* target = to.find_schema(r.schema);
    if (!source || !target) continue;
    auto alike = [](model::Index a, model::Index b) {
      a.name = b.name;
      a.table = b.table;
      a.created = b.created;
      return a == b;
    };
    auto already = [&](const std::string& name, bool as_old) {
      return std::any_of(renames.begin(), renames.end(), [&](const Rename& x) {
        return x.kind == ObjectKind::Index && x.schema == r.schema && (as_old ? x.old_name : x.new_name) == name;
      });
    };
    for (const auto& [name, index] : source->indexes) {
      if (index.table != r.old_name || target->indexes.count(name) || already(name, true)) continue;
      for (const auto& [new_name, candidate] : target->indexes) {
        if (candidate.table != r.new_name || source->indexes.count(new_name) || already(new_name, false) || !alike(index, candidate)) continue;
        renames.push_back({ObjectKind::Index, r.schema, "", name, new_name});
        break;
      }
    }
  }
  return renames;
}

}  // namespace

ChangeSet compare(const SharedCatalog& from, const SharedCatalog& to, const CompareOptions& given) {
  CompareOptions options = given;
  options.renames = with_index_renames(from->catalog, to->catalog, given.renames);
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
  auto changes = detail::Comparer(*set.indexed_source, *set.indexed_target, options).run();
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
  for (auto& change : set.changes) change.assessment = assess(change, set.before(), set.after(), options);
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

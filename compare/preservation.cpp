#include "compare/preservation.h"

#include <fmt/format.h>

#include <algorithm>

#include <set>

#include "compare/catalog_index.h"
#include "compare/hazards.h"
#include "model/inherited_columns.h"

namespace schemadelta::compare {

using model::ObjectId;
using model::ObjectKind;

const Holding* PreservationPlan::held(HoldingKind kind, const ObjectId& id) const {
  for (const auto& h : holdings) {
    if (h.kind == kind && h.held == id) return &h;
  }
  return nullptr;
}

const Holding* PreservationPlan::restored(HoldingKind kind, const ObjectId& id) const {
  for (const auto& h : holdings) {
    if (h.kind == kind && h.restored == id) return &h;
  }
  return nullptr;
}

namespace {

std::uint32_t fnv1a(const std::string& text) {
  std::uint32_t hash = 2166136261u;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 16777619u;
  }
  return hash;
}

}  // namespace

std::string migration_id(const std::string& from_fingerprint, const std::string& to_fingerprint) {
  return fmt::format("{:08x}", fnv1a(from_fingerprint + "->" + to_fingerprint));
}

std::string holding_name(const std::string& readable, const std::string& id) {
  constexpr std::size_t kMaxIdentifier = 63;
  std::string name = readable + "@" + id;
  if (name.size() <= kMaxIdentifier) return name;
  std::string suffix = fmt::format("~{:08x}@{}", fnv1a(readable), id);
  std::string prefix = readable.substr(0, kMaxIdentifier - suffix.size());
  // Never cut a UTF-8 sequence in half.
  while (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0xC0) == 0x80) prefix.pop_back();
  if (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0x80)) prefix.pop_back();
  return prefix + suffix;
}

namespace {

// The object under the names the opposite script uses: the change set was compared after
// `renames` were applied to its source, the opposite one after they were undone.
class OriginalNames {
 public:
  explicit OriginalNames(const std::vector<Rename>& renames) : renames_(renames) {}

  std::string table(const std::string& schema, const std::string& name) const {
    for (const auto& r : renames_) {
      if (r.kind == ObjectKind::Table && r.schema == schema && r.new_name == name) return r.old_name;
    }
    return name;
  }
  // A column rename names its table as the user wrote it: the old name, or the new one.
  std::string column(const std::string& schema, const std::string& table_name, const std::string& name) const {
    const std::string old_table = table(schema, table_name);
    for (const auto& r : renames_) {
      if (r.kind == ObjectKind::Column && r.schema == schema && (r.table == table_name || r.table == old_table) && r.new_name == name) {
        return r.old_name;
      }
    }
    return name;
  }
  std::string sequence(const std::string& schema, const std::string& name) const {
    for (const auto& r : renames_) {
      if (r.kind == ObjectKind::Sequence && r.schema == schema && r.new_name == name) return r.old_name;
    }
    return name;
  }
  ObjectId of(const ObjectId& id) const {
    ObjectId original = id;
    if (id.kind == ObjectKind::Table) original.name = table(id.schema, id.name);
    if (id.kind == ObjectKind::Sequence) original.name = sequence(id.schema, id.name);
    if (id.kind == ObjectKind::Column) {
      original.parent = table(id.schema, id.parent);
      original.name = column(id.schema, id.parent, id.name);
    }
    return original;
  }

 private:
  const std::vector<Rename>& renames_;
};

bool references_column(const model::IndexElement& element, const std::string& column) {
  return element.expression.canonical == column || element.expression.canonical == "\"" + column + "\"";
}

// A key column whose type change keeps its values and their equality across the two types
// (int = bigint, varchar = text), so rows held under one type find their rows under the other.
bool still_matches(const model::TypeRef& from, const model::TypeRef& to) {
  if (from == to) return true;
  if (!widens(from, to) || from.array_dimensions || to.array_dimensions) return false;
  static const std::set<std::string> integers{"smallint", "integer", "bigint"};
  static const std::set<std::string> texts{"character varying", "text"};
  return (integers.count(from.name) && integers.count(to.name)) || (texts.count(from.name) && texts.count(to.name));
}

// A key that identifies every row both before and after the change set: the primary key, else a
// unique constraint or plain unique index over NOT NULL columns; every key column kept (its type
// the same or widened) in the target and not the column being held.
std::optional<std::vector<std::string>> row_key(const ObjectId& table_id, const std::string& held_column, const IndexedCatalog& indexed_source,
                                                const model::Catalog& target) {
  const auto& source = indexed_source.catalog;
  const auto* schema = source.find_schema(table_id.schema);
  const auto* target_schema = target.find_schema(table_id.schema);
  if (!schema || !target_schema || !schema->tables.count(table_id.name) || !target_schema->tables.count(table_id.name)) return std::nullopt;
  const auto& table = schema->tables.at(table_id.name);
  const auto& after = target_schema->tables.at(table_id.name);
  auto usable = [&](const std::vector<std::string>& columns, bool need_not_null) {
    if (columns.empty()) return false;
    for (const auto& name : columns) {
      const auto* column = table.find_column(name);
      const auto* kept = after.find_column(name);
      if (!column || !kept || name == held_column || !still_matches(column->type, kept->type) || column->details->generated) return false;
      if (need_not_null && !(column->not_null && kept->not_null)) return false;
    }
    return true;
  };
  for (const auto& [_, c] : table.constraints) {
    if (c.kind == model::ConstraintKind::PrimaryKey && usable(c.columns, false)) return c.columns;
  }
  for (const auto& [_, c] : table.constraints) {
    if (c.kind == model::ConstraintKind::Unique && usable(c.columns, true)) return c.columns;
  }
  std::vector<std::string> best;
  for (const auto& part : IndexedCatalog::in(indexed_source.parts_by_table, table_id.schema, table_id.name)) {
    if (part.kind != ObjectKind::Index) continue;
    const auto& index = *definition<model::Index>(indexed_source.index, part);
    if (!index.unique || index.where || index.method != "btree") continue;
    std::vector<std::string> columns;
    for (const auto& element : index.elements) {
      for (const auto& column : table.columns) {
        if (references_column(element, column.name)) columns.push_back(column.name);
      }
    }
    if (columns.size() == index.elements.size() && usable(columns, true) && (best.empty() || columns.size() < best.size())) best = columns;
  }
  if (!best.empty()) return best;
  return std::nullopt;
}

bool single_column_key(const ObjectId& table_id, const std::string& column, const model::Catalog& source) {
  const auto* schema = source.find_schema(table_id.schema);
  if (!schema || !schema->tables.count(table_id.name)) return false;
  for (const auto& [_, c] : schema->tables.at(table_id.name).constraints) {
    if ((c.kind == model::ConstraintKind::PrimaryKey || c.kind == model::ConstraintKind::Unique) && c.columns == std::vector{column}) {
      return true;
    }
  }
  return false;
}

// The column renames that reach a table the script holds, before it holds it: its own and its
// ancestors' (a partition's or an inheritance child's columns are renamed with the parent's).
// Restored (original) name -> held name.
std::map<std::string, std::string> columns_renamed_before_the_hold(const CatalogIndex& before, const ObjectId& table,
                                                                   const std::vector<Rename>& renames, const OriginalNames& original) {
  std::map<std::string, std::string> renamed;
  std::set<std::string> tables;  // the table and its ancestors, under both names
  std::vector<model::QualifiedName> pending{{table.schema, table.name}};
  while (!pending.empty() && tables.size() < 200) {
    const auto name = pending.back();
    pending.pop_back();
    if (name.schema != table.schema || !tables.insert(name.name).second) continue;  // renames name the table's schema
    tables.insert(original.table(name.schema, name.name));
    const auto* t = definition<model::Table>(before, ObjectId{ObjectKind::Table, name.schema, name.name, "", ""});
    if (!t) continue;
    if (t->partition_of) pending.push_back(*t->partition_of);
    pending.insert(pending.end(), t->inherits.begin(), t->inherits.end());
  }
  for (const auto& r : renames) {
    if (r.kind == ObjectKind::Column && r.schema == table.schema && tables.count(r.table)) renamed[r.old_name] = r.new_name;
  }
  return renamed;
}

}  // namespace

PreservationPlan plan_preservation(const ChangeSet& changes, const std::string& archive_schema, const std::string& id,
                                   const std::string& release, const std::vector<Rename>& renames) {
  PreservationPlan plan;
  plan.archive_schema = archive_schema;
  plan.id = id;
  plan.release = release;
  const OriginalNames original(renames);
  const auto& before = changes.before();
  const auto& after = changes.after();
  // A table the script drops (or rebuilds) is held whole, before its columns change: holding a
  // column's values too would find no table on the first run and the rebuilt one on a re-run.
  std::set<ObjectId> held_whole;
  for (const auto& change : changes.changes) {
    if (change.type == ChangeType::DropTable) held_whole.insert(change.id);
  }
  auto keyed = [&](HoldingKind kind, const ObjectId& column_id, const std::string& suffix, const std::string& what) {
    const ObjectId table_id{ObjectKind::Table, column_id.schema, column_id.parent, "", ""};
    if (held_whole.count(table_id)) return;
    auto key = row_key(table_id, column_id.name, *changes.indexed_source, *changes.target);
    // A narrowed column that is itself the table's key matches its rows by its narrowed value
    // (unique, or the narrowing would have failed).
    if (!key && kind == HoldingKind::Values && single_column_key(table_id, column_id.name, *changes.source)) key.emplace();
    if (!key) {
      plan.problems.push_back(fmt::format("{} of {}: {}.{} has no primary key or NOT NULL unique key kept by the change to copy them by",
                                          what, model::describe(column_id), column_id.schema, column_id.parent));
      plan.not_held.push_back(column_id);
      return;
    }
    Holding h{kind, column_id, original.of(column_id),
              holding_name(column_id.schema + "." + column_id.parent + "." + column_id.name + suffix, id), {}};
    for (const auto& column : *key) h.key.push_back({column, original.column(column_id.schema, column_id.parent, column)});
    plan.holdings.push_back(std::move(h));
  };
  // A column added to a table that has rows, with a default that takes values from a kept
  // sequence (nextval): ADD COLUMN fills every row and moves the sequence on; its position is
  // recorded for the way back (which sets it back only if nothing took a value since). `declared`
  // is the column whose default it is (the parent's, for a column a child gains by inheritance).
  auto record_sequences_moved = [&](const ObjectId& added, const ObjectId& declared) {
    const ObjectId table_id{ObjectKind::Table, added.schema, added.parent, "", ""};
    const auto* column = definition<model::Column>(after, declared);
    const auto uses = changes.target->dependencies.find(declared);
    if (!definition<model::Table>(before, table_id) || !column || !column->default_value || uses == changes.target->dependencies.end()) return;
    for (const auto& sequence : uses->second) {
      if (sequence.kind != ObjectKind::Sequence || !definition<model::Sequence>(before, sequence) || !definition<model::Sequence>(after, sequence)) continue;
      Holding h{HoldingKind::Sequence, sequence, original.of(sequence), holding_name(sequence.schema + "." + sequence.name, id), {}};
      h.moved_by = added;
      plan.holdings.push_back(std::move(h));
    }
  };
  for (const auto& change : changes.changes) {
    const ObjectId& object = change.id;
    switch (change.type) {
      case ChangeType::DropTable: {
        Holding h{HoldingKind::Table, object, original.of(object), holding_name(object.schema + "." + object.name, id), {}};
        h.renamed_columns = columns_renamed_before_the_hold(before, object, renames, original);
        plan.holdings.push_back(std::move(h));
        break;
      }
      case ChangeType::DropColumn: {
        const auto* column = definition<model::Column>(before, object);
        // Derived values: nothing to keep. A plain column rebuilt to become generated has its own.
        if (!column || column->details->generated) break;
        keyed(HoldingKind::Column, object, "", "the values");
        break;
      }
      case ChangeType::AlterColumnType: {
        const auto* from = definition<model::Column>(before, object);
        const auto* to = definition<model::Column>(after, object);
        if (!from || !to || widens(from->type, to->type) || from->details->generated) break;
        keyed(HoldingKind::Values, object, ":" + model::to_string(from->type), "the original values");
        break;
      }
      case ChangeType::AlterColumnIdentity: {
        // DROP IDENTITY drops the identity's sequence: its position is recorded.
        const auto* from = definition<model::Column>(before, object);
        const auto* to = definition<model::Column>(after, object);
        if (!from || !to || from->details->identity->kind == model::IdentityKind::None || to->details->identity->kind != model::IdentityKind::None) break;
        const ObjectId sequence{ObjectKind::Sequence, object.schema, from->details->identity->sequence_name, "", ""};
        plan.holdings.push_back({HoldingKind::Sequence, sequence, sequence, holding_name(object.schema + "." + sequence.name, id), {}});
        break;
      }
      case ChangeType::AlterTable: {
        // Leaving a parent: the columns the child had from it and TARGET's child lacks are dropped.
        if (change.attribute != TableAttribute::Inheritance) break;
        const auto* from = definition<model::Table>(before, object);
        const auto* to = definition<model::Table>(after, object);
        if (!from || !to) break;
        for (const auto& column : model::columns_lost_with_parents(*changes.source, *from, *changes.target, *to)) {
          if (column.details->generated) continue;
          keyed(HoldingKind::Column, ObjectId{ObjectKind::Column, object.schema, column.name, object.name, ""}, "", "the values");
        }
        // Joining a parent: a column gained with a nextval default fills the child's rows as ADD COLUMN does.
        for (const auto& column : model::columns_gained_with_parents(*changes.source, *from, *changes.target, *to)) {
          for (const auto& parent : to->inherits) {
            const ObjectId parent_column{ObjectKind::Column, parent.schema, column.name, parent.name, ""};
            if (!definition<model::Column>(after, parent_column)) continue;
            record_sequences_moved(ObjectId{ObjectKind::Column, object.schema, column.name, object.name, ""}, parent_column);
            break;
          }
        }
        break;
      }
      case ChangeType::RebuildType: {
        // A composite type losing (or changing) an attribute: the columns of it keep the other
        // attributes only, so their whole values are held.
        const auto* from = definition<model::Type>(before, object);
        const auto* to = definition<model::Type>(after, object);
        if (change.timing != Timing::Normal || !from || !to || from->kind != model::TypeKind::Composite || to->kind != model::TypeKind::Composite) break;
        const bool loses = std::any_of(from->attributes.begin(), from->attributes.end(), [&](const auto& attribute) {
          return std::find(to->attributes.begin(), to->attributes.end(), attribute) == to->attributes.end();
        });
        if (!loses) break;
        for (const auto& column_id : IndexedCatalog::in(changes.indexed_source->columns_by_type, object.schema, object.name)) {
          const auto* column = definition<model::Column>(before, column_id);
          const auto* kept = definition<model::Column>(after, column_id);
          if (!column || !kept || column->type != kept->type || column->type.array_dimensions || column->details->generated) continue;
          keyed(HoldingKind::Values, column_id, ":" + object.name, "the whole values (type " + object.schema + "." + object.name + " loses attributes)");
        }
        break;
      }
      case ChangeType::DropSequence:
        plan.holdings.push_back({HoldingKind::Sequence, object, original.of(object), holding_name(object.schema + "." + object.name, id), {}});
        break;
      case ChangeType::AddColumn:
        record_sequences_moved(object, object);
        break;
      default: break;
    }
  }
  return plan;
}

bool PreservationPlan::holds_nothing_of(const ObjectId& id) const {
  return std::find(not_held.begin(), not_held.end(), id) != not_held.end();
}

void drop_moves_of_restored(PreservationPlan& plan, const PreservationPlan& opposite) {
  std::erase_if(plan.holdings, [&](const Holding& h) { return h.moved_by && opposite.restored(HoldingKind::Column, *h.moved_by); });
}

std::string needs_a_value(const model::Column& column, const CatalogIndex& catalog, bool from_parent) {
  if (column.details->identity->kind != model::IdentityKind::None || column.details->generated) return "";
  if (from_parent && column.not_null) return "it is a NOT NULL column of a parent table (INHERIT needs it NOT NULL in the child)";
  if (column.type.is_builtin() || column.type.array_dimensions) return "";
  const auto* domain = definition<model::Domain>(catalog, ObjectId{ObjectKind::Domain, column.type.schema, column.type.name, "", ""});
  if (domain && domain->not_null && !domain->default_value) return "its type " + model::to_string(column.type) + " is a NOT NULL domain";
  return "";
}

namespace {

// The columns a change drops (or, on the way back, adds) that the plan does not hold: a dropped
// column itself, or those a table loses with a parent it leaves (gains with one it joins).
std::vector<model::Column> not_held_columns(const PreservationPlan& plan, const Change& change, const ChangeSet& dropping, bool way_back) {
  std::vector<model::Column> columns;
  if (change.type == ChangeType::DropColumn || change.type == ChangeType::AddColumn) {
    const auto* column = definition<model::Column>(change.type == ChangeType::DropColumn ? dropping.before() : dropping.after(), change.id);
    if (column && plan.holds_nothing_of(change.id)) columns.push_back(*column);
  }
  if (change.type == ChangeType::AlterTable && change.attribute == TableAttribute::Inheritance) {
    for (const auto& id : plan.not_held) {
      if (id.kind != ObjectKind::Column || id.schema != change.id.schema || id.parent != change.id.name) continue;
      const auto* table = definition<model::Table>(dropping.before(), change.id);
      const auto* to = definition<model::Table>(dropping.after(), change.id);
      if (!table || !to) continue;
      const auto moved = way_back ? model::columns_gained_with_parents(*dropping.source, *table, *dropping.target, *to)
                                  : model::columns_lost_with_parents(*dropping.source, *table, *dropping.target, *to);
      for (const auto& column : moved) {
        if (column.name == id.name) columns.push_back(column);
      }
    }
  }
  return columns;
}

}  // namespace

void note_not_held(const PreservationPlan& plan, ChangeSet& changes, ChangeSet* way_back) {
  if (plan.not_held.empty()) return;
  auto note = [](Change& change, Hazard hazard, const std::string& text) {
    auto& assessment = change.assessment;
    if (std::find(assessment.hazards.begin(), assessment.hazards.end(), hazard) != assessment.hazards.end()) return;
    assessment.hazards.push_back(hazard);
    assessment.explanation += (assessment.explanation.empty() ? "" : "; ") + text;
  };
  // A column that has no empty value cannot come back at all while its table has rows.
  auto no_way_back = [&](Change& change, const model::Column& column, bool from_parent) {
    const std::string why = column.default_value ? "" : needs_a_value(column, changes.before(), from_parent);
    if (why.empty()) return false;
    note(change, Hazard::NoWayBackWithRows, "column " + column.name + " cannot be rolled back once the table has rows: " + why + ", so it cannot come back empty");
    return true;
  };
  for (auto& change : changes.changes) {
    const bool inheritance = change.type == ChangeType::AlterTable;
    for (const auto& column : not_held_columns(plan, change, changes, false)) {
      if (change.type == ChangeType::DropColumn) note(change, Hazard::NotHeld, "not kept (no key to match rows by): the rollback adds it back empty");
      if (inheritance) note(change, Hazard::NotHeld, "column " + column.name + " not kept (no key to match rows by): the rollback adds it back empty");
      if (change.type == ChangeType::DropColumn || inheritance) no_way_back(change, column, inheritance);
    }
    if (change.type == ChangeType::AlterColumnType && plan.holds_nothing_of(change.id)) {
      note(change, Hazard::NotHeld, "old values not kept (no key to match rows by)");
    }
  }
  if (!way_back) return;
  for (auto& change : way_back->changes) {
    if (change.type != ChangeType::AddColumn && change.type != ChangeType::AlterTable) continue;
    const bool inheritance = change.type == ChangeType::AlterTable;
    // The way back's source is this script's target: the column as the way back adds it.
    for (const auto& column : not_held_columns(plan, change, *way_back, true)) {
      note(change, Hazard::NotHeld, "comes back empty: the migration could not keep its values");
      const std::string why = column.default_value ? "" : needs_a_value(column, way_back->after(), inheritance);
      if (why.empty()) continue;
      note(change, Hazard::NoWayBackWithRows, "column " + column.name + " cannot come back while the table has rows: " + why);
      change.assessment.no_way_back.push_back(column.name);
    }
  }
}

}  // namespace schemadelta::compare

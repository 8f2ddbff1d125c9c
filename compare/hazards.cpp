#include "compare/hazards.h"

#include <algorithm>
#include <map>
#include <set>

#include "compare/catalog_index.h"
#include "model/inherited_columns.h"

namespace schemadelta::compare {

namespace {

// "(12,2)" -> {12, 2}; "(20)" -> {20}; "" -> {}.
std::vector<int> modifiers(const model::TypeRef& type) {
  std::vector<int> values;
  std::string text = type.modifiers;
  size_t i = 0;
  while (i < text.size()) {
    if (std::isdigit(static_cast<unsigned char>(text[i]))) {
      size_t j = i;
      while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
      values.push_back(std::stoi(text.substr(i, j - i)));
      i = j;
    } else {
      ++i;
    }
  }
  return values;
}

int integer_rank(const std::string& name) {
  static const std::map<std::string, int> ranks{{"smallint", 1}, {"integer", 2}, {"bigint", 3}};
  auto it = ranks.find(name);
  return it == ranks.end() ? 0 : it->second;
}

}  // namespace

bool widens(const model::TypeRef& from, const model::TypeRef& to) {
  if (from == to) return true;
  if (from.array_dimensions != to.array_dimensions) return false;
  if (to.is_builtin() && to.name == "text") return true;  // every value has a text form
  if (!from.is_builtin() || !to.is_builtin()) return false;
  const auto a = modifiers(from), b = modifiers(to);
  const bool character = from.name == "character varying" || from.name == "character" || from.name == "text";
  if (character && to.name == "character varying") return b.empty() || (!a.empty() && b[0] >= a[0]);
  if (integer_rank(from.name) && integer_rank(to.name)) return integer_rank(to.name) >= integer_rank(from.name);
  if (integer_rank(from.name) && to.name == "numeric") return b.empty() || b[0] - (b.size() > 1 ? b[1] : 0) >= 19;
  if (from.name == "real" && to.name == "double precision") return true;
  if (from.name == "numeric" && to.name == "numeric") {
    if (b.empty()) return true;
    if (a.empty()) return false;
    const int scale_a = a.size() > 1 ? a[1] : 0, scale_b = b.size() > 1 ? b[1] : 0;
    return scale_b >= scale_a && b[0] - scale_b >= a[0] - scale_a;
  }
  const bool temporal = from.name.starts_with("timestamp") || from.name.starts_with("time ");
  if (temporal && from.name == to.name) return b.empty() || (!a.empty() && b[0] >= a[0]);
  if (from.name == "timestamp without time zone" && to.name == "timestamp with time zone") return true;
  if (from.name == "bit varying" && to.name == "bit varying") return b.empty() || (!a.empty() && b[0] >= a[0]);
  return false;
}

bool validates_after_commit(const model::Constraint& constraint, const CatalogIndex& before, const model::ObjectId& id) {
  const bool kind = constraint.kind == model::ConstraintKind::Check || constraint.kind == model::ConstraintKind::ForeignKey;
  if (!kind || !constraint.validated || !constraint.enforced) return false;
  // NOT VALID on a partitioned table, a partition or a parent with children is not what it is on
  // a plain table (partitions and children get validated copies): those are added validated.
  const auto* table = definition<model::Table>(before, {model::ObjectKind::Table, id.schema, id.parent, "", ""});
  return table && !table->partition_by && !table->partition_of && table->inherits.empty();
}

Assessment assess(const Change& change, const CatalogIndex& before, const CatalogIndex& after, const CompareOptions& options) {
  const bool concurrent_indexes = options.concurrent_indexes;
  Assessment a;
  auto destructive = [&](Hazard hazard, std::string why) {
    a.safety = Safety::Destructive;
    a.hazards.push_back(hazard);
    a.explanation = std::move(why);
  };
  auto blocking = [&](std::vector<Hazard> hazards, std::string why) {
    if (a.safety == Safety::Safe) a.safety = Safety::Blocking;
    a.hazards.insert(a.hazards.end(), hazards.begin(), hazards.end());
    if (a.explanation.empty()) a.explanation = std::move(why);
  };
  const model::ObjectId table_id{model::ObjectKind::Table, change.id.schema, change.id.parent, "", ""};
  const bool existing_table = before.count(table_id) > 0;
  switch (change.type) {
    case ChangeType::DropTable: destructive(Hazard::DeletesData, "drops the table and its rows"); break;
    case ChangeType::DropColumn:
      if (change.timing == Timing::Rebuild) blocking({Hazard::RewritesTable}, "rebuilds a generated column");
      else destructive(Hazard::DeletesData, "drops the column and its values");
      break;
    case ChangeType::DropSequence: destructive(Hazard::DeletesData, "drops the sequence and its current value"); break;
    case ChangeType::AlterSequence: {
      // A bound moved towards the values already given: a sequence past it cannot go on.
      const auto* from = definition<model::Sequence>(before, change.id);
      const auto* to = definition<model::Sequence>(after, change.id);
      if (!from || !to) break;
      const bool ascending = to->options.increment > 0;
      if (ascending && to->options.max_value < from->options.max_value) {
        destructive(Hazard::MayFailOnExistingRows, "lowers MAXVALUE to " + std::to_string(to->options.max_value) +
                                                       ": stops (pre-flight) if the sequence is already past it");
      } else if (!ascending && to->options.min_value > from->options.min_value) {
        destructive(Hazard::MayFailOnExistingRows, "raises MINVALUE to " + std::to_string(to->options.min_value) +
                                                       ": stops (pre-flight) if the sequence is already past it");
      }
      break;
    }
    case ChangeType::RebuildType:
      if (change.timing == Timing::AfterDrops) break;  // the old copy's drop: assessed with the rebuild
      destructive(Hazard::MayFailOnExistingRows, "rebuilds the type: rows holding removed values or shapes cannot convert");
      break;
    case ChangeType::AlterColumnType: {
      const auto* from = definition<model::Column>(before, change.id);
      const auto* to = definition<model::Column>(after, change.id);
      if (from && to && !widens(from->type, to->type)) {
        destructive(Hazard::NarrowsValues, "changes " + model::to_string(from->type) + " to " + model::to_string(to->type) +
                                               ", which cannot hold every value of the old type");
        a.hazards.push_back(Hazard::MayFailOnExistingRows);
      }
      blocking({Hazard::RewritesTable, Hazard::BlocksWrites}, "changes a column type (may rewrite the table)");
      break;
    }
    case ChangeType::SetNotNull:
      if (options.not_null_by_check && definition<model::Column>(before, change.id)) {
        a.hazards.push_back(Hazard::MayFailOnExistingRows);
        a.explanation = "checks for NULLs with a CHECK validated before the transaction (writes go on); SET NOT NULL then needs no scan";
      } else {
        blocking({Hazard::MayFailOnExistingRows, Hazard::BlocksWrites}, "scans the table for NULLs");
      }
      break;
    case ChangeType::AlterTable: {
      // Leaving a parent: the columns the table had only from it go, with their values.
      if (change.attribute != TableAttribute::Inheritance) break;
      const auto* from = definition<model::Table>(before, change.id);
      const auto* to = definition<model::Table>(after, change.id);
      if (!from || !to) break;
      const auto had = columns_through_parents(*from, before);
      const auto keeps = columns_through_parents(*to, after);
      auto declared = [](const model::Table& t, const std::string& column) {
        return std::any_of(t.columns.begin(), t.columns.end(), [&](const auto& c) { return c.name == column; });
      };
      for (const auto& column : had) {
        if (declared(*from, column) || declared(*to, column)) continue;
        if (!keeps.count(column)) {
          destructive(Hazard::DeletesData, "leaves a parent table: its column " + column + " is dropped from this table with its values");
          break;
        }
        // INHERIT needs the column generated as the new parent's is: it is dropped and added again.
        const auto* old_column = column_through_parents(*from, before, column);
        const auto* new_column = column_through_parents(*to, after, column);
        if (old_column && new_column && model::generation_rebuilds(*old_column, *new_column)) {
          destructive(Hazard::DeletesData, "changes parents: its column " + column +
                                               " is generated in one parent and not in the other (or by another expression), so it is dropped with its values and added again");
          break;
        }
      }
      // Joining a parent: its NOT NULL columns without a default are added empty, its CHECKs
      // are added and checked (INHERIT needs both in the child first).
      const auto had_checks = checks_through_parents(*from, before);
      for (const auto& check : checks_through_parents(*to, after)) {
        if (!had_checks.count(check) && !from->constraints.count(check)) {
          blocking({Hazard::MayFailOnExistingRows}, "joins a parent table: its CHECK " + check + " is added to this table and fails if a row breaks it");
          break;
        }
      }
      for (const auto& column : keeps) {
        if (declared(*from, column) || had.count(column)) continue;
        if (std::count(a.hazards.begin(), a.hazards.end(), Hazard::MayFailOnExistingRows)) break;
        const auto* parent_column = column_through_parents(*to, after, column);
        if (parent_column && parent_column->not_null && !parent_column->default_value && parent_column->details->identity->kind == model::IdentityKind::None &&
            !parent_column->details->generated) {
          blocking({Hazard::MayFailOnExistingRows}, "joins a parent table: its NOT NULL column " + column + " is added without a default: fails if the table has rows");
          break;
        }
      }
      break;
    }
    case ChangeType::AddConstraint: {
      // NOT VALID: existing rows are not read (a later VALIDATE CONSTRAINT does it).
      const auto* constraint = definition<model::Constraint>(after, change.id);
      if (existing_table && constraint && options.validate_after_commit && validates_after_commit(*constraint, before, change.id)) {
        a.hazards.push_back(Hazard::MayFailOnExistingRows);
        a.explanation = "added NOT VALID, then validated after the transaction: writes go on";
      } else if (existing_table && (!constraint || constraint->validated)) {
        blocking({Hazard::MayFailOnExistingRows, Hazard::BlocksWrites}, "checks every existing row");
      }
      break;
    }
    case ChangeType::CreateIndex: {
      if (!existing_table) break;
      const auto* index = definition<model::Index>(after, change.id);
      if (index && index->unique) blocking({Hazard::MayFailOnExistingRows}, "builds a unique index: fails (pre-flight) on duplicate rows");
      if (concurrent_indexes && a.explanation.empty()) a.explanation = "builds an index concurrently, after the transaction: writes go on";
      if (!concurrent_indexes) blocking({Hazard::BlocksWrites}, "builds an index; writes wait (use --concurrently)");
      break;
    }
    case ChangeType::AttachPartition:
      if (before.count(change.id)) {
        blocking({Hazard::MayFailOnExistingRows, Hazard::BlocksWrites}, "checks every row of the partition against its bound");
      }
      break;
    case ChangeType::AddColumn: {
      const auto* column = definition<model::Column>(after, change.id);
      if (column && column->not_null && !column->default_value && column->details->identity->kind == model::IdentityKind::None && !column->details->generated) {
        blocking({Hazard::MayFailOnExistingRows}, "adds a NOT NULL column without a default: fails if the table has rows");
      }
      if (column && column->details->generated) blocking({Hazard::RewritesTable}, "adds a stored generated column (rewrites the table)");
      break;
    }
    default: break;
  }
  return a;
}

std::string no_way_back_message(const std::string& schema, const std::string& table, const std::string& column) {
  return "schemadelta pre-flight: column " + schema + "." + table + "." + column + " cannot come back";
}

std::string hazard_name(Hazard hazard) {
  switch (hazard) {
    case Hazard::DeletesData: return "DeletesData";
    case Hazard::NarrowsValues: return "NarrowsValues";
    case Hazard::RewritesTable: return "RewritesTable";
    case Hazard::BlocksWrites: return "BlocksWrites";
    case Hazard::MayFailOnExistingRows: return "MayFailOnExistingRows";
    case Hazard::NotHeld: return "NotHeld";
    case Hazard::NoWayBackWithRows: return "NoWayBackWithRows";
  }
  return "";
}

std::string safety_name(Safety safety) {
  switch (safety) {
    case Safety::Safe: return "safe";
    case Safety::Blocking: return "blocking";
    case Safety::Destructive: return "destructive";
  }
  return "";
}

}  // namespace schemadelta::compare

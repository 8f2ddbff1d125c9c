// What the comparison decides for types and domains: enums that gain labels, composites altered in
// place, types rebuilt with the columns that use them. One family of the Comparer (comparer.h).
#include "compare/comparer.h"

namespace schemadelta::compare::detail {

void Comparer::compare_type(const ObjectId& id) {
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
void Comparer::rebuild_type(const ObjectId& id, const std::string& reason) {
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
  // A column of SOURCE that keeps the old type until it goes (its table dropped or moved to another
  // schema, the column dropped or given another type): the old type is dropped after it, not with the rebuild.
  const auto kept = IndexedCatalog::in(indexed_after_.columns_by_type, id.schema, id.name);
  for (const auto& column_id : IndexedCatalog::in(indexed_before_.columns_by_type, id.schema, id.name)) {
    if (std::ranges::find(kept, column_id) != kept.end()) continue;
    add(ChangeType::RebuildType, id, "the old type goes after the columns that still use it", Timing::AfterDrops);
    break;
  }
}

void Comparer::compare_domain(const ObjectId& id) {
  const auto* a = definition<model::Domain>(before_, id);
  const auto* b = definition<model::Domain>(after_, id);
  if (*a == *b) return;
  if (a->base_type != b->base_type || a->collation != b->collation) rebuild_type(id, "domain base type changed: the domain is rebuilt and its columns converted");
  else add(ChangeType::AlterDomain, id, "domain default, NOT NULL or constraints changed");
}

}  // namespace schemadelta::compare::detail

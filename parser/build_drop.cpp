// DROP statements: a schema file is a script (`pg_dump --clean` output, hand-written files that
// drop and create again), so a drop takes the object out of the model, with what PostgreSQL drops
// with it. A drop of something this schema does not define (an extension's update script drops
// what an earlier version made) is kept as an unmanaged statement; a drop the server refuses for
// what the schema does define (the wrong kind, a key's index, a schema with objects) is an error.
#include <algorithm>

#include "parser/builders.h"
#include "parser/catalog_lookup.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

namespace {

// Comments, owners and privileges of the object and of its parts (a table's columns, ...).
void forget_side_entries(model::Catalog& catalog, const ObjectId& id) {
  auto belongs = [&](const ObjectId& other) {
    if (other == id) return true;
    if (id.kind == ObjectKind::Schema) return other.schema == id.name;
    return other.schema == id.schema && other.parent == id.name && !id.name.empty() &&
           (id.kind == ObjectKind::Table || id.kind == ObjectKind::View || id.kind == ObjectKind::MaterializedView);
  };
  std::erase_if(catalog.comments, [&](const auto& entry) { return belongs(entry.first); });
  std::erase_if(catalog.owners, [&](const auto& entry) { return belongs(entry.first); });
  std::erase_if(catalog.privileges, [&](const auto& entry) { return belongs(entry.first); });
}

// A relation and what hangs on it: its indexes, triggers and the sequences its columns own; with
// CASCADE, the foreign keys of other tables that reference it.
void drop_relation(model::Catalog& catalog, const ObjectId& id, bool cascade, BuildContext& context) {
  auto& schema = catalog.schemas.at(id.schema);
  context.held_names().changing(id.schema, id.name);
  std::erase_if(schema.indexes, [&](const auto& entry) { return entry.second.table == id.name; });
  std::erase_if(schema.triggers, [&](const auto& entry) { return entry.first.first == id.name; });
  std::erase_if(schema.rules, [&](const auto& entry) { return entry.first.first == id.name; });
  for (auto& [_, s] : catalog.schemas) {
    std::erase_if(s.sequences, [&](const auto& entry) {
      const auto& owner = entry.second.owned_by;
      return owner && owner->schema == id.schema && owner->table == id.name;
    });
    if (!cascade) continue;
    for (auto& [table_name, table] : s.tables) {
      std::erase_if(table.constraints, [&](const auto& entry) {
        const auto& c = entry.second;
        return c.kind == model::ConstraintKind::ForeignKey && c.foreign_key.referenced_table.schema == id.schema && c.foreign_key.referenced_table.name == id.name &&
               !(s.name == id.schema && table_name == id.name);
      });
    }
  }
  schema.tables.erase(id.name);
  schema.views.erase(id.name);
  schema.materialized_views.erase(id.name);
  schema.sequences.erase(id.name);
}

// The object a DROP names; nothing when the schema does not define it. `refused`: it names an
// object of another kind (reported here).
std::optional<ObjectId> drop_target(P::ObjectTypeNameContext* type, P::QualifiedNameContext* name, BuildContext& context, bool& refused) {
  auto parts = context.parts(name);
  if (type && type->SCHEMA()) {
    if (!context.catalog().find_schema(parts.back())) return std::nullopt;
    return ObjectId{ObjectKind::Schema, "", parts.back(), "", ""};
  }
  if (type && type->EXTENSION()) {
    if (!context.catalog().extensions.count(parts.back())) return std::nullopt;
    return ObjectId{ObjectKind::Extension, "", parts.back(), "", ""};
  }
  if (type && (type->TYPE_P() || type->DOMAIN_P())) {
    std::string schema = parts.size() == 2 ? parts[0] : context.type_schema(parts[0]);
    const auto* s = context.catalog().find_schema(schema);
    if (!s) return std::nullopt;
    if (type->DOMAIN_P() && s->domains.count(parts.back())) return ObjectId{ObjectKind::Domain, schema, parts.back(), "", ""};
    if (type->TYPE_P() && s->types.count(parts.back())) return ObjectId{ObjectKind::Type, schema, parts.back(), "", ""};
    return std::nullopt;
  }
  if (type && type->COLLATION()) return collation_id(name, context);
  if (type && type->SEARCH()) return text_search_id(type->DICTIONARY() != nullptr, name, context);
  auto id = relation_id(name, context);
  if (!id) return std::nullopt;
  // DROP TABLE names a table, DROP VIEW a view, ...: another kind of relation is not the one meant.
  const bool kind_matches = !type ? id->kind == ObjectKind::Index
                            : type->TABLE() ? id->kind == ObjectKind::Table
                            : type->MATERIALIZED() ? id->kind == ObjectKind::MaterializedView
                            : type->VIEW() ? id->kind == ObjectKind::View
                            : type->INDEX() ? id->kind == ObjectKind::Index
                            : type->SEQUENCE() ? id->kind == ObjectKind::Sequence
                                               : false;
  if (!kind_matches) {
    refused = true;
    context.error(name, "\"" + id->name + "\" is a " + model::kind_name(id->kind) + ": DROP " + context.text(type ? type : nullptr) +
                            (type ? "" : "INDEX") + " does not drop it");
    return std::nullopt;
  }
  return id;
}

void drop_object(const ObjectId& id, bool cascade, antlr4::ParserRuleContext* where, BuildContext& context) {
  auto& catalog = context.catalog();
  switch (id.kind) {
    case ObjectKind::Schema: {
      auto& schema = catalog.schemas.at(id.name);
      const bool empty = schema.tables.empty() && schema.views.empty() && schema.materialized_views.empty() &&
                         schema.sequences.empty() && schema.routines.empty() && schema.types.empty() && schema.domains.empty() &&
                         schema.aggregates.empty() && schema.operators.empty() && schema.collations.empty() &&
                         schema.text_search_dictionaries.empty() && schema.text_search_configurations.empty();
      if (!empty && !cascade) return context.error(where, "cannot drop schema " + id.name + ": objects depend on it (CASCADE drops them)");
      for (const auto& [table, _] : schema.tables) context.held_names().changing(id.name, table);
      catalog.schemas.erase(id.name);
      break;
    }
    case ObjectKind::Extension: catalog.extensions.erase(id.name); break;
    case ObjectKind::Type: catalog.schemas.at(id.schema).types.erase(id.name); break;
    case ObjectKind::Domain: catalog.schemas.at(id.schema).domains.erase(id.name); break;
    case ObjectKind::Function: case ObjectKind::Procedure: {
      catalog.schemas.at(id.schema).routines.erase(id.name + id.signature);
      if (!cascade) break;
      // Triggers run a function of no arguments; CASCADE drops them with it.
      if (id.signature == "()") {
        for (auto& [_, schema] : catalog.schemas) {
          std::erase_if(schema.triggers, [&](const auto& entry) {
            return entry.second.function.schema == id.schema && entry.second.function.name == id.name;
          });
        }
      }
      break;
    }
    case ObjectKind::Aggregate: catalog.schemas.at(id.schema).aggregates.erase(id.name + id.signature); break;
    case ObjectKind::Index: {
      auto& schema = catalog.schemas.at(id.schema);
      if (!schema.indexes.count(id.name)) {
        return context.error(where, "cannot drop index " + id.name + ": constraint " + id.name + " on table " + id.parent + " requires it");
      }
      schema.indexes.erase(id.name);
      break;
    }
    case ObjectKind::Trigger: catalog.schemas.at(id.schema).triggers.erase({id.parent, id.name}); break;
    case ObjectKind::Policy: catalog.schemas.at(id.schema).tables.at(id.parent).policies.erase(id.name); break;
    case ObjectKind::Rule: catalog.schemas.at(id.schema).rules.erase({id.parent, id.name}); break;
    case ObjectKind::Collation: catalog.schemas.at(id.schema).collations.erase(id.name); break;
    case ObjectKind::TextSearchDictionary: catalog.schemas.at(id.schema).text_search_dictionaries.erase(id.name); break;
    case ObjectKind::TextSearchConfiguration: catalog.schemas.at(id.schema).text_search_configurations.erase(id.name); break;
    case ObjectKind::Table: case ObjectKind::View: case ObjectKind::MaterializedView: case ObjectKind::Sequence:
      drop_relation(catalog, id, cascade, context);
      break;
    case ObjectKind::Operator: case ObjectKind::Column: case ObjectKind::Constraint: break;
  }
  forget_side_entries(catalog, id);
}

}  // namespace

void build_drop(P::DropStatementContext* s, BuildContext& context) {
  if (auto* type = s->objectTypeName(); type && (type->DATABASE() || type->ROLE() || type->FOREIGN())) {
    return context.unmanaged(s, "DROP " + context.text(type));
  }
  const bool if_exists = s->ifExists() != nullptr;
  const bool cascade = s->dropBehavior() && s->dropBehavior()->CASCADE();
  auto apply = [&](std::optional<ObjectId> id, antlr4::ParserRuleContext* named) {
    if (id) return drop_object(*id, cascade, s, context);
    if (!if_exists) context.not_defined_here(s, "DROP of", context.text(named));
  };
  if (s->FUNCTION() || s->PROCEDURE() || s->ROUTINE()) {
    for (auto* signature : s->routineSignature()) {
      apply(routine_id(signature->qualifiedName(), signature->routineParameters(), s->PROCEDURE() != nullptr, context), signature);
    }
  } else if (s->AGGREGATE()) {
    for (size_t i = 0; i < s->qualifiedName().size(); ++i) {
      auto name = context.routine_name(s->qualifiedName(i));
      model::Aggregate probe;
      probe.star = s->aggregateParameters(i)->STAR() != nullptr;
      if (auto* parameters = s->aggregateParameters(i)->routineParameters()) probe.parameters = build_parameters(parameters, context);
      const auto* schema = context.catalog().find_schema(name.schema);
      std::optional<ObjectId> id;
      if (schema && schema->aggregates.count(name.name + probe.signature())) {
        id = ObjectId{ObjectKind::Aggregate, name.schema, name.name, "", probe.signature()};
      }
      apply(id, s->qualifiedName(i));
    }
  } else if (s->TRIGGER() || s->POLICY() || s->RULE()) {
    auto table = context.relation_name(s->qualifiedName(0));
    const std::string name = context.name(s->identifier());
    const auto* schema = context.catalog().find_schema(table.schema);
    std::optional<ObjectId> id;
    if (s->TRIGGER() && schema && schema->triggers.count({table.name, name})) {
      id = ObjectId{ObjectKind::Trigger, table.schema, name, table.name, ""};
    } else if (s->POLICY() && schema && schema->tables.count(table.name) && schema->tables.at(table.name).policies.count(name)) {
      id = ObjectId{ObjectKind::Policy, table.schema, name, table.name, ""};
    } else if (s->RULE() && schema && schema->rules.count({table.name, name})) {
      id = ObjectId{ObjectKind::Rule, table.schema, name, table.name, ""};
    }
    apply(id, s);
  } else {
    for (auto* name : s->qualifiedName()) {
      bool refused = false;
      auto id = drop_target(s->objectTypeName(), name, context, refused);
      if (!refused) apply(id, name);
    }
  }
}

}  // namespace schemadelta::parser

// The indexed catalog's flat views (compare/catalog_index.h, ordering_views.h) against plain
// walks of the same catalog: the index iterates as a std::map of ObjectIds would, every lookup
// finds what a linear search finds, and the groups keep index order.
#include <gtest/gtest.h>

#include <deque>
#include <map>
#include <set>

#include "compare/indexed_catalog.h"
#include "tests/support/case_scripts.h"
#include "tests/support/test_server.h"
#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

using compare::CatalogIndex;
using compare::Definition;
using compare::IndexEntry;
using model::ObjectId;
using model::ObjectKind;

// What the index holds, written the way it was before it became a vector: a map filled in
// catalog order, each id assigned once.
std::map<ObjectId, Definition> reference_index(const model::Catalog& catalog) {
  std::map<ObjectId, Definition> index;
  for (const auto& [name, extension] : catalog.extensions) index[{ObjectKind::Extension, "", name, "", ""}] = &extension;
  for (const auto& [s, schema] : catalog.schemas) {
    index[{ObjectKind::Schema, "", s, "", ""}] = &schema;
    for (const auto& [name, type] : schema.types) index[{ObjectKind::Type, s, name, "", ""}] = &type;
    for (const auto& [name, domain] : schema.domains) index[{ObjectKind::Domain, s, name, "", ""}] = &domain;
    for (const auto& [name, sequence] : schema.sequences) index[{ObjectKind::Sequence, s, name, "", ""}] = &sequence;
    for (const auto& [_, r] : schema.routines) index[{r.is_procedure ? ObjectKind::Procedure : ObjectKind::Function, s, r.name, "", r.signature()}] = &r;
    for (const auto& [_, a] : schema.aggregates) index[{ObjectKind::Aggregate, s, a.name, "", a.signature()}] = &a;
    for (const auto& [_, o] : schema.operators) index[{ObjectKind::Operator, s, o.name, "", o.signature()}] = &o;
    for (const auto& [name, table] : schema.tables) {
      index[{ObjectKind::Table, s, name, "", ""}] = &table;
      for (const auto& column : table.columns) index[{ObjectKind::Column, s, column.name, name, ""}] = &column;
      for (const auto& [c, constraint] : table.constraints) index[{ObjectKind::Constraint, s, c, name, ""}] = &constraint;
      for (const auto& [p, policy] : table.policies) index[{ObjectKind::Policy, s, p, name, ""}] = &policy;
    }
    for (const auto& [name, view] : schema.views) index[{ObjectKind::View, s, name, "", ""}] = &view;
    for (const auto& [name, view] : schema.materialized_views) index[{ObjectKind::MaterializedView, s, name, "", ""}] = &view;
    for (const auto& [name, i] : schema.indexes) index[{ObjectKind::Index, s, name, i.table, ""}] = &i;
    for (const auto& [_, t] : schema.triggers) index[{ObjectKind::Trigger, s, t.name, t.table, ""}] = &t;
    for (const auto& [_, r] : schema.rules) index[{ObjectKind::Rule, s, r.name, r.table, ""}] = &r;
    for (const auto& [name, c] : schema.collations) index[{ObjectKind::Collation, s, name, "", ""}] = &c;
    for (const auto& [name, d] : schema.text_search_dictionaries) index[{ObjectKind::TextSearchDictionary, s, name, "", ""}] = &d;
    for (const auto& [name, c] : schema.text_search_configurations) index[{ObjectKind::TextSearchConfiguration, s, name, "", ""}] = &c;
  }
  return index;
}

std::vector<ObjectId> ids(const std::vector<const ObjectId*>& pointers) {
  std::vector<ObjectId> result;
  for (const auto* id : pointers) result.push_back(*id);
  return result;
}

std::vector<ObjectId> ids(const std::vector<const IndexEntry*>& entries) {
  std::vector<ObjectId> result;
  for (const auto* entry : entries) result.push_back(entry->id());
  return result;
}

bool holds_a_relation(const Definition& definition) {
  const auto* c = std::get_if<const model::Constraint*>(&definition);
  return c && (*c)->kind != model::ConstraintKind::Check && (*c)->kind != model::ConstraintKind::ForeignKey;
}

void check_views(const compare::IndexedCatalog& indexed, const std::string& where) {
  SCOPED_TRACE(where);
  const auto& index = indexed.index;
  const auto reference = reference_index(indexed.catalog);
  ASSERT_EQ(index.size(), reference.size());
  auto expected = reference.begin();
  for (auto it = index.begin(); it != index.end(); ++it, ++expected) {
    ASSERT_EQ(it->id(), expected->first);
    ASSERT_EQ(it->definition, expected->second) << model::describe(it->id());
    EXPECT_EQ(index.find(it->id()), it) << model::describe(it->id());
    EXPECT_EQ(index.find(it->view()), it) << model::describe(it->id());
    ObjectId missing = it->id();
    missing.name += "_not_there";
    EXPECT_FALSE(index.count(missing)) << model::describe(missing);
  }

  // Runs of one name and of one kind; groups; the names ordering asks about.
  std::map<std::pair<std::string, std::string>, std::vector<ObjectId>> parts, columns_by_type, partitions, owned;
  std::set<std::pair<std::string, std::string>> relations, types;
  std::vector<ObjectId> children;  // tables with INHERITS, in id order
  for (const auto& [id, definition] : reference) {
    std::vector<ObjectId> named;
    for (const auto& [other, _] : reference) {
      if (other.kind == id.kind && other.schema == id.schema && other.name == id.name) named.push_back(other);
    }
    std::vector<ObjectId> found;
    for (const auto& other : index.named(id.kind, id.schema, id.name)) found.push_back(other.id());
    EXPECT_EQ(found, named) << model::describe(id);
    if (!id.parent.empty()) parts[{id.schema, id.parent}].push_back(id);
    if (const auto* c = std::get_if<const model::Column*>(&definition)) columns_by_type[{(*c)->type.schema, (*c)->type.name}].push_back(id);
    if (const auto* t = std::get_if<const model::Table*>(&definition); t && (*t)->partition_of) {
      partitions[{(*t)->partition_of->schema, (*t)->partition_of->name}].push_back(id);
    }
    if (const auto* t = std::get_if<const model::Table*>(&definition); t && !(*t)->inherits.empty()) children.push_back(id);
    const std::pair<std::string, std::string> name{id.schema, id.name};
    switch (id.kind) {
      case ObjectKind::Table: case ObjectKind::View: case ObjectKind::MaterializedView:
        relations.insert(name), types.insert(name);
        break;
      case ObjectKind::Sequence: case ObjectKind::Index: relations.insert(name); break;
      case ObjectKind::Domain: types.insert(name); break;
      case ObjectKind::Type:
        types.insert(name);
        if (std::get<const model::Type*>(definition)->kind == model::TypeKind::Composite) relations.insert(name);
        break;
      case ObjectKind::Constraint:
        if (holds_a_relation(definition)) relations.insert(name);
        break;
      default: break;
    }
  }
  for (const auto kind : {ObjectKind::Column, ObjectKind::Constraint, ObjectKind::Index, ObjectKind::Table}) {
    std::vector<ObjectId> of_kind, found;
    for (const auto& [id, _] : reference) {
      if (id.kind == kind) of_kind.push_back(id);
    }
    for (const auto& entry : index.of_kind(kind)) found.push_back(entry.id());
    EXPECT_EQ(found, of_kind);
  }
  for (const auto& [id, definition] : reference) {
    if (id.kind == ObjectKind::Constraint && holds_a_relation(definition)) owned[{id.schema, id.parent}].push_back(id);
  }
  for (const auto& [id, _] : reference) {
    if (id.kind == ObjectKind::Index) owned[{id.schema, id.parent}].push_back(id);
  }
  auto check_groups = [&](const compare::NamedGroups<IndexEntry>& groups, const auto& expected_groups, const char* what) {
    for (const auto& [key, members] : expected_groups) EXPECT_EQ(ids(groups(key.first, key.second)), members) << what << " " << key.first << "." << key.second;
    EXPECT_TRUE(groups("no_such_schema", "no_such_table").empty()) << what;
  };
  check_groups(indexed.parts_by_table, parts, "parts");
  check_groups(indexed.columns_by_type, columns_by_type, "columns by type");
  check_groups(indexed.partitions_by_parent, partitions, "partitions");
  EXPECT_EQ(ids(indexed.inheritance_children), children) << "inheritance children";

  const auto& names = indexed.ordering.names;
  for (const auto& [id, _] : reference) {
    for (const auto& name : {std::pair{id.schema, id.name}, std::pair{id.schema, id.name + "_x"}, std::pair{id.parent, id.name}}) {
      EXPECT_EQ(names.relations.count(name), relations.count(name)) << model::describe(id);
      EXPECT_EQ(names.types.count(name), types.count(name)) << model::describe(id);
    }
  }
  const auto& owned_names = indexed.ordering.owned_relation_names;
  EXPECT_EQ(owned_names.size(), owned.size());
  for (const auto& [table, members] : owned) {
    const auto it = owned_names.find(table);
    ASSERT_NE(it, owned_names.end()) << table.first << "." << table.second;
    std::vector<std::string> expected_names, found_names(it->second.begin(), it->second.end());
    for (const auto& id : members) expected_names.push_back(id.name);
    EXPECT_EQ(found_names, expected_names);
  }

  // Reverse dependencies: each target lists its sources in id order, once each.
  std::map<ObjectId, std::vector<ObjectId>> reverse;
  for (const auto& [from, targets] : indexed.catalog.dependencies) {
    for (const auto& target : targets) reverse[target].push_back(from);
  }
  EXPECT_EQ(indexed.dependents.size(), reverse.size());
  for (const auto& [target, sources] : reverse) {
    const auto it = indexed.dependents.find(target);
    ASSERT_NE(it, indexed.dependents.end()) << model::describe(target);
    EXPECT_EQ(ids(it->second), sources) << model::describe(target);
  }
}

TEST(CatalogIndex, EveryCaseIndexesAsAnOrderedMap) {
  size_t checked = 0;
  for (const auto& folder : case_folders()) {
    for (const char* side : {"source.sql", "target.sql"}) {
      auto parsed = parse_text(read_file(folder + "/" + side));
      if (parsed.has_errors()) continue;
      const compare::IndexedCatalog indexed(std::move(parsed.catalog));
      check_views(indexed, folder + "/" + side);
      ++checked;
    }
  }
  EXPECT_GT(checked, 300u);
}

// Many ids of a few kinds, given out of order and some twice: sorted, the last of each kept,
// each found (the hash table probes past its neighbours), absent ones not.
TEST(CatalogIndex, SortsKeepsTheLastOfEqualIdsAndFindsEach) {
  std::vector<model::Column> columns(6000);
  std::deque<ObjectId> given;  // what the entries point to
  std::vector<IndexEntry> entries;
  std::map<ObjectId, Definition> expected;
  for (size_t i = 0; i < columns.size(); ++i) {
    const size_t n = (i * 7919) % 3000;  // every n twice, far apart
    const ObjectKind kind = n % 3 == 0 ? ObjectKind::Table : ObjectKind::Column;
    ObjectId id{kind, "s" + std::to_string(n % 5), "name_" + std::to_string(n), kind == ObjectKind::Column ? "t" + std::to_string(n % 11) : "", ""};
    entries.emplace_back(given.emplace_back(id), &columns[i]);
    expected[id] = &columns[i];
  }
  const CatalogIndex index(std::move(entries));
  ASSERT_EQ(index.size(), expected.size());
  auto it = index.begin();
  for (const auto& [id, definition] : expected) {
    EXPECT_EQ(it->id(), id);
    EXPECT_EQ(it->definition, definition);
    EXPECT_EQ(index.find(id), it);
    ++it;
  }
  EXPECT_FALSE(index.count(ObjectId{ObjectKind::Column, "s1", "name_1", "t2", ""}));  // name_1 is in t1
  EXPECT_TRUE(index.count(ObjectId{ObjectKind::Column, "s1", "name_1", "t1", ""}));
  EXPECT_FALSE(index.count(ObjectId{ObjectKind::Table, "s0", "name_3000", "", ""}));
  EXPECT_EQ(compare::definition<model::Column>(index, {ObjectKind::Column, "s1", "name_1", "t1"}),
            std::get<const model::Column*>(expected.at(ObjectId{ObjectKind::Column, "s1", "name_1", "t1", ""})));
  EXPECT_EQ(compare::definition<model::Table>(index, {ObjectKind::Column, "s1", "name_1", "t1"}), nullptr);  // another kind
  const CatalogIndex empty;
  EXPECT_EQ(empty.find(ObjectId{}), empty.end());
}

}  // namespace
}  // namespace schemadelta::testing

namespace schemadelta::testing {
namespace {

// An entry's id is read from the catalog's own strings, not copied: a column's entry costs its
// size, not five strings.
TEST(CatalogIndex, EntriesPointIntoTheCatalog) {
  auto parsed = parse_text(
      "CREATE TABLE public.wide (a integer, b text);\n"
      "CREATE FUNCTION public.f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';\n");
  ASSERT_FALSE(parsed.has_errors());
  const compare::IndexedCatalog indexed(std::move(parsed.catalog));
  const auto& table = indexed.catalog.schemas.at("public").tables.at("wide");
  const auto it = indexed.index.find(ObjectId{ObjectKind::Column, "public", "b", "wide", ""});
  ASSERT_NE(it, indexed.index.end());
  EXPECT_EQ(&it->name(), &table.columns[1].name);
  EXPECT_EQ(&it->parent(), &indexed.catalog.schemas.find("public")->second.tables.find("wide")->first);
  EXPECT_EQ(&it->schema(), &indexed.catalog.schemas.find("public")->first);
  EXPECT_EQ(std::get<const model::Column*>(it->definition), &table.columns[1]);
  const auto function = indexed.index.named(ObjectKind::Function, "public", "f");
  ASSERT_EQ(function.size(), 1u);
  EXPECT_EQ(function[0].signature(), "(integer)");  // computed once, kept by the index
  EXPECT_EQ(function[0].id(), (ObjectId{ObjectKind::Function, "public", "f", "", "(integer)"}));
  EXPECT_LE(sizeof(IndexEntry), 56u);  // 152 with an ObjectId of its own
}

}  // namespace
}  // namespace schemadelta::testing

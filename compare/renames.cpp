#include "compare/renames.h"

#include <functional>

namespace schemadelta::compare {

using model::ObjectId;
using model::ObjectKind;

namespace {

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t next = text.find(separator, start);
    parts.push_back(text.substr(start, next == std::string::npos ? std::string::npos : next - start));
    if (next == std::string::npos) break;
    start = next + 1;
  }
  return parts;
}

template <typename Map>
bool rename_key(Map& map, const std::string& from, const std::string& to) {
  auto node = map.extract(from);
  if (node.empty()) return false;
  node.key() = to;
  node.mapped().name = to;
  map.insert(std::move(node));
  return true;
}

// Rewrites every ObjectId the side tables and dependencies hold.
void rewrite_ids(model::Catalog& catalog, const std::function<ObjectId(ObjectId)>& rewrite) {
  auto rekey = [&](auto& map) {
    std::remove_reference_t<decltype(map)> result;
    for (auto& [id, value] : map) result.emplace(rewrite(id), std::move(value));
    map = std::move(result);
  };
  rekey(catalog.comments);
  rekey(catalog.owners);
  rekey(catalog.privileges);
  rekey(catalog.locations);
  std::map<ObjectId, std::set<ObjectId>> dependencies;
  for (auto& [id, targets] : catalog.dependencies) {
    auto& out = dependencies[rewrite(id)];
    for (const auto& target : targets) out.insert(rewrite(target));
  }
  catalog.dependencies = std::move(dependencies);
}

void replace_all(std::vector<std::string>& names, const std::string& from, const std::string& to) {
  for (auto& name : names) {
    if (name == from) name = to;
  }
}

bool rename_table(model::Catalog& catalog, const Rename& r) {
  auto& schema = catalog.schema(r.schema);
  if (!rename_key(schema.tables, r.old_name, r.new_name)) return false;
  const model::QualifiedName from{r.schema, r.old_name}, to{r.schema, r.new_name};
  for (auto& [_, s] : catalog.schemas) {
    for (auto& [__, table] : s.tables) {
      for (auto& [___, c] : table.constraints) {
        if (c.foreign_key.referenced_table == from) c.foreign_key.referenced_table = to;
      }
      for (auto& parent : table.inherits) {
        if (parent == from) parent = to;
      }
      if (table.partition_of == from) table.partition_of = to;
    }
    for (auto& [_, sequence] : s.sequences) {
      if (sequence.owned_by && sequence.owned_by->schema == r.schema && sequence.owned_by->table == r.old_name) {
        sequence.owned_by->table = r.new_name;
      }
    }
  }
  for (auto& [_, index] : schema.indexes) {
    if (index.table == r.old_name) index.table = r.new_name;
  }
  std::map<std::pair<std::string, std::string>, model::Trigger> triggers;
  for (auto& [key, trigger] : schema.triggers) {
    if (trigger.table == r.old_name) trigger.table = r.new_name;
    triggers.emplace(std::make_pair(trigger.table, trigger.name), trigger);
  }
  schema.triggers = std::move(triggers);
  rewrite_ids(catalog, [&](ObjectId id) {
    if (id.schema != r.schema) return id;
    if (id.parent == r.old_name) id.parent = r.new_name;
    if (id.kind == ObjectKind::Table && id.name == r.old_name) id.name = r.new_name;
    return id;
  });
  return true;
}

bool rename_column(model::Catalog& catalog, const Rename& r) {
  auto& schema = catalog.schema(r.schema);
  auto table = schema.tables.find(r.table);
  if (table == schema.tables.end()) return false;
  auto* column = table->second.find_column(r.old_name);
  if (!column || table->second.find_column(r.new_name)) return false;
  column->name = r.new_name;
  for (auto& [_, c] : table->second.constraints) {
    replace_all(c.columns, r.old_name, r.new_name);
    replace_all(c.include, r.old_name, r.new_name);
  }
  for (auto& [_, s] : catalog.schemas) {
    for (auto& [__, other] : s.tables) {
      for (auto& [___, c] : other.constraints) {
        if (c.foreign_key.referenced_table == model::QualifiedName{r.schema, r.table}) {
          replace_all(c.foreign_key.referenced_columns, r.old_name, r.new_name);
        }
      }
    }
    for (auto& [_, sequence] : s.sequences) {
      if (sequence.owned_by && sequence.owned_by->schema == r.schema && sequence.owned_by->table == r.table &&
          sequence.owned_by->column == r.old_name) {
        sequence.owned_by->column = r.new_name;
      }
    }
  }
  // Index elements that are just the column follow it, as PostgreSQL's rename does.
  for (auto& [_, index] : schema.indexes) {
    if (index.table != r.table) continue;
    for (auto& element : index.elements) {
      if (element.expression.canonical == r.old_name) element.expression.canonical = r.new_name;
    }
    replace_all(index.include, r.old_name, r.new_name);
  }
  rewrite_ids(catalog, [&](ObjectId id) {
    if (id.kind == ObjectKind::Column && id.schema == r.schema && id.parent == r.table && id.name == r.old_name) id.name = r.new_name;
    return id;
  });
  return true;
}

bool rename_simple(model::Catalog& catalog, const Rename& r) {
  auto& schema = catalog.schema(r.schema);
  bool found = false;
  std::string parent;
  switch (r.kind) {
    case ObjectKind::Index:
      if (schema.indexes.count(r.old_name)) parent = schema.indexes.at(r.old_name).table;
      found = rename_key(schema.indexes, r.old_name, r.new_name);
      break;
    case ObjectKind::View: found = rename_key(schema.views, r.old_name, r.new_name); break;
    case ObjectKind::MaterializedView: found = rename_key(schema.materialized_views, r.old_name, r.new_name); break;
    case ObjectKind::Sequence: found = rename_key(schema.sequences, r.old_name, r.new_name); break;
    case ObjectKind::Type: found = rename_key(schema.types, r.old_name, r.new_name); break;
    case ObjectKind::Domain: found = rename_key(schema.domains, r.old_name, r.new_name); break;
    case ObjectKind::Constraint: {
      auto table = schema.tables.find(r.table);
      found = table != schema.tables.end() && rename_key(table->second.constraints, r.old_name, r.new_name);
      parent = r.table;
      break;
    }
    case ObjectKind::Function: {
      std::map<std::string, model::Routine> routines;
      for (auto& [key, routine] : schema.routines) {
        if (routine.name == r.old_name) {
          routine.name = r.new_name;
          found = true;
        }
        routines.emplace(routine.name + routine.signature(), routine);
      }
      schema.routines = std::move(routines);
      break;
    }
    default: break;
  }
  if (!found) return false;
  if (r.kind == ObjectKind::Type || r.kind == ObjectKind::Domain) {
    // Columns and parameters of the renamed type follow it.
    for (auto& [_, s] : catalog.schemas) {
      for (auto& [__, table] : s.tables) {
        for (auto& column : table.columns) {
          if (column.type.schema == r.schema && column.type.name == r.old_name) column.type.name = r.new_name;
        }
      }
    }
  }
  rewrite_ids(catalog, [&](ObjectId id) {
    bool same_kind = id.kind == r.kind || (r.kind == ObjectKind::Function && id.kind == ObjectKind::Procedure);
    if (same_kind && id.schema == r.schema && id.name == r.old_name && (parent.empty() || id.parent == parent)) id.name = r.new_name;
    return id;
  });
  return true;
}

}  // namespace

std::optional<Rename> parse_rename(const std::string& text, std::string& error) {
  auto colon = text.find(':');
  auto equals = text.find('=');
  if (colon == std::string::npos || equals == std::string::npos || equals < colon) {
    error = "a rename is KIND:[schema.]old=new, got \"" + text + "\"";
    return std::nullopt;
  }
  static const std::map<std::string, ObjectKind> kinds{
      {"table", ObjectKind::Table},       {"column", ObjectKind::Column},     {"index", ObjectKind::Index},
      {"constraint", ObjectKind::Constraint}, {"view", ObjectKind::View}, {"materialized_view", ObjectKind::MaterializedView},
      {"sequence", ObjectKind::Sequence}, {"type", ObjectKind::Type},         {"domain", ObjectKind::Domain},
      {"function", ObjectKind::Function}};
  auto kind = kinds.find(text.substr(0, colon));
  if (kind == kinds.end()) {
    error = "unknown kind \"" + text.substr(0, colon) + "\" in rename (table, column, index, constraint, view, "
            "materialized_view, sequence, type, domain, function)";
    return std::nullopt;
  }
  Rename rename;
  rename.kind = kind->second;
  auto old_parts = split(text.substr(colon + 1, equals - colon - 1), '.');
  rename.new_name = text.substr(equals + 1);
  const bool in_table = rename.kind == ObjectKind::Column || rename.kind == ObjectKind::Constraint;
  const size_t wanted = in_table ? 2 : 1;
  if (old_parts.size() == wanted) old_parts.insert(old_parts.begin(), "public");
  if (old_parts.size() != wanted + 1 || rename.new_name.empty()) {
    error = "cannot read the names in rename \"" + text + "\"";
    return std::nullopt;
  }
  rename.schema = old_parts[0];
  if (in_table) rename.table = old_parts[1];
  rename.old_name = old_parts.back();
  return rename;
}

std::vector<Rename> reversed(const std::vector<Rename>& renames) {
  std::vector<Rename> result;
  for (auto r : renames) {
    // A column's table is written by its name in the target, which is the renamed one.
    for (const auto& t : renames) {
      if (t.kind == ObjectKind::Table && t.schema == r.schema && t.old_name == r.table) r.table = t.new_name;
    }
    std::swap(r.old_name, r.new_name);
    result.push_back(r);
  }
  return result;
}

model::Catalog apply_renames(model::Catalog catalog, const std::vector<Rename>& renames, std::vector<std::string>& missing) {
  // Tables first; a column or constraint named by its table's old name follows the table.
  std::vector<Rename> ordered;
  for (const auto& r : renames) {
    if (r.kind == ObjectKind::Table) ordered.push_back(r);
  }
  for (auto r : renames) {
    if (r.kind == ObjectKind::Table) continue;
    for (const auto& t : renames) {
      if (t.kind == ObjectKind::Table && t.schema == r.schema && t.old_name == r.table) r.table = t.new_name;
    }
    ordered.push_back(r);
  }
  for (const auto& r : ordered) {
    bool done = r.kind == ObjectKind::Table ? rename_table(catalog, r)
                : r.kind == ObjectKind::Column ? rename_column(catalog, r)
                                               : rename_simple(catalog, r);
    if (!done) missing.push_back(model::kind_name(r.kind) + " " + r.schema + "." + (r.table.empty() ? "" : r.table + ".") + r.old_name);
  }
  return catalog;
}

}  // namespace schemadelta::compare

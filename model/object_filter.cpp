#include "model/object_filter.h"

#include <set>
#include <tuple>

namespace schemadelta::model {

bool glob_match(const std::string& pattern, const std::string& text) {
  // Iterative matching with backtracking to the last '*'.
  std::size_t p = 0, t = 0, star = std::string::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (star != std::string::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::optional<ObjectPattern> parse_object_pattern(const std::string& text, std::string& error) {
  static const std::set<std::string> kinds{"*", "schema", "extension", "type", "domain", "sequence", "function", "procedure",
                                           "aggregate", "operator", "table", "view", "materialized_view", "index", "trigger",
                                           "policy", "constraint", "rule", "collation", "text_search_dictionary",
                                           "text_search_configuration"};
  ObjectPattern pattern;
  std::string rest = text;
  if (auto colon = text.find(':'); colon != std::string::npos) {
    pattern.kind = text.substr(0, colon);
    rest = text.substr(colon + 1);
    if (!kinds.count(pattern.kind)) {
      error = "unknown kind '" + pattern.kind + "' in '" + text + "'";
      return std::nullopt;
    }
  }
  if (rest.empty()) {
    error = "no name in '" + text + "'";
    return std::nullopt;
  }
  if (pattern.kind == "schema" || pattern.kind == "extension") {
    pattern.name = rest;
  } else if (auto dot = rest.find('.'); dot != std::string::npos) {
    pattern.schema = rest.substr(0, dot);
    pattern.name = rest.substr(dot + 1);
  } else {
    pattern.name = rest;
  }
  return pattern;
}

namespace {

bool any_match(const std::vector<std::string>& globs, const std::string& text) {
  for (const auto& glob : globs) {
    if (glob_match(glob, text)) return true;
  }
  return false;
}

class Filtering {
 public:
  Filtering(Catalog& catalog, const ObjectFilter& filter) : catalog_(catalog), filter_(filter) {}

  void run() {
    std::erase_if(catalog_.schemas, [&](const auto& entry) {
      const std::string& name = entry.first;
      bool keep = (filter_.schemas.empty() || any_match(filter_.schemas, name)) && !any_match(filter_.exclude_schemas, name) &&
                  !ignored("schema", "", name);
      if (!keep) removed_schemas_.insert(name);
      return !keep;
    });
    std::erase_if(catalog_.extensions, [&](const auto& entry) {
      bool gone = removed_schemas_.count(entry.second.schema) || ignored("extension", "", entry.first);
      if (gone) removed_.insert({ObjectKind::Extension, "", entry.first});
      return gone;
    });
    // Without ignore patterns, objects go only with their schema (or as an extension).
    if (!filter_.ignore.empty()) {
      for (auto& [schema_name, schema] : catalog_.schemas) filter_schema(schema_name, schema);
    }
    // Nothing gone (the usual case: only schemadelta's own schemas are left out, and there are
    // none): nothing refers to what is gone, and the maps need no walk.
    if (removed_schemas_.empty() && removed_.empty() && removed_relations_.empty()) return;
    auto gone = [&](const ObjectId& id) { return is_removed(id); };
    std::erase_if(catalog_.comments, [&](const auto& e) { return gone(e.first); });
    std::erase_if(catalog_.owners, [&](const auto& e) { return gone(e.first); });
    std::erase_if(catalog_.privileges, [&](const auto& e) { return gone(e.first); });
    std::erase_if(catalog_.locations, [&](const auto& e) { return gone(e.first); });
    std::erase_if(catalog_.dependencies, [&](const auto& e) { return gone(e.first); });
    for (auto& [_, references] : catalog_.dependencies) std::erase_if(references, gone);
  }

 private:
  using Key = std::tuple<ObjectKind, std::string, std::string>;  // kind, schema, name
  Catalog& catalog_;
  const ObjectFilter& filter_;
  std::set<std::string> removed_schemas_;
  std::set<Key> removed_;     // objects filtered out
  std::set<std::pair<std::string, std::string>> removed_relations_;  // (schema, table or view): their children go too

  bool ignored(const std::string& kind, const std::string& schema, const std::string& name) const {
    for (const auto& p : filter_.ignore) {
      if ((p.kind == "*" || p.kind == kind) && (kind == "schema" || kind == "extension" || glob_match(p.schema, schema)) &&
          glob_match(p.name, name)) {
        return true;
      }
    }
    return false;
  }

  bool is_removed(const ObjectId& id) const {
    if (id.kind == ObjectKind::Schema) return removed_schemas_.count(id.name) > 0;
    if (id.kind != ObjectKind::Extension && removed_schemas_.count(id.schema)) return true;
    if (removed_.count({id.kind, id.schema, id.name})) return true;
    if (id.kind == ObjectKind::Procedure && removed_.count({ObjectKind::Function, id.schema, id.name})) return true;
    return !id.parent.empty() && removed_relations_.count({id.schema, id.parent}) > 0;
  }

  template <typename Map, typename NameOf>
  void filter_map(Map& map, const std::string& schema, const char* kind, ObjectKind object_kind, NameOf name_of, bool relation) {
    std::erase_if(map, [&](const auto& entry) {
      const std::string name = name_of(entry);
      if (!ignored(kind, schema, name)) return false;
      removed_.insert({object_kind, schema, name});
      if (relation) removed_relations_.insert({schema, name});
      return true;
    });
  }

  void filter_schema(const std::string& s, Schema& schema) {
    auto key = [](const auto& entry) { return entry.first; };
    auto field = [](const auto& entry) { return entry.second.name; };
    filter_map(schema.tables, s, "table", ObjectKind::Table, key, true);
    filter_map(schema.views, s, "view", ObjectKind::View, key, true);
    filter_map(schema.materialized_views, s, "materialized_view", ObjectKind::MaterializedView, key, true);
    filter_map(schema.sequences, s, "sequence", ObjectKind::Sequence, key, false);
    filter_map(schema.types, s, "type", ObjectKind::Type, key, false);
    filter_map(schema.domains, s, "domain", ObjectKind::Domain, key, false);
    filter_map(schema.aggregates, s, "aggregate", ObjectKind::Aggregate, field, false);
    filter_map(schema.operators, s, "operator", ObjectKind::Operator, field, false);
    filter_map(schema.collations, s, "collation", ObjectKind::Collation, key, false);
    filter_map(schema.text_search_dictionaries, s, "text_search_dictionary", ObjectKind::TextSearchDictionary, key, false);
    filter_map(schema.text_search_configurations, s, "text_search_configuration", ObjectKind::TextSearchConfiguration, key, false);
    std::erase_if(schema.routines, [&](const auto& entry) {
      const auto& routine = entry.second;
      const char* kind = routine.is_procedure ? "procedure" : "function";
      if (!ignored(kind, s, routine.name)) return false;
      removed_.insert({routine.is_procedure ? ObjectKind::Procedure : ObjectKind::Function, s, routine.name});
      return true;
    });
    // Children: gone with their relation, or ignored by name.
    std::erase_if(schema.indexes, [&](const auto& entry) {
      bool gone = removed_relations_.count({s, entry.second.table}) || ignored("index", s, entry.first);
      if (gone) removed_.insert({ObjectKind::Index, s, entry.first});
      return gone;
    });
    std::erase_if(schema.triggers, [&](const auto& entry) {
      bool gone = removed_relations_.count({s, entry.first.first}) || ignored("trigger", s, entry.first.second);
      if (gone) removed_.insert({ObjectKind::Trigger, s, entry.first.second});
      return gone;
    });
    std::erase_if(schema.rules, [&](const auto& entry) {
      bool gone = removed_relations_.count({s, entry.first.first}) || ignored("rule", s, entry.first.second);
      if (gone) removed_.insert({ObjectKind::Rule, s, entry.first.second});
      return gone;
    });
    for (auto& [table_name, table] : schema.tables) {
      std::erase_if(table.constraints, [&](const auto& entry) {
        bool gone = ignored("constraint", s, entry.first);
        if (gone) removed_.insert({ObjectKind::Constraint, s, entry.first});
        return gone;
      });
      std::erase_if(table.policies, [&](const auto& entry) {
        bool gone = ignored("policy", s, entry.first);
        if (gone) removed_.insert({ObjectKind::Policy, s, entry.first});
        return gone;
      });
    }
  }
};

}  // namespace

void apply_filter(Catalog& catalog, const ObjectFilter& filter) {
  if (filter.empty()) return;
  Filtering(catalog, filter).run();
}

}  // namespace schemadelta::model

// The last step of a parse, once every statement is read: what needs the whole catalog.
// Canonical expression texts (user functions and sequences qualified against the search_path
// the expression was written under), the dependencies each object's definition has, foreign
// keys' implicit referenced columns, and access lists reduced to what differs from defaults.
#include "parser/finish_catalog.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "parser/column_index.h"
#include "parser/expression_normalizer.h"
#include "model/privilege_defaults.h"
#include "parser/sql_text.h"
#include "parser/sql_token.h"
#include "parser/table_elements.h"
#include "model/inherited_columns.h"

namespace schemadelta::parser {

using model::Catalog;
using model::ObjectId;
using model::ObjectKind;

namespace {

class Finisher {
 public:
  explicit Finisher(Catalog& catalog) : catalog_(catalog) {}

  void run() {
    for (const auto& [_, schema] : catalog_.schemas) has_configurations_ = has_configurations_ || !schema.text_search_configurations.empty();
    resolve_foreign_key_columns();
    for (auto& [schema_name, schema] : catalog_.schemas) finish_schema(schema_name, schema);
    clone_partition_indexes();
    drop_inherited_partition_checks();
    reduce_access_lists();
  }

 private:
  Catalog& catalog_;
  bool has_configurations_ = false;  // expressions are searched for the ones they name only then
  // Built at a table's first column lookup: expressions name columns word by word.
  std::unordered_map<const model::Table*, ColumnIndex> column_indexes_;
  // Expressions already normalized, under (search_path, text): see normalize().
  std::unordered_map<std::string, NormalizedExpression> normalized_;
  static constexpr std::size_t kRememberedExpressionBytes = 256;
  NormalizedExpression last_normalized_;  // of a text not remembered

  bool has_column(const model::Table& table, const std::string& column) {
    auto it = column_indexes_.find(&table);
    if (it == column_indexes_.end()) it = column_indexes_.emplace(&table, ColumnIndex(table)).first;
    return it->second.contains(column);
  }

  // ---------------------------------------------------------------- name resolution

  const model::Schema* schema(const std::string& name) const { return catalog_.find_schema(name); }

  std::optional<ObjectId> relation(const std::string& schema_name, const std::string& name) const {
    const auto* s = schema(schema_name);
    if (!s) return std::nullopt;
    if (s->tables.count(name)) return ObjectId{ObjectKind::Table, schema_name, name, "", ""};
    if (s->views.count(name)) return ObjectId{ObjectKind::View, schema_name, name, "", ""};
    if (s->materialized_views.count(name)) return ObjectId{ObjectKind::MaterializedView, schema_name, name, "", ""};
    if (s->sequences.count(name)) return ObjectId{ObjectKind::Sequence, schema_name, name, "", ""};
    return std::nullopt;
  }

  std::optional<ObjectId> relation_on_path(const std::vector<std::string>& parts, const std::vector<std::string>& path) const {
    if (parts.size() >= 2) {
      if (auto id = relation(parts[parts.size() - 2], parts.back())) return id;
    }
    if (parts.size() == 1) {
      for (const auto& s : path) {
        if (auto id = relation(s, parts[0])) return id;
      }
    }
    return std::nullopt;
  }

  std::vector<ObjectId> routines(const std::string& schema_name, const std::string& name) const {
    std::vector<ObjectId> ids;
    const auto* s = schema(schema_name);
    if (!s) return ids;
    for (auto it = s->routines.lower_bound(name + "("); it != s->routines.end() && it->second.name == name; ++it) {
      ids.push_back(ObjectId{it->second.is_procedure ? ObjectKind::Procedure : ObjectKind::Function, schema_name, name, "",
                             it->second.signature()});
    }
    for (auto it = s->aggregates.lower_bound(name + "("); it != s->aggregates.end() && it->second.name == name; ++it) {
      ids.push_back(ObjectId{ObjectKind::Aggregate, schema_name, name, "", it->second.signature()});
    }
    return ids;
  }

  std::string routine_schema(const std::string& name, const std::vector<std::string>& path) const {
    for (const auto& s : path) {
      if (!routines(s, name).empty()) return s;
    }
    return {};
  }

  std::optional<ObjectId> type(const std::string& schema_name, const std::string& name) const {
    const auto* s = schema(schema_name);
    if (!s) return std::nullopt;
    if (s->types.count(name)) return ObjectId{ObjectKind::Type, schema_name, name, "", ""};
    if (s->domains.count(name)) return ObjectId{ObjectKind::Domain, schema_name, name, "", ""};
    // A table's or view's row type (RETURNS SETOF v, a parameter of type t): the routine or
    // column that uses it depends on the relation.
    if (s->tables.count(name)) return ObjectId{ObjectKind::Table, schema_name, name, "", ""};
    if (s->views.count(name)) return ObjectId{ObjectKind::View, schema_name, name, "", ""};
    if (s->materialized_views.count(name)) return ObjectId{ObjectKind::MaterializedView, schema_name, name, "", ""};
    return std::nullopt;
  }

  static std::string first_schema(const std::vector<std::string>& path) {
    for (const auto& s : path) {
      if (s != "pg_catalog" && s != "$user" && s != "pg_temp") return s;
    }
    return "public";
  }

  // ---------------------------------------------------------------- expressions

  void add_dependency(const ObjectId& from, const ObjectId& to) {
    if (from != to) catalog_.dependencies[from].insert(to);
  }

  void add_collation_dependency(const ObjectId& from, const std::optional<model::QualifiedName>& collation) {
    if (!collation) return;
    const auto* s = schema(collation->schema);
    if (s && s->collations.count(collation->name)) add_dependency(from, ObjectId{ObjectKind::Collation, collation->schema, collation->name, "", ""});
  }

  // A text search configuration an expression names as a regconfig constant: 'cfg'::regconfig,
  // or the first argument of to_tsvector('cfg', ...) and its kin. The server records the same
  // dependency (and refuses to drop the configuration while the expression uses it).
  void add_configuration_dependencies(const std::string& text, const ObjectId& owner, const std::vector<std::string>& path) {
    static const std::set<std::string> functions{"to_tsvector", "to_tsquery", "plainto_tsquery", "phraseto_tsquery",
                                                 "websearch_to_tsquery", "ts_headline", "json_to_tsvector", "jsonb_to_tsvector"};
    auto tokens = lex_sql(text);
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != TokenKind::String) continue;
      const bool cast = i + 2 < tokens.size() && tokens[i + 1].kind == TokenKind::DoubleColon &&
                        ascii_lower(tokens[i + 2].text) == "regconfig";
      const bool argument = i >= 2 && tokens[i - 1].kind == TokenKind::LParen && tokens[i - 2].kind == TokenKind::Word &&
                            functions.count(ascii_lower(tokens[i - 2].text));
      if (!cast && !argument) continue;
      std::vector<std::string> parts;
      for (const auto& t : lex_sql(decode_string_literal(tokens[i].text))) {
        if (t.kind == TokenKind::Word || t.kind == TokenKind::QuotedIdentifier) parts.push_back(fold_identifier(t.text));
      }
      if (parts.empty() || parts.size() > 2) continue;
      auto found = [&](const std::string& schema_name) {
        const auto* s = schema(schema_name);
        if (!s || !s->text_search_configurations.count(parts.back())) return false;
        add_dependency(owner, ObjectId{ObjectKind::TextSearchConfiguration, schema_name, parts.back(), "", ""});
        return true;
      };
      if (parts.size() == 2) { found(parts[0]); continue; }
      for (const auto& s : path) {
        if (found(s)) break;
      }
    }
  }

  void add_type_dependency(const ObjectId& from, const model::TypeRef& t) {
    if (t.is_builtin()) return;
    if (auto id = type(t.schema, t.name)) add_dependency(from, *id);
    else if (auto rel = relation(t.schema, t.name)) add_dependency(from, *rel);  // a table's row type
  }

  // The normalized form of an expression's text. The same short text under the same search_path
  // normalizes the same way, since the hooks answer from names this pass does not change: the
  // `now()` or `0` of thousands of columns is lexed and normalized once. Not remembered: long
  // texts (a view's query is written once) and any that expanded a `*` (it read a table's columns).
  const NormalizedExpression& normalize(const std::string& text, const std::vector<std::string>& path, const NormalizerHooks& hooks) {
    const bool short_text = text.size() <= kRememberedExpressionBytes;
    std::string key;
    if (short_text) {
      for (const auto& schema : path) key.append(schema).push_back('\0');
      key.push_back('\1');
      key.append(text);
      if (auto it = normalized_.find(key); it != normalized_.end()) return it->second;
    }
    bool read_columns = false;
    NormalizerHooks watched = hooks;
    watched.relation_columns = [&](const std::string& schema, const std::string& name) {
      read_columns = true;
      return hooks.relation_columns(schema, name);
    };
    last_normalized_ = normalize_expression(lex_sql(text), watched);
    // Cut to its length: a text built by appending keeps up to twice its length.
    last_normalized_.canonical.shrink_to_fit();
    if (!short_text || read_columns) return last_normalized_;
    return normalized_.emplace(std::move(key), std::move(last_normalized_)).first->second;
  }

  // Canonical text for `expr`, and the dependencies of `owner` on what it names. Columns of
  // `own_table` (same schema as owner) are recorded as dependencies too.
  void finish(model::Expr& expr, const ObjectId& owner, const model::Table* own_table = nullptr,
              const std::string& own_table_name = "") {
    const auto& path = expr.search_path;
    NormalizerHooks hooks;
    hooks.routine_schema = [&](const std::string& name) { return routine_schema(name, path); };
    hooks.relation_schema = [&](const std::string& name) {
      if (auto id = relation_on_path({name}, path)) return id->schema;
      return first_schema(path);
    };
    hooks.relation_columns = [&](const std::string& schema, const std::string& name) {
      std::vector<std::string> columns;
      const auto* s = catalog_.find_schema(schema);
      auto table = s ? s->tables.find(name) : decltype(s->tables.end()){};
      // Inherited columns come first in PostgreSQL's order: not known here.
      if (!s || table == s->tables.end() || !table->second.inherits.empty() || table->second.partition_of) return columns;
      for (const auto& column : table->second.columns) columns.push_back(column.name);
      return columns;
    };
    const NormalizedExpression& normalized = normalize(expr.original, path, hooks);
    expr.canonical = normalized.canonical;
    if (has_configurations_) add_configuration_dependencies(expr.original, owner, path);
    // Each relation once: the columns of every relation are looked up for every word below, and a
    // long expression names the same table (t.a + t.a + ...) once per term.
    std::set<ObjectId> relations;
    for (const auto& ref : normalized.references) {
      const auto& parts = ref.parts;
      switch (ref.kind) {
        case NameReference::Kind::Function: {
          std::string s = parts.size() >= 2 ? parts[parts.size() - 2] : routine_schema(parts.back(), path);
          for (const auto& id : routines(s, parts.back())) add_dependency(owner, id);
          break;
        }
        case NameReference::Kind::Type: {
          if (parts.size() >= 2) {
            if (auto id = type(parts[parts.size() - 2], parts.back())) add_dependency(owner, *id);
          } else {
            for (const auto& s : path) {
              if (auto id = type(s, parts[0])) { add_dependency(owner, *id); break; }
            }
          }
          break;
        }
        case NameReference::Kind::Sequence:
        case NameReference::Kind::Relation:
          if (auto id = relation_on_path(parts, path)) { add_dependency(owner, *id); relations.insert(*id); }
          break;
        case NameReference::Kind::Word: {
          if (auto id = relation_on_path(parts, path)) { add_dependency(owner, *id); relations.insert(*id); }
          else if (parts.size() >= 2) {
            std::vector<std::string> prefix(parts.begin(), parts.end() - 1);
            if (auto id = relation_on_path(prefix, path)) { add_dependency(owner, *id); relations.insert(*id); }
          }
          break;
        }
      }
    }
    // Columns read: names that are columns of a relation the expression uses (or of its table).
    for (const auto& ref : normalized.references) {
      if (ref.kind != NameReference::Kind::Word) continue;
      const std::string& column = ref.parts.back();
      if (own_table) {
        if (auto id = column_declared(owner.schema, *own_table, column)) add_dependency(owner, *id);
      }
      for (const auto& rel : relations) {
        if (rel.kind != ObjectKind::Table) continue;
        const auto* s = schema(rel.schema);
        if (auto id = column_declared(rel.schema, s->tables.at(rel.name), column)) add_dependency(owner, *id);
      }
    }
  }

  // The column `column` of a table as the model declares it: the table's own, or for one it has
  // through INHERITS or PARTITION OF, the nearest parent's (an ALTER TYPE or DROP of the parent's
  // column reaches whatever reads the child's).
  std::optional<ObjectId> column_declared(const std::string& schema_name, const model::Table& table, const std::string& column, int depth = 0) {
    if (has_column(table, column)) return ObjectId{ObjectKind::Column, schema_name, column, table.name, ""};
    if (depth > 100) return std::nullopt;  // a cycle in bad input
    std::vector<model::QualifiedName> parents = table.inherits;
    if (table.partition_of) parents.push_back(*table.partition_of);
    for (const auto& parent : parents) {
      const auto* s = schema(parent.schema);
      auto it = s ? s->tables.find(parent.name) : decltype(s->tables.end()){};
      if (!s || it == s->tables.end()) continue;
      if (auto id = column_declared(parent.schema, it->second, column, depth + 1)) return id;
    }
    return std::nullopt;
  }

  // ---------------------------------------------------------------- objects

  void resolve_foreign_key_columns() {
    for (auto& [_, schema] : catalog_.schemas) {
      for (auto& [__, table] : schema.tables) {
        for (auto& [___, constraint] : table.constraints) {
          auto& fk = constraint.foreign_key;
          if (constraint.kind != model::ConstraintKind::ForeignKey || !fk.referenced_columns.empty()) continue;
          const auto* s = catalog_.find_schema(fk.referenced_table.schema);
          if (!s || !s->tables.count(fk.referenced_table.name)) continue;
          for (const auto& [____, key] : s->tables.at(fk.referenced_table.name).constraints) {
            if (key.kind == model::ConstraintKind::PrimaryKey) fk.referenced_columns = key.columns;
          }
        }
      }
    }
  }

  void finish_table(const std::string& schema_name, model::Table& table) {
    ObjectId table_id{ObjectKind::Table, schema_name, table.name, "", ""};
    for (auto& column : table.columns) {
      ObjectId id{ObjectKind::Column, schema_name, column.name, table.name, ""};
      add_type_dependency(id, column.type);
      add_collation_dependency(id, column.details->collation);
      if (column.default_value) {
        finish(*column.default_value, id, &table, table.name);
        // DEFAULT NULL is no default: PostgreSQL stores none.
        if (column.default_value->canonical == "null") column.default_value.reset();
      }
      if (column.details->generated) finish(*column.details.edit().generated, id, &table, table.name);
    }
    for (auto& [name, constraint] : table.constraints) {
      ObjectId id{ObjectKind::Constraint, schema_name, name, table.name, ""};
      add_dependency(id, table_id);
      for (const auto& column : constraint.columns) {
        if (has_column(table, column)) add_dependency(id, ObjectId{ObjectKind::Column, schema_name, column, table.name, ""});
      }
      if (constraint.check) finish(*constraint.check, id, &table, table.name);
      for (auto& element : constraint.exclusion) finish(element.element, id, &table, table.name);
      if (constraint.exclusion_where) finish(*constraint.exclusion_where, id, &table, table.name);
      if (constraint.kind == model::ConstraintKind::ForeignKey) {
        const auto& ref = constraint.foreign_key.referenced_table;
        add_dependency(id, ObjectId{ObjectKind::Table, ref.schema, ref.name, "", ""});
        const auto* s = schema(ref.schema);
        if (s && s->tables.count(ref.name)) {
          for (const auto& [key_name, key] : s->tables.at(ref.name).constraints) {
            if ((key.kind == model::ConstraintKind::PrimaryKey || key.kind == model::ConstraintKind::Unique) &&
                key.columns == constraint.foreign_key.referenced_columns) {
              add_dependency(id, ObjectId{ObjectKind::Constraint, ref.schema, key_name, ref.name, ""});
            }
          }
        }
      }
    }
    for (auto& [name, policy] : table.policies) {
      ObjectId id{ObjectKind::Policy, schema_name, name, table.name, ""};
      add_dependency(id, table_id);
      if (policy.using_expr) finish(*policy.using_expr, id, &table, table.name);
      if (policy.check_expr) finish(*policy.check_expr, id, &table, table.name);
    }
    for (const auto& parent : table.inherits) add_dependency(table_id, ObjectId{ObjectKind::Table, parent.schema, parent.name, "", ""});
    if (table.partition_of) {
      add_dependency(table_id, ObjectId{ObjectKind::Table, table.partition_of->schema, table.partition_of->name, "", ""});
    }
    if (table.partition_bound) finish(*table.partition_bound, table_id);
    if (table.partition_by) {
      for (auto& element : table.partition_by->elements) finish(element, table_id, &table, table.name);
    }
  }

  void finish_schema(const std::string& schema_name, model::Schema& schema) {
    for (auto& [_, table] : schema.tables) finish_table(schema_name, table);
    for (auto* views : {&schema.views, &schema.materialized_views}) {
      for (auto& [name, view] : *views) {
        ObjectId id{views == &schema.views ? ObjectKind::View : ObjectKind::MaterializedView, schema_name, name, "", ""};
        finish(view.query, id);
      }
    }
    for (auto& [name, index] : schema.indexes) {
      ObjectId id{ObjectKind::Index, schema_name, name, index.table, ""};
      const model::Table* table = schema.tables.count(index.table) ? &schema.tables.at(index.table) : nullptr;
      if (auto rel = relation(schema_name, index.table)) add_dependency(id, *rel);
      for (auto& element : index.elements) {
        finish(element.expression, id, table, index.table);
        if (!element.collation_schema.empty()) add_collation_dependency(id, model::QualifiedName{element.collation_schema, element.collation});
      }
      if (index.where) finish(*index.where, id, table, index.table);
      if (index.attached_to) {
        add_dependency(id, ObjectId{ObjectKind::Index, index.attached_to->schema, index.attached_to->name, "", ""});
      }
    }
    for (auto& [_, routine] : schema.routines) {
      ObjectId id{routine.is_procedure ? ObjectKind::Procedure : ObjectKind::Function, schema_name, routine.name, "",
                  routine.signature()};
      for (auto& parameter : routine.parameters) {
        add_type_dependency(id, parameter.type);
        if (parameter.default_value) finish(*parameter.default_value, id);
      }
      if (routine.return_type) add_type_dependency(id, *routine.return_type);
      if (routine.sql_standard_body) finish(routine.body, id);
    }
    for (auto& [_, sequence] : schema.sequences) {
      if (sequence.owned_by) {
        add_dependency(ObjectId{ObjectKind::Sequence, schema_name, sequence.name, "", ""},
                       ObjectId{ObjectKind::Table, sequence.owned_by->schema, sequence.owned_by->table, "", ""});
      }
    }
    for (auto& [name, type] : schema.types) {
      ObjectId id{ObjectKind::Type, schema_name, name, "", ""};
      for (const auto& attribute : type.attributes) {
        add_type_dependency(id, attribute.type);
        add_collation_dependency(id, attribute.collation);
      }
    }
    for (auto& [name, domain] : schema.domains) {
      ObjectId id{ObjectKind::Domain, schema_name, name, "", ""};
      add_type_dependency(id, domain.base_type);
      add_collation_dependency(id, domain.collation);
      if (domain.default_value) finish(*domain.default_value, id);
      for (auto& [__, constraint] : domain.constraints) finish(constraint.check, id);
    }
    for (auto& [key, trigger] : schema.triggers) {
      ObjectId id{ObjectKind::Trigger, schema_name, trigger.name, trigger.table, ""};
      if (auto rel = relation(schema_name, trigger.table)) add_dependency(id, *rel);
      for (const auto& routine : routines(trigger.function.schema, trigger.function.name)) add_dependency(id, routine);
      const model::Table* table = schema.tables.count(trigger.table) ? &schema.tables.at(trigger.table) : nullptr;
      if (trigger.when) finish(*trigger.when, id, table, trigger.table);
    }
    for (auto& [key, rule] : schema.rules) {
      // What the rule's condition and commands name: tables, views, functions, columns.
      ObjectId id{ObjectKind::Rule, schema_name, rule.name, rule.table, ""};
      if (auto rel = relation(schema_name, rule.table)) add_dependency(id, *rel);
      const model::Table* table = schema.tables.count(rule.table) ? &schema.tables.at(rule.table) : nullptr;
      if (rule.where) finish(*rule.where, id, table, rule.table);
      finish(rule.actions, id, table, rule.table);
    }
    for (auto& [_, aggregate] : schema.aggregates) {
      ObjectId id{ObjectKind::Aggregate, schema_name, aggregate.name, "", aggregate.signature()};
      for (const auto& parameter : aggregate.parameters) add_type_dependency(id, parameter.type);
      for (const auto& [key, value] : aggregate.options) {
        auto dot = value.find('.');
        if (dot == std::string::npos) continue;
        for (const auto& routine : routines(value.substr(0, dot), value.substr(dot + 1))) add_dependency(id, routine);
      }
    }
    for (const auto& [name, configuration] : schema.text_search_configurations) {
      ObjectId id{ObjectKind::TextSearchConfiguration, schema_name, name, "", ""};
      for (const auto& [_, dictionaries] : configuration.mappings) {
        for (const auto& d : dictionaries) {
          const auto* s = this->schema(d.schema);
          if (s && s->text_search_dictionaries.count(d.name)) add_dependency(id, ObjectId{ObjectKind::TextSearchDictionary, d.schema, d.name, "", ""});
        }
      }
    }
    for (auto& [_, op] : schema.operators) {
      ObjectId id{ObjectKind::Operator, schema_name, op.name, "", op.signature()};
      if (op.left) add_type_dependency(id, *op.left);
      if (op.right) add_type_dependency(id, *op.right);
      if (auto it = op.options.find("FUNCTION"); it != op.options.end()) {
        auto dot = it->second.find('.');
        if (dot != std::string::npos) {
          for (const auto& routine : routines(it->second.substr(0, dot), it->second.substr(dot + 1))) add_dependency(id, routine);
        }
      }
    }
  }

  // ---------------------------------------------------------------- partitions

  static bool same_key(const model::Constraint& a, const model::Constraint& b) {
    return a.kind == b.kind && a.columns == b.columns && a.include == b.include &&
           a.nulls_not_distinct == b.nulls_not_distinct && a.exclusion == b.exclusion;
  }

  static bool same_index(const model::Index& a, const model::Index& b) {
    return a.unique == b.unique && a.method == b.method && a.elements == b.elements && a.include == b.include &&
           a.where == b.where && a.nulls_not_distinct == b.nulls_not_distinct;
  }

  // Names of the constraints of a schema's tables, and the indexes of each table by name: asking
  // the catalog scanned every table (or index) of the schema for each partition, so a table of
  // thousands of partitions took minutes. Clones are added to both as they are made.
  std::map<std::string, std::unordered_set<std::string>> constraint_names_;
  std::map<std::pair<std::string, std::string>, std::set<std::string>> indexes_by_table_;  // (schema, table)

  std::unordered_set<std::string>& constraint_names(const std::string& schema_name) {
    auto [it, is_new] = constraint_names_.try_emplace(schema_name);
    if (const auto* s = schema(schema_name); is_new && s) {
      for (const auto& [_, table] : s->tables) {
        for (const auto& [name, __] : table.constraints) it->second.insert(name);
      }
    }
    return it->second;
  }

  bool relation_taken(const std::string& schema_name, const std::string& name) {
    const auto* s = schema(schema_name);
    if (!s) return false;
    if (relation(schema_name, name) || s->indexes.count(name)) return true;
    return constraint_names(schema_name).count(name) > 0;
  }

  // PostgreSQL gives every partition its own copy of its parent's keys and indexes (pg_dump
  // prints them). A schema written with PARTITION OF leaves them implicit: add the missing ones,
  // named as PostgreSQL names them, parents before their partitions.
  void clone_partition_indexes() {
    std::vector<ObjectId> tables;
    for (const auto& [schema_name, s] : catalog_.schemas) {
      for (const auto& [name, table] : s.tables) {
        if (table.partition_of) tables.push_back({ObjectKind::Table, schema_name, name, "", ""});
      }
    }
    // Parents first: sort by partition depth.
    auto depth = [&](const ObjectId& id) {
      int d = 0;
      const model::Table* t = &catalog_.schemas.at(id.schema).tables.at(id.name);
      while (t && t->partition_of && d < 64) {
        const auto* s = schema(t->partition_of->schema);
        t = s && s->tables.count(t->partition_of->name) ? &s->tables.at(t->partition_of->name) : nullptr;
        ++d;
      }
      return d;
    };
    std::stable_sort(tables.begin(), tables.end(), [&](const auto& a, const auto& b) { return depth(a) < depth(b); });
    for (const auto& [schema_name, s] : catalog_.schemas) {
      for (const auto& [name, index] : s.indexes) indexes_by_table_[{schema_name, index.table}].insert(name);
    }
    for (const auto& id : tables) {
      auto& child = catalog_.schemas.at(id.schema).tables.at(id.name);
      const auto& parent_name = *child.partition_of;
      const auto* parent_schema = schema(parent_name.schema);
      if (!parent_schema || !parent_schema->tables.count(parent_name.name)) continue;
      const auto parent = parent_schema->tables.at(parent_name.name);
      for (const auto& [_, key] : parent.constraints) {
        if (key.kind != model::ConstraintKind::PrimaryKey && key.kind != model::ConstraintKind::Unique &&
            key.kind != model::ConstraintKind::Exclude) {
          continue;
        }
        bool present = false;
        for (const auto& [__, own] : child.constraints) present = present || same_key(own, key);
        if (present) continue;
        model::Constraint clone = key;
        auto taken = [&](const std::string& n) { return relation_taken(id.schema, n); };
        const char* label = key.kind == model::ConstraintKind::PrimaryKey ? "pkey"
                            : key.kind == model::ConstraintKind::Unique   ? "key"
                                                                          : "excl";
        clone.name = choose_object_name(id.name, key.kind == model::ConstraintKind::PrimaryKey ? "" : name_addition(key.columns),
                                        label, taken);
        if (key.kind == model::ConstraintKind::PrimaryKey) {
          for (const auto& column : key.columns) {
            if (auto* c = child.find_column(column)) c->not_null = true;
          }
        }
        constraint_names(id.schema).insert(clone.name);
        child.constraints[clone.name] = clone;
      }
      clone_parent_indexes(id, child.partitioned);
    }
  }

  // PostgreSQL pairs a partition with its parent's indexes when either is made, the parent's
  // indexes in the order they were created (OID order): each takes the first of the partition's
  // indexes that is like it, existed by then and is not attached yet (in creation order too), or
  // else a clone made then, named <partition>_<columns>_idx, ..._idx1, ... So of two equal
  // parent indexes the one created first gets the first clone, whatever their names, and a
  // partition's index created after both is its own. Events the parser did not order (0) come
  // first, the indexes by name, and any index of the partition may be attached at such an event.
  void clone_parent_indexes(const ObjectId& id, const model::ReadOrder& partitioned) {
    const auto& parent_name = *catalog_.schemas.at(id.schema).tables.at(id.name).partition_of;
    auto& indexes = catalog_.schemas.at(id.schema).indexes;
    auto in_creation_order = [](std::vector<model::Index*>& list) {
      std::stable_sort(list.begin(), list.end(), [](const auto* a, const auto* b) { return a->created.before(b->created); });
    };
    // The parent's indexes live in its own schema; a partition in another schema gets its
    // clones in the partition's schema, as PostgreSQL makes them.
    std::vector<model::Index> parent_indexes;
    if (auto parent_schema = catalog_.schemas.find(parent_name.schema); parent_schema != catalog_.schemas.end()) {
      std::vector<model::Index*> parents;
      for (const auto& name : indexes_by_table_[{parent_name.schema, parent_name.name}]) parents.push_back(&parent_schema->second.indexes.at(name));
      in_creation_order(parents);
      for (const auto* parent : parents) parent_indexes.push_back(*parent);
    }
    auto& own_indexes = indexes_by_table_[{id.schema, id.name}];  // in name order, as the schema's map
    std::vector<model::Index*> own;
    for (const auto& name : own_indexes) own.push_back(&indexes.at(name));
    in_creation_order(own);
    std::uint32_t clones = 0;
    for (const auto& parent_index : parent_indexes) {
      const model::ReadOrder made = partitioned.before(parent_index.created) ? parent_index.created : partitioned;
      bool present = false;
      for (const auto* index : own) present = present || (index->attached_to && index->attached_to->name == parent_index.name);
      for (auto* index : own) {
        if (present) break;
        if (!index->attached_to && (made.statement == 0 || index->created.before(made)) && same_index(*index, parent_index)) {
          index->attached_to = model::QualifiedName{parent_name.schema, parent_index.name};
          present = true;
        }
      }
      if (present) continue;
      model::Index clone = parent_index;
      clone.table = id.name;
      clone.attached_to = model::QualifiedName{parent_name.schema, parent_index.name};
      clone.statistics.clear();
      clone.created = {made.statement, ++clones};
      clone.name = choose_object_name(id.name, name_addition(index_column_names(parent_index)), "idx",
                                      [&](const std::string& n) { return relation_taken(id.schema, n); });
      own_indexes.insert(clone.name);
      own.push_back(&(indexes[clone.name] = clone));
    }
  }

  // Column names PostgreSQL derives for an index's elements (for the clone's name).
  static std::vector<std::string> index_column_names(const model::Index& index) {
    std::vector<std::string> names;
    for (const auto& element : index.elements) {
      auto tokens = lex_sql(element.expression.original);
      size_t i = 0;
      while (i < tokens.size() && tokens[i].kind == TokenKind::LParen) ++i;
      // A qualified function, schema.f(...): named after the function.
      auto is_name = [&](size_t at) { return at < tokens.size() && (tokens[at].kind == TokenKind::Word || tokens[at].kind == TokenKind::QuotedIdentifier); };
      while (is_name(i) && i + 2 < tokens.size() && tokens[i + 1].kind == TokenKind::Dot && is_name(i + 2)) i += 2;
      std::string name = "expr";
      if (i < tokens.size() && (tokens[i].kind == TokenKind::Word || tokens[i].kind == TokenKind::QuotedIdentifier)) {
        bool call = i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::LParen;
        bool alone = i + 1 == tokens.size() || tokens[i + 1].kind == TokenKind::RParen;
        if (call || alone) name = fold_identifier(tokens[i].text);
      }
      names.push_back(name);
    }
    return names;
  }

  // A partition has its parent's CHECK constraints whether or not they are written: pg_dump
  // prints them on each partition, a schema written with PARTITION OF leaves them implicit. One
  // model for both: a partition's CHECK that is its parent's (name and expression) is left out,
  // deepest partitions first, so a nested one compares with its parent's copy before that goes.
  void drop_inherited_partition_checks() {
    std::vector<std::pair<int, model::Table*>> partitions;
    for (auto& [schema_name, s] : catalog_.schemas) {
      for (auto& [name, table] : s.tables) {
        if (!table.partition_of) continue;
        int depth = 0;
        for (const model::Table* t = &table; t && t->partition_of && depth < 64; ++depth) t = find_table(*t->partition_of);
        partitions.push_back({depth, &table});
      }
    }
    std::stable_sort(partitions.begin(), partitions.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (auto& [_, partition] : partitions) {
      const auto* parent = find_table(*partition->partition_of);
      if (!parent) continue;
      std::erase_if(partition->constraints, [&](const auto& entry) {
        const auto& [name, check] = entry;
        auto inherited = parent->constraints.find(name);
        return check.kind == model::ConstraintKind::Check && inherited != parent->constraints.end() &&
               inherited->second.kind == model::ConstraintKind::Check && inherited->second.check == check.check && !check.no_inherit;
      });
    }
  }

  const model::Table* find_table(const model::QualifiedName& name) const {
    const auto* s = schema(name.schema);
    if (!s) return nullptr;
    auto it = s->tables.find(name.name);
    return it == s->tables.end() ? nullptr : &it->second;
  }

  // Grants to the owner are implied; lists equal to the default say nothing.
  void reduce_access_lists() {
    for (auto it = catalog_.privileges.begin(); it != catalog_.privileges.end();) {
      auto owner = catalog_.owners.find(it->first);
      if (owner != catalog_.owners.end()) {
        for (auto grant = it->second.begin(); grant != it->second.end();) {
          if (grant->grantee == owner->second) grant = it->second.erase(grant); else ++grant;
        }
      }
      if (it->second == model::default_access_list(it->first)) it = catalog_.privileges.erase(it); else ++it;
    }
  }
};

}  // namespace

void finish_catalog(Catalog& catalog, std::vector<Diagnostic>&) {
  Finisher(catalog).run();
  model::merge_inherited_columns(catalog);
}

}  // namespace schemadelta::parser

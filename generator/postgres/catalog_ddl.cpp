#include "generator/postgres/catalog_ddl.h"

#include "compare/dependency_order.h"
#include "generator/postgres/ddl.h"
#include "generator/postgres/script_text.h"
#include "model/privilege_defaults.h"

namespace schemadelta::generator::postgres {

using model::ObjectId;
using model::ObjectKind;

namespace {

class CatalogWriter {
 public:
  CatalogWriter(const model::Catalog& catalog, const CatalogDdlOptions& options, const DdlSink& out)
      : catalog_(catalog), options_(options), out_(out) {}

  void run() {
    out_("SET check_function_bodies = false;\nSET client_min_messages = warning;\n");
    out_(search_path_statement(path_));
    out_("\n");
    for (const auto& [name, _] : catalog_.schemas) {
      if (name != "public") add(create_schema(name));
    }
    for (const auto& [_, extension] : catalog_.extensions) add(create_extension(extension));
    write_objects();
    write_partitions_and_sequence_owners();
    write_keys_and_indexes();
    write_table_objects();
    write_comments_owners_privileges();
  }

 private:
  const model::Catalog& catalog_;
  const CatalogDdlOptions& options_;
  const DdlSink& out_;
  std::vector<std::string> path_;  // the search_path the text has set so far

  // Each statement goes out as it is made (the text is never held whole: a fingerprint only
  // hashes it), after a SET search_path when it needs another.
  void add(const Statement& statement) {
    switch_path(statement.search_path);
    out_(statement.sql);
    out_("\n");
  }

  // A table goes out a column at a time: its statement is not held whole.
  void add_table(const std::string& schema, const model::Table& table) {
    switch_path(create_table_path(table));
    write_create_table(schema, table, false, out_);
    out_("\n");
  }

  void switch_path(const std::optional<std::vector<std::string>>& path) {
    if (path && *path != path_) {
      path_ = *path;
      out_(search_path_statement(path_));
      out_("\n");
    }
  }

  template <typename F>
  void for_each_schema(F&& f) {
    for (const auto& [name, schema] : catalog_.schemas) f(name, schema);
  }

  std::vector<ObjectId> ordered(const std::vector<ObjectId>& ids) {
    return compare::dependency_order(ids, catalog_.dependencies).order;
  }

  // Everything CREATE makes on its own, in one dependency order: a function returning a table's
  // row type comes after the table, a table whose default calls a function after the function.
  // Ties go by kind (types, domains, sequences, routines, tables, views) then name.
  void write_objects() {
    std::vector<ObjectId> ids;
    for_each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [name, _] : schema.types) ids.push_back({ObjectKind::Type, s, name, "", ""});
      for (const auto& [name, _] : schema.domains) ids.push_back({ObjectKind::Domain, s, name, "", ""});
      for (const auto& [name, _] : schema.sequences) ids.push_back({ObjectKind::Sequence, s, name, "", ""});
      for (const auto& [_, r] : schema.routines) {
        ids.push_back({r.is_procedure ? ObjectKind::Procedure : ObjectKind::Function, s, r.name, "", r.signature()});
      }
      for (const auto& [_, a] : schema.aggregates) ids.push_back({ObjectKind::Aggregate, s, a.name, "", a.signature()});
      for (const auto& [_, o] : schema.operators) ids.push_back({ObjectKind::Operator, s, o.name, "", o.signature()});
      for (const auto& [name, _] : schema.collations) ids.push_back({ObjectKind::Collation, s, name, "", ""});
      for (const auto& [name, _] : schema.text_search_dictionaries) ids.push_back({ObjectKind::TextSearchDictionary, s, name, "", ""});
      for (const auto& [name, _] : schema.text_search_configurations) ids.push_back({ObjectKind::TextSearchConfiguration, s, name, "", ""});
      for (const auto& [name, _] : schema.tables) ids.push_back({ObjectKind::Table, s, name, "", ""});
      for (const auto& [name, _] : schema.views) ids.push_back({ObjectKind::View, s, name, "", ""});
      for (const auto& [name, _] : schema.materialized_views) ids.push_back({ObjectKind::MaterializedView, s, name, "", ""});
    });
    const auto& dependencies = catalog_.dependencies;
    auto each = [&dependencies](const ObjectId& from, const auto& visit) {
      if (auto it = dependencies.find(from); it != dependencies.end()) {
        for (const auto& target : it->second) visit(target);
      }
    };
    auto lifted = [&](const ObjectId& id, const std::function<void(const ObjectId&)>& depends_on) {
      if (id.kind == ObjectKind::Sequence) {
        // Sequences OWNED BY a column are created before the table (ownership is set afterwards).
        each(id, [&](const ObjectId& target) {
          if (target.kind != ObjectKind::Table && target.kind != ObjectKind::Column) depends_on(target);
        });
        return;
      }
      each(id, depends_on);
      if (id.kind != ObjectKind::Table) return;
      // CREATE TABLE writes columns and CHECK constraints: their needs are the table's.
      const auto& table = catalog_.schemas.at(id.schema).tables.at(id.name);
      auto lift = [&](const ObjectId& part) {
        each(part, [&](const ObjectId& target) {
          if (!(target.kind == ObjectKind::Column && target.parent == id.name && target.schema == id.schema)) depends_on(target);
        });
      };
      for (const auto& column : table.columns) lift({ObjectKind::Column, id.schema, column.name, id.name, ""});
      for (const auto& [cname, c] : table.constraints) {
        if (c.kind == model::ConstraintKind::Check) lift({ObjectKind::Constraint, id.schema, cname, id.name, ""});
      }
    };
    const auto order = compare::dependency_order(ids, lifted).order;
    for (const auto& id : order) {
      const auto& schema = catalog_.schemas.at(id.schema);
      switch (id.kind) {
        case ObjectKind::Type: add(create_type(id.schema, schema.types.at(id.name))); break;
        case ObjectKind::Domain: add(create_domain(id.schema, schema.domains.at(id.name))); break;
        case ObjectKind::Sequence: add(create_sequence(id.schema, schema.sequences.at(id.name))); break;
        case ObjectKind::Function: case ObjectKind::Procedure:
          add(create_routine(id.schema, schema.routines.at(id.name + id.signature)));
          break;
        case ObjectKind::Aggregate: add(create_aggregate(id.schema, schema.aggregates.at(id.name + id.signature))); break;
        case ObjectKind::Operator: add(create_operator(id.schema, schema.operators.at(id.name + id.signature))); break;
        case ObjectKind::Collation: add(create_collation(id.schema, schema.collations.at(id.name))); break;
        case ObjectKind::TextSearchDictionary:
          add(create_text_search_dictionary(id.schema, schema.text_search_dictionaries.at(id.name)));
          break;
        case ObjectKind::TextSearchConfiguration: {
          const auto& configuration = schema.text_search_configurations.at(id.name);
          add(create_text_search_configuration(id.schema, configuration));
          for (auto& statement : text_search_mappings(id.schema, nullptr, configuration)) add(statement);
          break;
        }
        case ObjectKind::Table: {
          // Only a partition is copied (to give it its parent's checks): a table of many columns
          // copied whole for its DDL doubled the model's memory.
          const auto& table = schema.tables.at(id.name);
          if (table.partition_of) add_table(id.schema, with_parent_checks(table));
          else add_table(id.schema, table);
          break;
        }
        case ObjectKind::View: add(create_view(id.schema, schema.views.at(id.name), false)); break;
        case ObjectKind::MaterializedView: add(create_view(id.schema, schema.materialized_views.at(id.name), true)); break;
        default: break;
      }
    }
  }

  // A partition is created on its own and attached later, as pg_dump writes it: it must have its
  // parent's CHECK constraints by then (the model leaves them implicit on partitions).
  model::Table with_parent_checks(const model::Table& table) const {
    if (!table.partition_of) return table;
    const auto* parent_schema = catalog_.find_schema(table.partition_of->schema);
    if (!parent_schema || !parent_schema->tables.count(table.partition_of->name)) return table;
    const auto& parent = parent_schema->tables.at(table.partition_of->name);
    model::Table complete = table;
    for (const auto& [name, constraint] : with_parent_checks(parent).constraints) {
      if (constraint.kind == model::ConstraintKind::Check && !constraint.no_inherit) complete.constraints.emplace(name, constraint);
    }
    return complete;
  }

  void write_partitions_and_sequence_owners() {
    for_each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [_, table] : schema.tables) {
        if (table.partition_of && table.partition_bound) add(attach_partition(s, table));
      }
    });
    for_each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [_, sequence] : schema.sequences) {
        if (sequence.owned_by) add(sequence_owned_by(s, sequence));
      }
    });
  }

  bool is_partitioned(const std::string& schema, const std::string& table) const {
    const auto& tables = catalog_.schemas.at(schema).tables;
    auto it = tables.find(table);
    return it != tables.end() && it->second.partition_by.has_value();
  }

  void write_keys_and_indexes() {
    // Keys first (FKs need them), partitioned parents before their partitions; then indexes,
    // attached to their parents' the way pg_dump does it.
    std::vector<ObjectId> tables;
    for_each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [name, _] : schema.tables) tables.push_back({ObjectKind::Table, s, name, "", ""});
    });
    for (const auto& id : ordered(tables)) {
      const auto& table = catalog_.schemas.at(id.schema).tables.at(id.name);
      for (const auto& [_, c] : table.constraints) {
        if (c.kind == model::ConstraintKind::PrimaryKey || c.kind == model::ConstraintKind::Unique ||
            c.kind == model::ConstraintKind::Exclude) {
          add(add_constraint(id.schema, id.name, c, true));
        }
      }
    }
    std::vector<ObjectId> indexes;
    for_each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [name, index] : schema.indexes) indexes.push_back({ObjectKind::Index, s, name, index.table, ""});
    });
    for (const auto& id : ordered(indexes)) {
      const auto& index = catalog_.schemas.at(id.schema).indexes.at(id.name);
      add(create_index(id.schema, index, is_partitioned(id.schema, index.table)));
      for (auto& statement : index_attributes(id.schema, index)) add(statement);
    }
    for (const auto& id : ordered(indexes)) {
      const auto& index = catalog_.schemas.at(id.schema).indexes.at(id.name);
      if (index.attached_to) add(attach_index(*index.attached_to, {id.schema, index.name}));
    }
    // A partition's keys belong to its parent's keys.
    for (const auto& id : ordered(tables)) {
      const auto& table = catalog_.schemas.at(id.schema).tables.at(id.name);
      if (!table.partition_of) continue;
      const auto* parent_schema = catalog_.find_schema(table.partition_of->schema);
      if (!parent_schema || !parent_schema->tables.count(table.partition_of->name)) continue;
      const auto& parent = parent_schema->tables.at(table.partition_of->name);
      for (const auto& [name, c] : table.constraints) {
        for (const auto& [parent_key_name, parent_key] : parent.constraints) {
          if (parent_key.kind == c.kind && parent_key.columns == c.columns && c.kind != model::ConstraintKind::Check &&
              c.kind != model::ConstraintKind::ForeignKey) {
            add(attach_index({table.partition_of->schema, parent_key_name}, {id.schema, name}));
          }
        }
      }
    }
    for (const auto& id : ordered(tables)) {
      const auto& table = catalog_.schemas.at(id.schema).tables.at(id.name);
      for (const auto& [_, c] : table.constraints) {
        if (c.kind == model::ConstraintKind::ForeignKey) add(add_constraint(id.schema, id.name, c, !table.partition_by));
      }
    }
  }

  void write_table_objects() {
    for_each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [_, trigger] : schema.triggers) {
        add(create_trigger(s, trigger));
        if (auto state = trigger_state(s, trigger)) add(*state);
      }
      for (const auto& [_, rule] : schema.rules) add(create_rule(s, rule));
      for (const auto& [name, table] : schema.tables) {
        for (const auto& [_, policy] : table.policies) add(create_policy(s, name, policy));
        for (auto& statement : table_attributes(s, table)) add(statement);
      }
    });
  }

  void write_comments_owners_privileges() {
    for (const auto& [id, text] : catalog_.comments) add(comment_on(id, catalog_, &text));
    if (options_.owners) {
      for (const auto& [id, role] : catalog_.owners) add(owner_to(id, catalog_, role));
    }
    for (const auto& [id, acl] : catalog_.privileges) {
      for (auto& statement : change_privileges(id, catalog_, model::default_access_list(id), acl)) add(statement);
    }
  }
};

}  // namespace

void write_catalog_ddl(const model::Catalog& catalog, const DdlSink& out, const CatalogDdlOptions& options) {
  CatalogWriter(catalog, options, out).run();
}

std::string catalog_ddl(const model::Catalog& catalog, const CatalogDdlOptions& options) {
  std::string text;
  write_catalog_ddl(catalog, [&text](std::string_view part) { text += part; }, options);
  return text;
}

}  // namespace schemadelta::generator::postgres

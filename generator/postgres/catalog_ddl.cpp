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
  CatalogWriter(const model::Catalog& catalog, const CatalogDdlOptions& options) : catalog_(catalog), options_(options) {}

  std::string run() {
    for (const auto& [name, _] : catalog_.schemas) {
      if (name != "public") add(create_schema(name));
    }
    for (const auto& [_, extension] : catalog_.extensions) add(create_extension(extension));
    write_types_and_domains();
    for_each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [_, sequence] : schema.sequences) add(create_sequence(s, sequence));
    });
    for_each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [_, routine] : schema.routines) add(create_routine(s, routine));
    });
    for_each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [_, aggregate] : schema.aggregates) add(create_aggregate(s, aggregate));
      for (const auto& [_, op] : schema.operators) add(create_operator(s, op));
    });
    write_tables();
    write_views();
    write_keys_and_indexes();
    write_table_objects();
    write_comments_owners_privileges();

    std::vector<std::string> path;
    std::string text = "SET check_function_bodies = false;\nSET client_min_messages = warning;\n" +
                       search_path_statement(path) + "\n";
    return text + statements_text(statements_, path);
  }

 private:
  const model::Catalog& catalog_;
  const CatalogDdlOptions& options_;
  std::vector<Statement> statements_;

  void add(Statement statement) { statements_.push_back(std::move(statement)); }

  template <typename F>
  void for_each_schema(F&& f) {
    for (const auto& [name, schema] : catalog_.schemas) f(name, schema);
  }

  std::vector<ObjectId> ordered(const std::vector<ObjectId>& ids) {
    return compare::dependency_order(ids, catalog_.dependencies).order;
  }

  void write_types_and_domains() {
    std::vector<ObjectId> ids;
    for_each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [name, _] : schema.types) ids.push_back({ObjectKind::Type, s, name, "", ""});
      for (const auto& [name, _] : schema.domains) ids.push_back({ObjectKind::Domain, s, name, "", ""});
    });
    for (const auto& id : ordered(ids)) {
      const auto& schema = catalog_.schemas.at(id.schema);
      if (id.kind == ObjectKind::Type) add(create_type(id.schema, schema.types.at(id.name)));
      else add(create_domain(id.schema, schema.domains.at(id.name)));
    }
  }

  void write_tables() {
    std::vector<ObjectId> ids;
    for_each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [name, _] : schema.tables) ids.push_back({ObjectKind::Table, s, name, "", ""});
    });
    for (const auto& id : ordered(ids)) add(create_table(id.schema, catalog_.schemas.at(id.schema).tables.at(id.name)));
    for (const auto& id : ordered(ids)) {
      const auto& table = catalog_.schemas.at(id.schema).tables.at(id.name);
      if (table.partition_of && table.partition_bound) add(attach_partition(id.schema, table));
    }
    for_each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [_, sequence] : schema.sequences) {
        if (sequence.owned_by) add(sequence_owned_by(s, sequence));
      }
    });
  }

  void write_views() {
    std::vector<ObjectId> ids;
    for_each_schema([&](const std::string& s, const model::Schema& schema) {
      for (const auto& [name, _] : schema.views) ids.push_back({ObjectKind::View, s, name, "", ""});
      for (const auto& [name, _] : schema.materialized_views) ids.push_back({ObjectKind::MaterializedView, s, name, "", ""});
    });
    for (const auto& id : ordered(ids)) {
      const auto& schema = catalog_.schemas.at(id.schema);
      if (id.kind == ObjectKind::View) add(create_view(id.schema, schema.views.at(id.name), false));
      else add(create_view(id.schema, schema.materialized_views.at(id.name), true));
    }
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
      if (index.attached_to) add(attach_index(id.schema, index));
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

std::string catalog_ddl(const model::Catalog& catalog, const CatalogDdlOptions& options) {
  return CatalogWriter(catalog, options).run();
}

}  // namespace schemadelta::generator::postgres

#include "generator/postgres/change_sql.h"

#include "generator/postgres/renderer.h"

namespace schemadelta::generator::postgres {

namespace rendering {

// Stops the script, before anything is committed, when `count_query` finds rows; the message
// says what would have failed.
std::string preflight_block(const std::string& count_query, const std::string& message) {
  return do_block("preflight", "DECLARE bad bigint; BEGIN\n  SELECT count(*) INTO bad FROM (" + count_query +
                                   ") AS rows_found;\n  IF bad > 0 THEN\n    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, " +
                                   message_literal(message) + ";\n  END IF;\nEND");
}

// The relation's oid in a guard's condition: NULL (the condition is not met) rather than an
// error when a re-run finds the relation gone (a dropped parent, a table renamed away).
std::string relation_literal(const std::string& schema, const std::string& name) {
  return "to_regclass(" + quote_literal(qualified(schema, name)) + ")";
}

std::string relation_exists(const std::string& schema, const std::string& name) {
  return "to_regclass(" + quote_literal(qualified(schema, name)) + ") IS NOT NULL";
}

// A relation of one of these relkinds ('r', 'v', ...) exists under the name: a re-run may find
// the name taken by the object of another kind that replaced it.
std::string relation_of_kind(const std::string& schema, const std::string& name, const std::string& relkinds) {
  return "EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass(" + quote_literal(qualified(schema, name)) +
         ") AND relkind IN (" + relkinds + "))";
}

// A type of its own (not the row type of a table or view, which has the same name): what DROP TYPE
// or DROP DOMAIN may drop. A re-run finds a new table where the type was, and leaves it.
std::string standalone_type_exists(const std::string& schema, const std::string& name) {
  return "EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = " +
         quote_literal(schema) + " AND t.typname = " + quote_literal(name) +
         " AND (t.typrelid = 0 OR (SELECT relkind FROM pg_catalog.pg_class WHERE oid = t.typrelid) = 'c'))";
}

std::string type_exists(const std::string& schema, const std::string& name) {
  return "EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = " +
         quote_literal(schema) + " AND t.typname = " + quote_literal(name) + ")";
}

std::string constraint_exists(const std::string& schema, const std::string& table, const std::string& name) {
  return "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = " + relation_literal(schema, table) +
         " AND conname = " + quote_literal(name) + ")";
}

std::string own_constraint_exists(const std::string& schema, const std::string& table, const std::string& name) {
  return "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = " + relation_literal(schema, table) + " AND conname = " +
         quote_literal(name) + " AND coninhcount = 0)";
}

std::string column_exists(const std::string& schema, const std::string& table, const std::string& column) {
  return "EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = " + relation_literal(schema, table) + " AND attname = " +
         quote_literal(column) + " AND attnum > 0 AND NOT attisdropped)";
}

std::string stored_generated_own_column(const std::string& schema, const std::string& table, const std::string& column) {
  return "EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = " + relation_literal(schema, table) + " AND attname = " +
         quote_literal(column) + " AND attnum > 0 AND NOT attisdropped AND attgenerated = 's' AND attinhcount = 0)";
}

Statement drop_expression(const std::string& schema, const std::string& table, const std::string& column) {
  return {"ALTER TABLE " + qualified(schema, table) + " ALTER COLUMN " + quote_identifier(column) + " DROP EXPRESSION IF EXISTS;", std::nullopt};
}

std::string inherits(const std::string& child, const std::string& parent) {
  return "EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = " + child + " AND inhparent = " + parent + ")";
}

std::string table_name(const ObjectId& id) { return qualified(id.schema, id.kind == ObjectKind::Table ? id.name : id.parent); }

// Each change type belongs to one object family (render_<family>.cpp).
void Renderer::render() {
  switch (c_.type) {
    case ChangeType::CreateSchema: case ChangeType::DropSchema: case ChangeType::CreateExtension:
    case ChangeType::DropExtension: case ChangeType::AlterExtension:
      return render_namespaces();
    case ChangeType::CreateType: case ChangeType::DropType: case ChangeType::AddEnumValue:
    case ChangeType::AlterCompositeType: case ChangeType::RebuildType: case ChangeType::CreateDomain:
    case ChangeType::DropDomain: case ChangeType::AlterDomain:
      return render_types();
    case ChangeType::CreateSequence: case ChangeType::DropSequence: case ChangeType::AlterSequence:
    case ChangeType::SetSequenceOwner:
      return render_sequences();
    case ChangeType::CreateRoutine: case ChangeType::ReplaceRoutine: case ChangeType::DropRoutine:
    case ChangeType::CreateAggregate: case ChangeType::DropAggregate: case ChangeType::CreateOperator:
    case ChangeType::DropOperator:
      return render_routines();
    case ChangeType::CreateTable: case ChangeType::DropTable: case ChangeType::AlterTable:
    case ChangeType::AttachPartition: case ChangeType::DetachPartition:
      return render_tables();
    case ChangeType::AddColumn: case ChangeType::DropColumn: case ChangeType::AlterColumnType:
    case ChangeType::SetColumnDefault: case ChangeType::DropColumnDefault: case ChangeType::DropColumnExpression: case ChangeType::SetNotNull:
    case ChangeType::DropNotNull: case ChangeType::AlterColumnIdentity: case ChangeType::AlterColumnAttributes:
      return render_columns();
    case ChangeType::AddConstraint: case ChangeType::DropConstraint: case ChangeType::ValidateConstraint:
    case ChangeType::CreateIndex: case ChangeType::DropIndex: case ChangeType::AttachIndex:
      return render_constraints();
    case ChangeType::CreateView: case ChangeType::DropView:
      return render_views();
    case ChangeType::CreateTrigger: case ChangeType::DropTrigger: case ChangeType::AlterTriggerState:
    case ChangeType::CreatePolicy: case ChangeType::DropPolicy: case ChangeType::CreateRule:
    case ChangeType::DropRule:
      return render_table_objects();
    case ChangeType::CreateCollation: case ChangeType::DropCollation: case ChangeType::CreateTextSearch:
    case ChangeType::DropTextSearch: case ChangeType::AlterTextSearch:
      return render_collations();
    case ChangeType::SetComment: case ChangeType::SetPrivileges: case ChangeType::SetOwner: case ChangeType::Rename:
      return render_metadata();
  }
}

bool Renderer::table_existed() const {
  return before_.count(ObjectId{ObjectKind::Table, id_.schema, id_.parent, "", ""}) > 0;
}

std::optional<std::vector<std::string>> Renderer::expression_path(const model::Column& column) {
  if (column.default_value) return column.default_value->search_path;
  if (column.details->generated) return column.details->generated->search_path;
  return std::nullopt;
}

}  // namespace rendering

Statement guarded(const std::string& condition, const Statement& statement) {
  std::string tag = "$guard$";
  for (int n = 1; statement.sql.find(tag) != std::string::npos; ++n) tag = "$guard" + std::to_string(n) + "$";
  return {"DO " + tag + " BEGIN\n  IF " + condition + " THEN\n    " + statement.sql + "\n  END IF;\nEND " + tag + ";",
          statement.search_path};
}

std::optional<Statement> unique_index_preflight(const std::string& schema, const model::Index& index, bool partitioned) {
  if (!index.unique) return std::nullopt;
  std::string keys, not_null, shown;
  std::optional<std::vector<std::string>> path;
  for (const auto& element : index.elements) {
    std::string key = "(" + element.expression.original + ")";
    if (!element.collation.empty()) {
      key += " COLLATE " + (element.collation_schema.empty() ? quote_identifier(element.collation)
                                                             : qualified(element.collation_schema, element.collation));
    }
    keys += (keys.empty() ? "" : ", ") + key;
    not_null += (not_null.empty() ? "" : " AND ") + key + " IS NOT NULL";
    shown += (shown.empty() ? "" : ", ") + element.expression.original;
    if (!path && !element.expression.search_path.empty()) path = element.expression.search_path;
  }
  std::string where = index.nulls_not_distinct ? "true" : not_null;
  if (index.where) {
    where += " AND (" + index.where->original + ")";
    if (!path && !index.where->search_path.empty()) path = index.where->search_path;
  }
  const std::string message = "duplicate values of (" + shown + ") in " + schema + "." + index.table + ": unique index " + index.name + " would fail";
  return Statement{rendering::preflight_block("SELECT 1 FROM " + std::string(partitioned ? "" : "ONLY ") + qualified(schema, index.table) + " WHERE " + where +
                                                  " GROUP BY " + keys + " HAVING count(*) > 1",
                                              message),
                   path ? path : std::optional<std::vector<std::string>>(std::vector<std::string>{})};
}

std::vector<Statement> change_statements(const compare::Change& change, const compare::ChangeSet& set,
                                         const compare::CatalogIndex& before, const compare::CatalogIndex& after,
                                         const Preservation& preservation) {
  return rendering::Renderer(change, set, before, after, preservation).run();
}

}  // namespace schemadelta::generator::postgres

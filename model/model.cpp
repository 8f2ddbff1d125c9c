#include <utility>

#include "model/catalog.h"

namespace schemadelta::model {

const Column* Table::find_column(const std::string& column_name) const {
  for (const auto& column : columns) {
    if (column.name == column_name) return &column;
  }
  return nullptr;
}

Column* Table::find_column(const std::string& column_name) {
  return const_cast<Column*>(std::as_const(*this).find_column(column_name));
}

namespace {
std::string type_list(const std::vector<TypeRef>& types) {
  std::string text = "(";
  for (size_t i = 0; i < types.size(); ++i) text += (i ? ", " : "") + to_string(types[i]);
  return text + ")";
}

std::vector<TypeRef> input_types(const std::vector<Parameter>& parameters) {
  std::vector<TypeRef> types;
  for (const auto& p : parameters) {
    if (p.mode == "IN" || p.mode == "INOUT" || p.mode == "VARIADIC") types.push_back(p.type);
  }
  return types;
}
}  // namespace

std::string Routine::signature() const { return type_list(input_types(parameters)); }

std::string Aggregate::signature() const {
  return star ? "(*)" : type_list(input_types(parameters));
}

std::string Operator::signature() const {
  return "(" + (left ? to_string(*left) : std::string("NONE")) + ", " +
         (right ? to_string(*right) : std::string("NONE")) + ")";
}

Schema& Catalog::schema(const std::string& name) {
  auto& schema = schemas[name];
  schema.name = name;
  return schema;
}

const Schema* Catalog::find_schema(const std::string& name) const {
  auto it = schemas.find(name);
  return it == schemas.end() ? nullptr : &it->second;
}

Catalog empty_database_catalog() {
  Catalog catalog;
  catalog.schema("public");
  return catalog;
}

}  // namespace schemadelta::model

namespace schemadelta::model {

std::set<std::string> roles_named(const Catalog& catalog) {
  std::set<std::string> roles;
  for (const auto& [_, role] : catalog.owners) roles.insert(role);
  for (const auto& [_, acl] : catalog.privileges) {
    for (const auto& grant : acl) roles.insert(grant.grantee);
  }
  roles.erase("public");
  return roles;
}

const char* referential_action_name(ReferentialAction action) {
  switch (action) {
    case ReferentialAction::NoAction: return "NO ACTION";
    case ReferentialAction::Restrict: return "RESTRICT";
    case ReferentialAction::Cascade: return "CASCADE";
    case ReferentialAction::SetNull: return "SET NULL";
    case ReferentialAction::SetDefault: return "SET DEFAULT";
  }
  return "NO ACTION";
}

}  // namespace schemadelta::model

// The statements of comments, privileges, owners and renames. One family of the renderer
// (renderer.h), dispatched by change_sql.cpp.
#include "generator/postgres/renderer.h"

namespace schemadelta::generator::postgres::rendering {

void Renderer::render_metadata() {
  switch (c_.type) {
    case ChangeType::SetComment: {
      auto it = target_.comments.find(id_);
      add(comment_on(id_, target_, it == target_.comments.end() ? nullptr : &it->second));
      break;
    }
    case ChangeType::SetPrivileges: set_privileges(); break;
    case ChangeType::SetOwner: add(owner_to(id_, target_, target_.owners.at(id_))); break;
    case ChangeType::Rename: rename(); break;
    default: break;
  }
}

void Renderer::rename() {
  const std::string& s = id_.schema;
  const std::string& old_name = c_.value;
  const std::string to = quote_identifier(id_.name);
  switch (id_.kind) {
    case ObjectKind::Table: case ObjectKind::View: case ObjectKind::MaterializedView: case ObjectKind::Sequence:
    case ObjectKind::Index: {
      const char* keyword = id_.kind == ObjectKind::Table ? "TABLE" : id_.kind == ObjectKind::View ? "VIEW"
                            : id_.kind == ObjectKind::MaterializedView ? "MATERIALIZED VIEW"
                            : id_.kind == ObjectKind::Sequence ? "SEQUENCE" : "INDEX";
      add(guarded(relation_exists(s, old_name) + " AND NOT " + relation_exists(s, id_.name),
                  {std::string("ALTER ") + keyword + " " + qualified(s, old_name) + " RENAME TO " + to + ";", std::nullopt}));
      break;
    }
    case ObjectKind::Column:
      add(guarded("EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = " + relation_literal(s, id_.parent) +
                      " AND attname = " + quote_literal(old_name) + " AND NOT attisdropped)",
                  {"ALTER TABLE " + qualified(s, id_.parent) + " RENAME COLUMN " + quote_identifier(old_name) + " TO " + to + ";",
                   std::nullopt}));
      break;
    case ObjectKind::Constraint:
      add(guarded(constraint_exists(s, id_.parent, old_name),
                  {"ALTER TABLE " + qualified(s, id_.parent) + " RENAME CONSTRAINT " + quote_identifier(old_name) + " TO " + to + ";",
                   std::nullopt}));
      break;
    case ObjectKind::Type: case ObjectKind::Domain:
      add(guarded(type_exists(s, old_name) + " AND NOT " + type_exists(s, id_.name),
                  {std::string("ALTER ") + (id_.kind == ObjectKind::Domain ? "DOMAIN " : "TYPE ") + qualified(s, old_name) +
                       " RENAME TO " + to + ";",
                   std::nullopt}));
      break;
    case ObjectKind::Function: case ObjectKind::Procedure: {
      std::string reference = object_reference(id_, source_);  // FUNCTION s.new(args)
      std::string args = reference.substr(reference.find('('));
      std::string kind = id_.kind == ObjectKind::Procedure ? "PROCEDURE " : "FUNCTION ";
      add(guarded("to_regprocedure(" + quote_literal(qualified(s, old_name) + args) + ") IS NOT NULL",
                  {"ALTER " + kind + qualified(s, old_name) + args + " RENAME TO " + to + ";", std::nullopt}));
      break;
    }
    default: break;
  }
}

void Renderer::set_privileges() {
  auto from_it = source_.privileges.find(id_);
  auto to_it = target_.privileges.find(id_);
  // A new or recreated object starts from the defaults.
  bool fresh = !before_.count(id_) || c_.timing == compare::Timing::Fresh;
  model::AccessList from = (!fresh && from_it != source_.privileges.end()) ? from_it->second : model::default_access_list(id_);
  model::AccessList to = to_it != target_.privileges.end() ? to_it->second : model::default_access_list(id_);
  for (auto& statement : change_privileges(id_, target_, from, to)) add(statement);
}

}  // namespace schemadelta::generator::postgres::rendering

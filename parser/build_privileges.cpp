// GRANT and REVOKE on objects. Access lists are kept as sets of (grantee, privilege); the first
// change to an object starts from PostgreSQL's default list for its kind, so a REVOKE of a
// default privilege (EXECUTE from PUBLIC on functions) is recorded, and ALL is expanded.
#include "parser/builders.h"
#include "parser/sql_text.h"
#include "parser/catalog_lookup.h"
#include "model/privilege_defaults.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

namespace {

struct Target {
  ObjectId id;
  std::vector<std::string> columns;  // column privileges
};


// `unknown`: set to the first object named that this schema does not define.
std::vector<ObjectId> targets(P::PrivilegeTargetContext* t, BuildContext& context, bool& unmanaged_kind, std::string& unknown) {
  std::vector<ObjectId> ids;
  auto& catalog = context.catalog();
  if (t->ALL()) {
    unmanaged_kind = true;  // ALL TABLES IN SCHEMA: expands at run time, not a snapshot fact
    return ids;
  }
  if (t->FUNCTION() || t->PROCEDURE() || t->ROUTINE()) {
    for (auto* signature : t->routineSignature()) {
      if (auto id = routine_id(signature->qualifiedName(), signature->routineParameters(), t->PROCEDURE() != nullptr, context)) {
        ids.push_back(*id);
      } else {
        if (unknown.empty()) unknown = "routine " + context.text(signature);
      }
    }
    return ids;
  }
  if (t->DATABASE() || t->LANGUAGE() || t->FOREIGN()) {
    unmanaged_kind = true;
    return ids;
  }
  for (auto* name : t->qualifiedName()) {
    auto parts = context.parts(name);
    if (t->SCHEMA()) {
      catalog.schema(parts.back());
      ids.push_back(ObjectId{ObjectKind::Schema, "", parts.back(), "", ""});
    } else if (t->TYPE_P() || t->DOMAIN_P()) {
      std::string schema = parts.size() == 2 ? parts[0] : context.type_schema(parts[0]);
      const auto* s = catalog.find_schema(schema);
      bool is_domain = s && s->domains.count(parts.back());
      ids.push_back(ObjectId{is_domain ? ObjectKind::Domain : ObjectKind::Type, schema, parts.back(), "", ""});
    } else if (auto id = relation_id(name, context)) {
      ids.push_back(*id);
    } else {
      if (unknown.empty()) unknown = "relation " + context.text(name);
    }
  }
  return ids;
}

// (object, privilege) pairs a GRANT/REVOKE names: ALL expanded for the object's kind, and a
// privilege with a column list applying to those columns.
std::vector<std::pair<ObjectId, std::string>> privilege_items(P::PrivilegesContext* p, const ObjectId& object,
                                                              BuildContext& context) {
  std::vector<std::pair<ObjectId, std::string>> items;
  auto add = [&](const std::vector<std::string>& columns, const std::string& privilege) {
    if (columns.empty()) {
      items.emplace_back(object, privilege);
      return;
    }
    for (const auto& column : columns) items.emplace_back(ObjectId{ObjectKind::Column, object.schema, column, object.name, ""}, privilege);
  };
  if (p->ALL()) {
    auto columns = context.column_list(p->columnList());
    for (const auto& name : model::all_privileges(columns.empty() ? object.kind : ObjectKind::Column)) add(columns, name);
    return items;
  }
  for (auto* privilege : p->privilege()) {
    std::string name = ascii_upper(privilege->getStart()->getText());
    if (name == "TEMP") name = "TEMPORARY";
    add(context.column_list(privilege->columnList()), name);
  }
  return items;
}

model::AccessList& access_list(model::Catalog& catalog, const ObjectId& id) {
  auto it = catalog.privileges.find(id);
  if (it == catalog.privileges.end()) it = catalog.privileges.emplace(id, model::default_access_list(id)).first;
  return it->second;
}

void apply(P::PrivilegesContext* privileges, const std::vector<ObjectId>& objects, const std::vector<std::string>& grantees,
           bool grant, bool grant_option, BuildContext& context) {
  for (const auto& object : objects) {
    for (const auto& [id, name] : privilege_items(privileges, object, context)) {
      auto& list = access_list(context.catalog(), id);
      for (const auto& grantee : grantees) {
        if (grant) {
          list.erase({grantee, name, !grant_option});
          list.insert({grantee, name, grant_option});
        } else if (grant_option) {  // REVOKE GRANT OPTION FOR: the privilege stays
          if (list.erase({grantee, name, true})) list.insert({grantee, name, false});
        } else {
          list.erase({grantee, name, false});
          list.erase({grantee, name, true});
        }
      }
    }
  }
}

std::vector<std::string> grantees(const std::vector<P::GranteeContext*>& list, BuildContext& context) {
  std::vector<std::string> names;
  for (auto* grantee : list) names.push_back(context.role(grantee->roleSpec()));
  return names;
}

}  // namespace

void build_grant(P::GrantStatementContext* s, BuildContext& context) {
  bool unmanaged_kind = false;
  std::string unknown;
  auto objects = targets(s->privilegeTarget(), context, unmanaged_kind, unknown);
  if (unmanaged_kind) return context.unmanaged(s, "GRANT");
  if (!unknown.empty()) return context.not_defined_here(s, "GRANT on", unknown);
  apply(s->privileges(), objects, grantees(s->grantee(), context), true, s->OPTION() != nullptr, context);
}

void build_revoke(P::RevokeStatementContext* s, BuildContext& context) {
  bool unmanaged_kind = false;
  std::string unknown;
  auto objects = targets(s->privilegeTarget(), context, unmanaged_kind, unknown);
  if (unmanaged_kind) return context.unmanaged(s, "REVOKE");
  if (!unknown.empty()) return context.not_defined_here(s, "REVOKE on", unknown);
  apply(s->privileges(), objects, grantees(s->grantee(), context), false, s->OPTION() != nullptr, context);
}

}  // namespace schemadelta::parser

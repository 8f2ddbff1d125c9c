// CREATE TYPE (enum, composite, range, base), ALTER TYPE, CREATE DOMAIN, ALTER DOMAIN.
#include <algorithm>

#include "parser/builders.h"
#include "parser/sql_text.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

namespace {


model::Type* find_type(BuildContext& context, P::QualifiedNameContext* name, std::string* schema_out = nullptr) {
  auto parts = context.parts(name);
  std::string schema = parts.size() == 2 ? parts[0] : context.type_schema(parts[0]);
  if (schema_out) *schema_out = schema;
  auto s = context.catalog().schemas.find(schema);
  if (s == context.catalog().schemas.end()) return nullptr;
  auto t = s->second.types.find(parts.back());
  return t == s->second.types.end() ? nullptr : &t->second;
}

model::Domain* find_domain(BuildContext& context, P::QualifiedNameContext* name, std::string* schema_out = nullptr) {
  auto parts = context.parts(name);
  std::string schema = parts.size() == 2 ? parts[0] : context.type_schema(parts[0]);
  if (schema_out) *schema_out = schema;
  auto s = context.catalog().schemas.find(schema);
  if (s == context.catalog().schemas.end()) return nullptr;
  auto d = s->second.domains.find(parts.back());
  return d == s->second.domains.end() ? nullptr : &d->second;
}

// A definition list (range/base type, aggregate, operator options) as KEY -> canonical value.
std::map<std::string, std::string> definitions(P::DefinitionListContext* list, BuildContext& context) {
  std::map<std::string, std::string> result;
  if (!list) return result;
  for (auto* definition : list->definition()) {
    std::string key = ascii_upper(definition->identifier() ? context.name(definition->identifier()) : first_token(definition)->getText());
    std::string value = definition->tailExpression() ? context.text(definition->tailExpression()) : "";
    result[key] = value;
  }
  return result;
}

void add_domain_constraint(model::Domain& domain, P::DomainConstraintContext* c, BuildContext& context) {
  auto* body = c->domainConstraintBody();
  if (body->NOT()) { domain.not_null = true; return; }
  if (body->NULL_P()) { domain.not_null = false; return; }
  if (body->DEFAULT()) { domain.default_value = context.expr(body->defaultExpression()); return; }
  model::DomainConstraint constraint;
  constraint.check = context.expr(body->expression());
  constraint.validated = c->VALID() == nullptr;
  if (c->identifier()) {
    constraint.name = context.name(c->identifier());
  } else {
    constraint.name = choose_object_name(domain.name, "", "check",
                                         [&](const std::string& n) { return domain.constraints.count(n) > 0; });
  }
  domain.constraints[constraint.name] = constraint;
}

}  // namespace

// Shared with aggregates and operators.
std::map<std::string, std::string> build_definitions(P::DefinitionListContext* list, BuildContext& context) {
  return definitions(list, context);
}

void build_create_type(P::CreateTypeContext* s, BuildContext& context) {
  auto name = context.creation_name(s->qualifiedName());
  model::Type type;
  type.name = name.name;
  if (s->ENUM_P()) {
    type.kind = model::TypeKind::Enum;
    for (auto* label : s->stringLiteral()) type.enum_labels.push_back(context.string_value(label));
  } else if (s->RANGE()) {
    type.kind = model::TypeKind::Range;
    type.options = definitions(s->definitionList(), context);
  } else if (s->AS()) {
    type.kind = model::TypeKind::Composite;
    for (auto* attribute : s->compositeAttribute()) {
      model::CompositeAttribute a;
      a.name = context.name(attribute->identifier());
      a.type = context.type(attribute->typeName());
      if (attribute->qualifiedName()) a.collation = context.collation_name(attribute->qualifiedName());
      type.attributes.push_back(a);
    }
  } else if (s->definitionList()) {
    type.kind = model::TypeKind::Base;
    type.options = definitions(s->definitionList(), context);
  } else {
    type.kind = model::TypeKind::Shell;
  }
  auto& schema = context.catalog().schema(name.schema);
  auto existing = schema.types.find(name.name);
  // A base type is declared as a shell first, then defined.
  if (existing != schema.types.end() && existing->second.kind != model::TypeKind::Shell) {
    context.warn(s, "type " + name.schema + "." + name.name + " is defined twice; the last definition wins");
  }
  context.remember(ObjectId{ObjectKind::Type, name.schema, name.name, "", ""}, s);
  schema.types[name.name] = type;
}

void build_alter_type(P::AlterTypeContext* s, BuildContext& context) {
  std::string schema;
  auto* type = find_type(context, s->qualifiedName(), &schema);
  auto* domain = type ? nullptr : find_domain(context, s->qualifiedName(), &schema);
  if (!type && !domain) return context.not_defined_here(s, "ALTER TYPE of", context.text(s->qualifiedName()));
  auto name = context.parts(s->qualifiedName()).back();
  if (s->OWNER()) {
    context.catalog().owners[ObjectId{type ? ObjectKind::Type : ObjectKind::Domain, schema, name, "", ""}] =
        context.role(s->roleSpec());
    return;
  }
  if (!type || type->kind != model::TypeKind::Enum) return context.unmanaged(s, "ALTER TYPE");
  auto& labels = type->enum_labels;
  if (s->ADD()) {
    std::string label = context.string_value(s->stringLiteral(0));
    if (std::find(labels.begin(), labels.end(), label) != labels.end()) {
      if (!s->ifNotExists()) context.error(s, "enum label \"" + label + "\" already exists");
      return;
    }
    auto position = labels.end();
    if (s->stringLiteral().size() == 2) {
      auto neighbour = std::find(labels.begin(), labels.end(), context.string_value(s->stringLiteral(1)));
      if (neighbour == labels.end()) return context.error(s, "enum label to place the new one by does not exist");
      position = s->BEFORE() ? neighbour : neighbour + 1;
    }
    labels.insert(position, label);
    return;
  }
  if (s->VALUE_P()) {  // RENAME VALUE 'a' TO 'b'
    auto it = std::find(labels.begin(), labels.end(), context.string_value(s->stringLiteral(0)));
    if (it == labels.end()) return context.error(s, "enum label to rename does not exist");
    *it = context.string_value(s->stringLiteral(1));
    return;
  }
  context.unmanaged(s, "ALTER TYPE RENAME");
}

void build_create_domain(P::CreateDomainContext* s, BuildContext& context) {
  auto name = context.creation_name(s->qualifiedName(0));
  model::Domain domain;
  domain.name = name.name;
  domain.base_type = context.type(s->typeName());
  if (s->COLLATE()) domain.collation = context.collation_name(s->qualifiedName(1));
  for (auto* constraint : s->domainConstraint()) add_domain_constraint(domain, constraint, context);
  context.remember(ObjectId{ObjectKind::Domain, name.schema, name.name, "", ""}, s);
  context.catalog().schema(name.schema).domains[name.name] = domain;
}

void build_alter_domain(P::AlterDomainContext* s, BuildContext& context) {
  std::string schema;
  auto* domain = find_domain(context, s->qualifiedName(), &schema);
  if (!domain) return context.not_defined_here(s, "ALTER DOMAIN of", context.text(s->qualifiedName()));
  if (s->OWNER()) {
    context.catalog().owners[ObjectId{ObjectKind::Domain, schema, domain->name, "", ""}] = context.role(s->roleSpec());
  } else if (s->ADD()) {
    add_domain_constraint(*domain, s->domainConstraint(), context);
  } else if (s->DROP() && s->CONSTRAINT()) {
    domain->constraints.erase(context.name(s->identifier()));
  } else if (s->VALIDATE()) {
    auto it = domain->constraints.find(context.name(s->identifier()));
    if (it != domain->constraints.end()) it->second.validated = true;
  } else if (s->SET() && s->DEFAULT()) {
    domain->default_value = context.expr(s->tailExpression());
  } else if (s->DROP() && s->DEFAULT()) {
    domain->default_value.reset();
  } else if (s->NOT()) {
    domain->not_null = s->SET() != nullptr;
  } else {
    context.unmanaged(s, "ALTER DOMAIN RENAME");
  }
}

}  // namespace schemadelta::parser

// Schemas, extensions and comments, and the lookups that name an existing object.
#include <cctype>

#include "parser/builders.h"
#include "parser/catalog_lookup.h"
#include "parser/sql_text.h"
#include "model/builtin_objects.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

std::optional<ObjectId> relation_id(P::QualifiedNameContext* name, BuildContext& context) {
  return find_relation(context.catalog(), context.relation_name(name), context.held_names());
}

std::optional<ObjectId> routine_id(P::QualifiedNameContext* name, P::RoutineParametersContext* parameters,
                                   bool procedure, BuildContext& context) {
  std::string signature;
  if (parameters) {
    model::Routine probe;
    probe.parameters = build_parameters(parameters, context);
    signature = probe.signature();
  }
  auto parts = context.parts(name);
  if (parts.size() == 2) return find_routine(context.catalog(), {parts[0], parts[1]}, signature, procedure);
  for (const auto& schema : context.search_path()) {
    if (auto id = find_routine(context.catalog(), {schema, parts[0]}, signature, procedure)) return id;
  }
  return std::nullopt;
}

void build_create_schema(P::CreateSchemaContext* s, BuildContext& context) {
  std::string name = s->identifier() ? context.name(s->identifier()) : context.role(s->roleSpec());
  auto& catalog = context.catalog();
  if (catalog.schemas.count(name) && !s->ifNotExists() && name != "public") {
    context.warn(s, "schema \"" + name + "\" is created twice");
  }
  catalog.schema(name);
  ObjectId id{ObjectKind::Schema, "", name, "", ""};
  context.remember(id, s);
  if (s->AUTHORIZATION()) catalog.owners[id] = context.role(s->roleSpec());
}

void build_alter_schema(P::AlterSchemaContext* s, BuildContext& context) {
  std::string name = context.name(s->identifier(0));
  auto& catalog = context.catalog();
  if (!catalog.schemas.count(name)) {
    // pg_dump alters public, which every database has.
    catalog.schema(name);
  }
  if (s->OWNER()) {
    catalog.owners[ObjectId{ObjectKind::Schema, "", name, "", ""}] = context.role(s->roleSpec());
    return;
  }
  context.unmanaged(s, "ALTER SCHEMA RENAME");
}

void build_create_extension(P::CreateExtensionContext* s, BuildContext& context) {
  model::Extension extension;
  extension.name = context.name(s->identifier());
  // Older dumps create plpgsql: every database has it, so it is no object of the schema's.
  if (model::is_builtin_extension(extension.name)) return;
  extension.schema = context.creation_schema();
  for (auto* option : s->extensionOption()) {
    if (option->SCHEMA()) extension.schema = context.name(option->identifier());
    if (option->VERSION_P()) {
      extension.version = option->identifier() ? context.name(option->identifier())
                                               : context.string_value(option->stringLiteral());
    }
  }
  context.catalog().schema(extension.schema);
  context.remember(ObjectId{ObjectKind::Extension, "", extension.name, "", ""}, s);
  context.catalog().extensions[extension.name] = extension;
}

namespace {

std::optional<ObjectId> comment_target(P::CommentTargetContext* t, BuildContext& context) {
  auto& catalog = context.catalog();
  if (auto* type = t->objectTypeName()) {
    auto parts = context.parts(t->qualifiedName());
    if (type->SCHEMA()) return ObjectId{ObjectKind::Schema, "", parts.back(), "", ""};
    if (type->EXTENSION()) return ObjectId{ObjectKind::Extension, "", parts.back(), "", ""};
    if (type->TYPE_P() || type->DOMAIN_P()) {
      std::string schema = parts.size() == 2 ? parts[0] : context.type_schema(parts[0]);
      const auto* s = catalog.find_schema(schema);
      bool is_domain = s && s->domains.count(parts.back());
      return ObjectId{is_domain ? ObjectKind::Domain : ObjectKind::Type, schema, parts.back(), "", ""};
    }
    if (type->DATABASE() || type->ROLE()) return std::nullopt;
    if (type->COLLATION()) return collation_id(t->qualifiedName(), context);
    if (type->SEARCH()) return text_search_id(type->DICTIONARY() != nullptr, t->qualifiedName(), context);
    return relation_id(t->qualifiedName(), context);
  }
  if (t->COLUMN()) {
    auto parts = context.all_parts(t->qualifiedName());
    if (parts.size() < 2) return std::nullopt;
    auto column = parts.back();
    parts.pop_back();
    auto table = context.relation_name(parts);
    return ObjectId{ObjectKind::Column, table.schema, column, table.name, ""};
  }
  if (t->FUNCTION() || t->PROCEDURE() || t->ROUTINE()) {
    auto id = routine_id(t->qualifiedName(), t->routineParameters(), t->PROCEDURE() != nullptr, context);
    if (id || t->PROCEDURE()) return id;
    // PostgreSQL takes COMMENT ON FUNCTION (and ROUTINE) for an aggregate too, as PostGIS writes
    // `COMMENT ON FUNCTION ST_Union(setof raster)`: only a procedure is refused there.
    auto name = context.routine_name(t->qualifiedName());
    model::Aggregate probe;
    probe.parameters = build_parameters(t->routineParameters(), context);
    const auto* schema = context.catalog().find_schema(name.schema);
    if (!schema || !schema->aggregates.count(name.name + probe.signature())) return std::nullopt;
    return ObjectId{ObjectKind::Aggregate, name.schema, name.name, "", probe.signature()};
  }
  if (t->AGGREGATE()) {
    auto name = context.routine_name(t->qualifiedName());
    model::Aggregate probe;
    probe.star = t->aggregateParameters()->STAR() != nullptr;
    if (auto* parameters = t->aggregateParameters()->routineParameters()) probe.parameters = build_parameters(parameters, context);
    return ObjectId{ObjectKind::Aggregate, name.schema, name.name, "", probe.signature()};
  }
  if (t->TRIGGER() || t->POLICY() || t->RULE()) {
    auto table = context.relation_name(t->qualifiedName());
    const auto kind = t->TRIGGER() ? ObjectKind::Trigger : t->POLICY() ? ObjectKind::Policy : ObjectKind::Rule;
    return ObjectId{kind, table.schema, context.name(t->identifier()), table.name, ""};
  }
  if (t->CONSTRAINT()) {
    auto parts = context.parts(t->qualifiedName());
    model::QualifiedName owner = t->DOMAIN_P()
                                     ? model::QualifiedName{parts.size() == 2 ? parts[0] : context.type_schema(parts[0]), parts.back()}
                                     : context.relation_name(parts);
    return ObjectId{ObjectKind::Constraint, owner.schema, context.name(t->identifier()), owner.name, ""};
  }
  if (t->OPERATOR()) {
    auto* op = t->operatorName();
    std::string schema = op->identifier().empty() ? context.creation_schema() : context.name(op->identifier().back());
    model::Operator probe;
    auto arg = [&](P::OperatorArgTypeContext* a) -> std::optional<model::TypeRef> {
      if (a->NONE()) return std::nullopt;
      return context.type(a->typeName());
    };
    probe.left = arg(t->operatorArgType(0));
    probe.right = arg(t->operatorArgType(1));
    return ObjectId{ObjectKind::Operator, schema, op->anyOperator()->getText(), "", probe.signature()};
  }
  return std::nullopt;
}

}  // namespace

void build_comment(P::CommentOnContext* s, BuildContext& context) {
  if (s->commentTarget()->LANGUAGE()) return context.unmanaged(s, "COMMENT ON LANGUAGE");
  if (auto* other = s->commentTarget()->unmodeledCommentTarget()) {
    std::string kind = "COMMENT ON";  // the kind's words: ACCESS METHOD, TEXT SEARCH DICTIONARY, ...
    for (auto* child : other->children) {
      auto* word = dynamic_cast<antlr4::tree::TerminalNode*>(child);
      if (!word || !std::isalpha(static_cast<unsigned char>(word->getText()[0]))) break;
      kind += " " + ascii_upper(word->getText());
    }
    return context.unmanaged(s, kind);
  }
  auto target = comment_target(s->commentTarget(), context);
  if (!target) {
    auto* type = s->commentTarget()->objectTypeName();
    if (type && (type->DATABASE() || type->ROLE())) return context.unmanaged(s, "COMMENT ON " + type->getText());
    return context.not_defined_here(s, "COMMENT ON", context.text(s->commentTarget()));
  }
  if (target->kind == ObjectKind::Extension) {
    // An extension's comment comes with the extension (pg_dump prints it); not the user's.
    return;
  }
  // An empty comment drops the comment, as NULL does (PostgreSQL's CreateComments).
  std::string text = s->NULL_P() ? "" : context.string_value(s->stringLiteral());
  if (text.empty()) {
    context.catalog().comments.erase(*target);
  } else {
    context.catalog().comments[*target] = std::move(text);
  }
}

}  // namespace schemadelta::parser

// Functions, procedures, aggregates and operators.
#include <cmath>
#include <set>

#include "parser/builders.h"
#include "parser/children.h"
#include "parser/sql_text.h"
#include "parser/sql_token.h"
#include "parser/type_names.h"
#include "sql/quoting.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

namespace {



double number(P::SignedNumberContext* n) {
  try {
    return std::stod(n->getText());
  } catch (...) {
    return -1;
  }
}

void apply_option(model::Routine& r, P::RoutineOptionContext* o, BuildContext& context) {
  const Children k(o);
  if (k.has(P::LANGUAGE)) {
    r.language = ascii_lower(k.rule<P::IdentifierContext>(P::RuleIdentifier) ? context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier)) : context.string_value(k.rule<P::StringLiteralContext>(P::RuleStringLiteral, 0)));
  } else if (k.has(P::IMMUTABLE)) r.volatility = "IMMUTABLE";
  else if (k.has(P::STABLE)) r.volatility = "STABLE";
  else if (k.has(P::VOLATILE)) r.volatility = "VOLATILE";
  else if (k.has(P::LEAKPROOF)) r.leakproof = !k.has(P::NOT);
  else if (k.has(P::STRICT_P)) r.strict = true;
  else if (k.has(P::CALLED)) r.strict = false;
  else if (k.has(P::RETURNS)) r.strict = true;  // RETURNS NULL ON NULL INPUT
  else if (k.has(P::SECURITY)) r.security_definer = k.has(P::DEFINER);
  else if (k.has(P::PARALLEL)) r.parallel = ascii_upper(context.name(k.rule<P::IdentifierContext>(P::RuleIdentifier)));
  else if (k.has(P::COST)) r.cost = number(k.rule<P::SignedNumberContext>(P::RuleSignedNumber));
  else if (k.has(P::ROWS)) r.rows = number(k.rule<P::SignedNumberContext>(P::RuleSignedNumber));
  else if (k.has(P::SUPPORT)) {
    auto name = context.routine_name(k.rule<P::QualifiedNameContext>(P::RuleQualifiedName));
    r.support = name.schema + "." + name.name;
  } else if (k.has(P::WINDOW_P)) r.window = true;
  else if (k.has(P::SET)) {
    std::string name;
    for (const auto& part : context.parts(k.rule<P::QualifiedNameContext>(P::RuleQualifiedName))) name += (name.empty() ? "" : ".") + part;
    std::string value;
    if (k.has(P::FROM)) {
      value = "FROM CURRENT";
    } else {
      for (auto* v : k.rules<P::SetValueContext>(P::RuleSetValue)) value += (value.empty() ? "" : ", ") + context.set_value(v);
    }
    r.settings.emplace_back(name, value);
  } else if (k.has(P::AS)) {
    auto strings = k.rules<P::StringLiteralContext>(P::RuleStringLiteral);
    r.body.original = r.body.canonical = context.string_value(strings[0]);
    r.body.search_path = context.search_path();
    if (strings.size() > 1) r.link_symbol = context.string_value(strings[1]);
  } else if (k.has(P::RETURN) || k.has(P::ATOMIC)) {
    r.body = context.expr(o);
    r.sql_standard_body = true;
  } else if (k.has(P::TRANSFORM)) {
    context.unmanaged(o, "function TRANSFORM clause");
  }
}

}  // namespace

std::vector<model::Parameter> build_parameters(P::RoutineParametersContext* parameters, BuildContext& context) {
  std::vector<model::Parameter> result;
  if (!parameters) return result;
  for (auto* p : parameters->routineParameter()) {
    model::Parameter parameter;
    if (auto* mode = p->argumentMode()) parameter.mode = ascii_upper(mode->getText());
    if (p->parameterName()) parameter.name = context.name(p->parameterName());
    parameter.type = context.type(p->typeName());
    if (p->tailExpression()) parameter.default_value = context.expr(p->tailExpression());
    result.push_back(parameter);
  }
  return result;
}

void build_create_function(P::CreateFunctionContext* s, BuildContext& context) {
  const Children k(s);
  auto name = context.creation_name(k.rule<P::QualifiedNameContext>(P::RuleQualifiedName));
  model::Routine routine;
  routine.name = name.name;
  routine.is_procedure = k.has(P::PROCEDURE);
  // SETOF reads in a parameter list (a reference to an aggregate over t names it `setof t`) but
  // PostgreSQL refuses it in a routine it creates.
  for (auto* p : k.rule<P::RoutineParametersContext>(P::RuleRoutineParameters) ? k.rule<P::RoutineParametersContext>(P::RuleRoutineParameters)->routineParameter() : std::vector<P::RoutineParameterContext*>{}) {
    if (p->SETOF()) return context.error(p, "functions cannot accept set arguments");
  }
  routine.parameters = build_parameters(k.rule<P::RoutineParametersContext>(P::RuleRoutineParameters), context);
  if (auto* returns = k.rule<P::ReturnTypeContext>(P::RuleReturnType)) {
    routine.return_type = context.type(returns->typeName());
    routine.returns_set = returns->SETOF() != nullptr;
  } else if (k.has(P::TABLE)) {
    routine.returns_set = true;
    for (auto* column : k.rules<P::TableFunctionColumnContext>(P::RuleTableFunctionColumn)) {
      routine.parameters.push_back({"TABLE", context.name(column->identifier()), context.type(column->typeName()), std::nullopt});
    }
  } else if (!routine.is_procedure) {
    // No RETURNS: the OUT parameters decide (one: its type; several: record).
    std::vector<model::TypeRef> outputs;
    for (const auto& p : routine.parameters) {
      if (p.mode == "OUT" || p.mode == "INOUT") outputs.push_back(p.type);
    }
    if (outputs.size() == 1) routine.return_type = outputs[0];
    else if (outputs.size() > 1) routine.return_type = model::TypeRef{"", "record", "", 0};
  }
  for (auto* option : k.rules<P::RoutineOptionContext>(P::RuleRoutineOption)) apply_option(routine, option, context);
  // Defaults PostgreSQL fills in, so that pg_dump's explicit values compare equal.
  const bool c_like = routine.language == "c" || routine.language == "internal";
  if (routine.cost == (c_like ? 1 : 100)) routine.cost = -1;
  if (routine.rows == (routine.returns_set ? 1000 : 0)) routine.rows = -1;

  const std::string key = routine.name + routine.signature();
  auto& schema = context.catalog().schema(name.schema);
  if (schema.routines.count(key) && !k.has(P::REPLACE)) {
    context.warn(s, "function " + name.schema + "." + key + " is defined twice; the last definition wins");
  }
  context.remember(ObjectId{routine.is_procedure ? ObjectKind::Procedure : ObjectKind::Function, name.schema,
                            routine.name, "", routine.signature()},
                   s);
  schema.routines[key] = routine;
}

void build_alter_routine(P::AlterRoutineContext* s, BuildContext& context) {
  std::optional<ObjectId> id;
  if (s->AGGREGATE()) {
    auto name = context.routine_name(s->qualifiedName());
    model::Aggregate probe;
    probe.star = s->aggregateParameters()->STAR() != nullptr;
    probe.parameters = build_parameters(s->aggregateParameters()->routineParameters(), context);
    id = ObjectId{ObjectKind::Aggregate, name.schema, name.name, "", probe.signature()};
  } else {
    id = routine_id(s->qualifiedName(), s->routineParameters(), s->PROCEDURE() != nullptr, context);
  }
  if (!id) return context.not_defined_here(s, "ALTER of routine", context.text(s->qualifiedName()));
  if (!s->OWNER()) return context.unmanaged(s, "ALTER FUNCTION RENAME/SET SCHEMA");
  context.catalog().owners[*id] = context.role(s->roleSpec());
}

namespace {

// Canonical value text of a definition: names of functions qualified, type names canonical.
std::string definition_value(const std::string& key, const std::string& text, BuildContext& context) {
  static const std::set<std::string> function_keys{"SFUNC", "FINALFUNC", "COMBINEFUNC", "SERIALFUNC", "DESERIALFUNC",
                                                   "MSFUNC", "MINVFUNC", "MFINALFUNC", "FUNCTION", "PROCEDURE",
                                                   "SUBTYPE_DIFF", "CANONICAL", "RESTRICT", "JOIN"};
  static const std::set<std::string> type_keys{"STYPE", "MSTYPE", "BASETYPE", "LEFTARG", "RIGHTARG", "SUBTYPE"};
  auto tokens = lex_sql(text);
  if (function_keys.count(key) || type_keys.count(key)) {
    std::vector<std::string> parts;
    for (const auto& t : tokens) {
      if (t.kind == TokenKind::Word || t.kind == TokenKind::QuotedIdentifier) parts.push_back(fold_identifier(t.text));
    }
    if (parts.empty() || parts.size() > 2) return text;
    if (type_keys.count(key)) {
      WrittenType written;
      written.name_parts = parts;
      written.multi_word = parts.size() == 2 && parts[0] == "double";
      return model::to_string(canonical_type(written, [&](const std::string& n) { return context.type_schema(n); }).type);
    }
    // A built-in function is the same written with or without pg_catalog (pg_dump qualifies some).
    if (parts.size() == 2 && parts[0] == "pg_catalog") parts.erase(parts.begin());
    if (parts.size() == 1) {
      std::string schema = context.routine_schema(parts[0]);
      if (!schema.empty()) parts.insert(parts.begin(), schema);
    }
    std::string joined;
    for (const auto& part : parts) joined += (joined.empty() ? "" : ".") + part;
    return joined;
  }
  std::string joined;
  for (const auto& t : tokens) {
    joined += t.kind == TokenKind::String ? "'" + decode_string_literal(t.text) + "'"
              : t.kind == TokenKind::Word ? ascii_lower(t.text) : t.text;
  }
  return joined;
}

// COMMUTATOR and NEGATOR name an operator: `=~`, `OPERATOR(=~)` and `OPERATOR(s.=~)` are one
// operator when s is the schema it is created in (an operator's symbol holds no dot).
std::string operator_reference(const std::string& text, const std::string& schema) {
  std::string inner;
  for (const auto& t : lex_sql(text)) {
    if (t.kind == TokenKind::Word && ascii_lower(t.text) == "operator") continue;
    if (t.kind == TokenKind::LParen || t.kind == TokenKind::RParen) continue;
    inner += t.kind == TokenKind::Word || t.kind == TokenKind::QuotedIdentifier ? fold_identifier(t.text) : t.text;
  }
  const auto dot = inner.rfind('.');
  const std::string op_schema = dot == std::string::npos ? schema : inner.substr(0, dot);
  const std::string symbol = dot == std::string::npos ? inner : inner.substr(dot + 1);
  return "OPERATOR(" + sql::quote_identifier(op_schema) + "." + symbol + ")";
}

}  // namespace

void build_create_aggregate(P::CreateAggregateContext* s, BuildContext& context) {
  // CREATE AGGREGATE name (BASETYPE = t, ...), the syntax before PostgreSQL 8.2: kept, not modeled.
  if (!s->aggregateParameters()) return context.unmanaged(s, "CREATE AGGREGATE (old syntax)");
  auto name = context.creation_name(s->qualifiedName());
  model::Aggregate aggregate;
  aggregate.name = name.name;
  aggregate.star = s->aggregateParameters()->STAR() != nullptr;
  aggregate.parameters = build_parameters(s->aggregateParameters()->routineParameters(), context);
  for (const auto& [key, value] : build_definitions(s->definitionList(), context)) {
    aggregate.options[key] = definition_value(key, value, context);
  }
  context.remember(ObjectId{ObjectKind::Aggregate, name.schema, name.name, "", aggregate.signature()}, s);
  context.catalog().schema(name.schema).aggregates[name.name + aggregate.signature()] = aggregate;
}

void build_create_operator(P::CreateOperatorContext* s, BuildContext& context) {
  auto* op = s->operatorName();
  std::string schema = op->identifier().empty() ? context.creation_schema() : context.name(op->identifier().back());
  model::Operator result;
  result.name = op->anyOperator()->getText();
  for (const auto& [key, value] : build_definitions(s->definitionList(), context)) {
    std::string canonical = definition_value(key, value, context);
    if (key == "LEFTARG" || key == "RIGHTARG") {
      auto tokens = lex_sql(value);
      WrittenType written;
      for (const auto& t : tokens) {
        if (t.kind == TokenKind::Word || t.kind == TokenKind::QuotedIdentifier) written.name_parts.push_back(fold_identifier(t.text));
      }
      written.multi_word = written.name_parts.size() == 2 && written.name_parts[0] == "double";
      auto type = canonical_type(written, [&](const std::string& n) { return context.type_schema(n); }).type;
      (key == "LEFTARG" ? result.left : result.right) = type;
      continue;
    }
    if (key == "COMMUTATOR" || key == "NEGATOR") canonical = operator_reference(value, schema);
    result.options[key == "PROCEDURE" ? "FUNCTION" : key] = canonical;
  }
  context.remember(ObjectId{ObjectKind::Operator, schema, result.name, "", result.signature()}, s);
  context.catalog().schema(schema).operators[result.name + result.signature()] = result;
}

void build_alter_operator(P::AlterOperatorContext* s, BuildContext& context) {
  auto* op = s->operatorName();
  std::string schema = op->identifier().empty() ? context.creation_schema() : context.name(op->identifier().back());
  model::Operator probe;
  auto arg = [&](P::OperatorArgTypeContext* a) -> std::optional<model::TypeRef> {
    if (a->NONE()) return std::nullopt;
    return context.type(a->typeName());
  };
  probe.left = arg(s->operatorArgType(0));
  probe.right = arg(s->operatorArgType(1));
  context.catalog().owners[ObjectId{ObjectKind::Operator, schema, op->anyOperator()->getText(), "", probe.signature()}] =
      context.role(s->roleSpec());
}

}  // namespace schemadelta::parser

#include "parser/table_elements.h"

#include <cctype>
#include <map>
#include <optional>
#include <string_view>
#include <set>
#include <tuple>
#include <unordered_set>

#include "parser/catalog_lookup.h"
#include "parser/children.h"
#include "parser/expression_normalizer.h"
#include "parser/sequence_options.h"
#include "parser/sql_text.h"
#include "parser/sql_token.h"
#include "sql/quoting.h"

namespace schemadelta::parser {

using model::Constraint;
using model::ConstraintKind;

bool relation_name_taken(BuildContext& context, const std::string& schema, const std::string& name) {
  const auto& catalog = context.catalog();
  const auto* s = catalog.find_schema(schema);
  if (!s) return false;
  if (s->tables.count(name) || s->views.count(name) || s->materialized_views.count(name) || s->sequences.count(name) ||
      s->indexes.count(name) || s->types.count(name)) {  // a relation's row type shares the namespace
    return true;
  }
  // The index behind a primary key, unique or exclusion constraint, an identity column's
  // sequence. A foreign key or CHECK owns no relation: an index may take its name.
  auto& held = context.held_names();
  return held.held(catalog, schema, name, HeldNames::Kind::ConstraintIndex) ||
         held.held(catalog, schema, name, HeldNames::Kind::IdentitySequence);
}

std::string name_addition(const std::vector<std::string>& names) {
  std::string buffer;
  for (const auto& name : names) {
    if (!buffer.empty()) buffer += '_';
    buffer += clip_utf8(name, kMaxIdentifierBytes);
    if (buffer.size() >= kMaxIdentifierBytes) break;
  }
  return buffer;
}

namespace {

model::ReferentialAction action(P::ReferentialActionContext* a) {
  if (a->CASCADE()) return model::ReferentialAction::Cascade;
  if (a->RESTRICT()) return model::ReferentialAction::Restrict;
  if (a->NULL_P()) return model::ReferentialAction::SetNull;
  if (a->DEFAULT()) return model::ReferentialAction::SetDefault;
  return model::ReferentialAction::NoAction;
}

void read_references(Constraint& c, P::QualifiedNameContext* table, P::ColumnListContext* columns,
                     P::ReferentialClausesContext* clauses, BuildContext& context) {
  c.kind = ConstraintKind::ForeignKey;
  c.foreign_key.referenced_table = context.relation_name(table);
  c.foreign_key.referenced_columns = context.column_list(columns);
  if (clauses->MATCH()) {
    c.foreign_key.match = clauses->FULL() ? "FULL" : clauses->PARTIAL() ? "PARTIAL" : "SIMPLE";
  }
  for (auto* a : clauses->referentialAction()) {
    if (a->DELETE_P()) {
      c.foreign_key.on_delete = action(a);
      c.foreign_key.on_delete_columns = context.column_list(a->columnList());
    } else {
      c.foreign_key.on_update = action(a);
    }
  }
}

void apply_attribute(Constraint& c, P::ConstraintAttributeContext* a) {
  if (a->DEFERRABLE()) {
    c.deferrable = a->NOT() == nullptr;
    if (!c.deferrable) c.initially_deferred = false;
  } else if (a->INITIALLY()) {
    c.initially_deferred = a->DEFERRED() != nullptr;
    if (c.initially_deferred) c.deferrable = true;
  } else if (a->VALID()) {
    c.validated = false;
  } else if (a->INHERIT()) {
    c.no_inherit = true;
  } else if (a->ENFORCED()) {
    c.enforced = a->NOT() == nullptr;
  }
}

namespace {

// PG 18 key column lists: (a, b WITHOUT OVERLAPS) and (a, PERIOD b).
std::vector<std::string> key_columns(P::KeyColumnListContext* list, bool& without_overlaps, BuildContext& context) {
  std::vector<std::string> columns;
  for (auto* identifier : list->identifier()) columns.push_back(context.name(identifier));
  without_overlaps = list->OVERLAPS() != nullptr;
  return columns;
}

std::vector<std::string> period_columns(P::PeriodColumnListContext* list, bool& period, BuildContext& context) {
  std::vector<std::string> columns;
  if (!list) return columns;
  for (auto* identifier : list->identifier()) columns.push_back(context.name(identifier));
  period = list->PERIOD() != nullptr;
  return columns;
}

}  // namespace


// serial: an owned sequence named table_column_seq and a nextval() default.
void make_serial(model::Column& column, const model::QualifiedName& table, BuildContext& context) {
  auto& catalog = context.catalog();
  std::string sequence_name = choose_object_name(table.name, column.name, "seq", [&](const std::string& n) {
    return relation_name_taken(context, table.schema, n);
  });
  model::Sequence sequence;
  sequence.name = sequence_name;
  sequence.options = resolve_new_sequence({}, column.type);
  sequence.owned_by = model::ColumnRef{table.schema, table.name, column.name};
  catalog.schema(table.schema).sequences[sequence_name] = sequence;
  column.not_null = true;
  column.default_value = model::Expr{
      "nextval(" + sql::quote_literal(canonical_identifier(table.schema) + "." + canonical_identifier(sequence_name)) +
          "::regclass)",
      "", context.search_path()};
}

}  // namespace

std::string kept_not_null_name(const std::string&, const std::string&, const std::string& name) {
  // Every name of the made-up shape (x_not_null, x_not_null1, ...) is taken for a made-up one: a
  // table or column renamed on a PG 18 server keeps the one made for its old name.
  const auto end = name.find_last_not_of("0123456789") + 1;
  return name.substr(0, end).ends_with("_not_null") ? "" : name;
}

model::Column* not_null_constraint_column(model::Table& table, const std::string& name) {
  for (auto& column : table.columns) {
    if (column.not_null && (column.details->not_null_name.empty() ? make_object_name(table.name, column.name, "not_null") : column.details->not_null_name.str()) == name)
      return &column;
  }
  return nullptr;
}

void apply_constraint_attribute(model::Constraint& constraint, P::ConstraintAttributeContext* attribute) {
  apply_attribute(constraint, attribute);
}

namespace {

// A column constraint's parts and its body's, read in one pass over each one's children.
struct ColumnConstraintParts {
  P::IdentifierContext* name = nullptr;  // CONSTRAINT name
  P::ColumnConstraintBodyContext* body = nullptr;
  P::ConstraintAttributeContext* attribute = nullptr;
  P::QualifiedNameContext* collation = nullptr;  // COLLATE name
  bool collate = false;
};

ColumnConstraintParts read_parts(P::ColumnConstraintContext* item) {
  ColumnConstraintParts parts;
  for (auto* child : item->children) {
    auto* rule = as_rule(child);
    if (!rule) {
      if (as_terminal(child)->getSymbol()->getType() == P::COLLATE) parts.collate = true;
      continue;
    }
    switch (rule->getRuleIndex()) {
      case P::RuleIdentifier: if (!parts.name) parts.name = static_cast<P::IdentifierContext*>(rule); break;
      case P::RuleColumnConstraintBody: parts.body = static_cast<P::ColumnConstraintBodyContext*>(rule); break;
      case P::RuleConstraintAttribute: parts.attribute = static_cast<P::ConstraintAttributeContext*>(rule); break;
      case P::RuleQualifiedName: parts.collation = static_cast<P::QualifiedNameContext*>(rule); break;
      default: break;
    }
  }
  return parts;
}

struct ColumnConstraintBodyParts {
  bool not_ = false, null = false, generated = false, identity = false, storage = false, default_ = false, check = false,
       unique = false, primary = false, references = false, inherit = false, stored = false, always = false;
  P::ExpressionContext* expression = nullptr;
  P::IdentifierContext* identifier = nullptr;
  std::vector<P::SequenceOptionContext*> sequence_options;
  P::DefaultExpressionContext* default_expression = nullptr;
  P::NullsDistinctContext* nulls_distinct = nullptr;
  P::IndexParametersContext* index_parameters = nullptr;
  P::QualifiedNameContext* table = nullptr;
  P::ColumnListContext* columns = nullptr;
  P::ReferentialClausesContext* clauses = nullptr;
};

ColumnConstraintBodyParts read_parts(P::ColumnConstraintBodyContext* body) {
  ColumnConstraintBodyParts parts;
  for (auto* child : body->children) {
    if (auto* terminal = as_terminal(child)) {
      switch (terminal->getSymbol()->getType()) {
        case P::NOT: parts.not_ = true; break;
        case P::NULL_P: parts.null = true; break;
        case P::GENERATED: parts.generated = true; break;
        case P::IDENTITY_P: parts.identity = true; break;
        case P::STORAGE: parts.storage = true; break;
        case P::DEFAULT: parts.default_ = true; break;
        case P::CHECK: parts.check = true; break;
        case P::UNIQUE: parts.unique = true; break;
        case P::PRIMARY: parts.primary = true; break;
        case P::REFERENCES: parts.references = true; break;
        case P::INHERIT: parts.inherit = true; break;
        case P::STORED: parts.stored = true; break;
        case P::ALWAYS: parts.always = true; break;
        default: break;
      }
      continue;
    }
    auto* rule = static_cast<antlr4::ParserRuleContext*>(child);
    switch (rule->getRuleIndex()) {
      case P::RuleExpression: if (!parts.expression) parts.expression = static_cast<P::ExpressionContext*>(rule); break;
      case P::RuleIdentifier: if (!parts.identifier) parts.identifier = static_cast<P::IdentifierContext*>(rule); break;
      case P::RuleSequenceOption: parts.sequence_options.push_back(static_cast<P::SequenceOptionContext*>(rule)); break;
      case P::RuleDefaultExpression: parts.default_expression = static_cast<P::DefaultExpressionContext*>(rule); break;
      case P::RuleNullsDistinct: parts.nulls_distinct = static_cast<P::NullsDistinctContext*>(rule); break;
      case P::RuleIndexParameters: parts.index_parameters = static_cast<P::IndexParametersContext*>(rule); break;
      case P::RuleQualifiedName: parts.table = static_cast<P::QualifiedNameContext*>(rule); break;
      case P::RuleColumnList: parts.columns = static_cast<P::ColumnListContext*>(rule); break;
      case P::RuleReferentialClauses: parts.clauses = static_cast<P::ReferentialClausesContext*>(rule); break;
      default: break;
    }
  }
  return parts;
}

}  // namespace

void read_column_constraints(const std::vector<P::ColumnConstraintContext*>& list, model::Column& column,
                             const model::QualifiedName& table, std::vector<PendingConstraint>& constraints,
                             BuildContext& context) {
  PendingConstraint* last = nullptr;
  bool after_not_null = false;  // attributes after NOT NULL are its own (PG 18: NO INHERIT)
  for (auto* item : list) {
    const auto parts = read_parts(item);
    if (auto* attribute = parts.attribute) {
      if (after_not_null) {
        if (attribute->INHERIT()) column.not_null_no_inherit = true;
      } else if (last) {
        apply_attribute(last->constraint, attribute);
      }
      continue;
    }
    after_not_null = false;
    if (parts.collate) {
      column.details.edit().collation = context.collation_name(parts.collation);
      continue;
    }
    const auto body = read_parts(parts.body);
    if (body.not_) {
      column.not_null = true;
      if (parts.name) column.details.edit().not_null_name = kept_not_null_name(table.name, column.name, context.name(parts.name));
      after_not_null = true;
      continue;
    }
    if (body.null) {
      column.not_null = false;
      if (auto* held = column.details.held()) held->not_null_name.clear();
      column.not_null_no_inherit = false;
      continue;
    }
    if (body.generated && !body.identity) {
      column.details.edit().generated = context.expr(body.expression);
      column.generated_virtual = !body.stored;  // PG 18: VIRTUAL unless STORED
      continue;
    }
    if (body.storage) {
      column.details.edit().storage = ascii_upper(context.name(body.identifier));
      continue;
    }
    if (body.identity) {
      auto written = read_sequence_options(body.sequence_options, context);
      auto& identity = column.details.edit().identity.edit();
      identity.kind = body.always ? model::IdentityKind::Always : model::IdentityKind::ByDefault;
      identity.options = resolve_new_sequence(written, column.type);
      identity.sequence_name =
          written.sequence_name ? written.sequence_name->name
                                : choose_object_name(table.name, column.name, "seq", [&](const std::string& n) {
                                    return relation_name_taken(context, table.schema, n);
                                  });
      column.not_null = true;
      continue;
    }
    // After identity: GENERATED BY DEFAULT AS IDENTITY holds a DEFAULT token too.
    if (body.default_) { column.default_value = context.expr(body.default_expression); continue; }
    PendingConstraint pending;
    pending.where = context.location(item);
    if (parts.name) {
      pending.named = true;
      pending.constraint.name = context.name(parts.name);
    }
    auto& c = pending.constraint;
    if (body.check) {
      c.kind = ConstraintKind::Check;
      c.check = context.expr(body.expression);
      c.no_inherit = body.inherit;
    } else if (body.unique || body.primary) {
      c.kind = body.primary ? ConstraintKind::PrimaryKey : ConstraintKind::Unique;
      c.columns = {column.name};
      c.nulls_not_distinct = body.nulls_distinct && body.nulls_distinct->NOT();
      if (auto* with = body.index_parameters->withOptions()) c.index_options = context.options(with->withOptionList());
      if (body.primary) column.not_null = true;
    } else if (body.references) {
      c.columns = {column.name};
      read_references(c, body.table, body.columns, body.clauses, context);
    }
    constraints.push_back(pending);
    last = &constraints.back();
  }
}

model::Column read_column(P::ColumnDefinitionContext* definition, const model::QualifiedName& table,
                          std::vector<PendingConstraint>& constraints, BuildContext& context) {
  // identifier typeName (COMPRESSION identifier)? columnConstraint*, read in one pass.
  P::IdentifierContext* identifiers[2] = {nullptr, nullptr};
  size_t identifier_count = 0;
  P::TypeNameContext* type_name = nullptr;
  bool compression = false;
  std::vector<P::ColumnConstraintContext*> column_constraints;
  for (auto* child : definition->children) {
    auto* rule = as_rule(child);
    if (!rule) {
      if (as_terminal(child)->getSymbol()->getType() == P::COMPRESSION) compression = true;
      continue;
    }
    switch (rule->getRuleIndex()) {
      case P::RuleIdentifier: if (identifier_count < 2) identifiers[identifier_count++] = static_cast<P::IdentifierContext*>(rule); break;
      case P::RuleTypeName: type_name = static_cast<P::TypeNameContext*>(rule); break;
      case P::RuleColumnConstraint: column_constraints.push_back(static_cast<P::ColumnConstraintContext*>(rule)); break;
      default: break;
    }
  }
  model::Column column;
  column.name = context.name(identifiers[0]);
  bool is_serial = false;
  column.type = context.type(type_name, &is_serial);
  if (compression) column.details.edit().compression = context.name(identifiers[1]);
  read_column_constraints(column_constraints, column, table, constraints, context);
  if (is_serial) make_serial(column, table, context);
  return column;
}

PendingConstraint read_table_constraint(P::TableConstraintContext* definition, BuildContext& context) {
  const Children kd(definition);
  PendingConstraint pending;
  pending.where = context.location(definition);
  auto& c = pending.constraint;
  if (kd.rule<P::IdentifierContext>(P::RuleIdentifier)) {
    pending.named = true;
    c.name = context.name(kd.rule<P::IdentifierContext>(P::RuleIdentifier));
  }
  auto* body = kd.rule<P::TableConstraintBodyContext>(P::RuleTableConstraintBody);
  const Children kb(body);
  if (kb.has(P::CHECK)) {
    c.kind = ConstraintKind::Check;
    c.check = context.expr(kb.rule<P::ExpressionContext>(P::RuleExpression));
    c.no_inherit = kb.has(P::INHERIT);
  } else if (kb.has(P::NULL_P)) {
    // PG 18: NOT NULL as a table constraint: the column is NOT NULL, the name and NO INHERIT
    // are the column's (add_constraints).
    pending.not_null_column = context.name(kb.rule<P::IdentifierContext>(P::RuleIdentifier));
    c.no_inherit = kb.has(P::INHERIT);
  } else if (kb.has(P::FOREIGN)) {
    bool period = false;
    c.columns = period_columns(kb.rule<P::PeriodColumnListContext>(P::RulePeriodColumnList, 0), period, context);
    read_references(c, kb.rule<P::QualifiedNameContext>(P::RuleQualifiedName), nullptr, kb.rule<P::ReferentialClausesContext>(P::RuleReferentialClauses), context);
    c.foreign_key.referenced_columns = period_columns(kb.rule<P::PeriodColumnListContext>(P::RulePeriodColumnList, 1), period, context);
    c.period = period;
  } else if (kb.has(P::EXCLUDE)) {
    c.kind = ConstraintKind::Exclude;
    c.exclusion_method = kb.rule<P::IdentifierContext>(P::RuleIdentifier) ? context.name(kb.rule<P::IdentifierContext>(P::RuleIdentifier)) : "btree";
    for (auto* element : kb.rules<P::ExclusionElementContext>(P::RuleExclusionElement)) {
      model::ExclusionElement e;
      e.element = context.expr(element->indexElement());
      e.op = context.text(element->operatorName());
      c.exclusion.push_back(e);
      c.columns.push_back(index_column_name(element->indexElement(), context));
    }
    if (kb.has(P::WHERE)) c.exclusion_where = context.expr(kb.rule<P::ExpressionContext>(P::RuleExpression));
  } else if (kb.has(P::INDEX)) {
    c.kind = kb.has(P::PRIMARY) ? ConstraintKind::PrimaryKey : ConstraintKind::Unique;
    pending.using_index = context.name(kb.rule<P::IdentifierContext>(P::RuleIdentifier));
  } else {
    c.kind = kb.has(P::PRIMARY) ? ConstraintKind::PrimaryKey : ConstraintKind::Unique;
    c.columns = key_columns(kb.rule<P::KeyColumnListContext>(P::RuleKeyColumnList), c.without_overlaps, context);
    c.nulls_not_distinct = kb.rule<P::NullsDistinctContext>(P::RuleNullsDistinct) && kb.rule<P::NullsDistinctContext>(P::RuleNullsDistinct)->NOT();
  }
  if (auto* include = kb.rule<P::IncludeColumnsContext>(P::RuleIncludeColumns)) c.include = context.column_list(include->columnList());
  if (auto* parameters = kb.rule<P::IndexParametersContext>(P::RuleIndexParameters)) {
    if (auto* with = parameters->withOptions()) c.index_options = context.options(with->withOptionList());
  }
  for (auto* attribute : kd.rules<P::ConstraintAttributeContext>(P::RuleConstraintAttribute)) apply_attribute(c, attribute);
  return pending;
}

namespace {

// What makes two UNIQUE or PRIMARY KEY constraints of one CREATE TABLE the same index; ordered,
// so duplicates are found in a map rather than by comparing each with all before it.
using IndexKey = std::tuple<std::vector<std::string>, std::vector<std::string>, bool, std::map<std::string, std::string>, bool, bool>;

IndexKey index_key(const Constraint& c) {
  return {c.columns, c.include, c.nulls_not_distinct, c.index_options, c.deferrable, c.initially_deferred};
}

bool constraint_name_taken(BuildContext& context, const std::string& schema, const std::string& name) {
  const auto* s = context.catalog().find_schema(schema);
  if (!s) return false;
  if (context.held_names().held(context.catalog(), schema, name, HeldNames::Kind::Constraint)) return true;
  for (const auto& [_, domain] : s->domains) {
    if (domain.constraints.count(name)) return true;
  }
  return false;
}

// Whether a name is taken in a schema, while one statement names its constraints (the catalog
// does not change meanwhile). Each question to the catalog scans the schema's tables: a table
// with thousands of unnamed constraints asks thousands, so after a few questions the names are
// collected in one pass and looked up. Not from the first: for each of many small tables,
// collecting would cost more than its few questions.
class TakenNames {
 public:
  TakenNames(BuildContext& context, const std::string& schema) : context_(context), schema_(schema) {}

  bool relation(const std::string& name) {
    return collected() ? names_->relations.count(name) > 0 : relation_name_taken(context_, schema_, name);
  }
  bool constraint(const std::string& name) {
    return collected() ? names_->constraints.count(name) > 0 : constraint_name_taken(context_, schema_, name);
  }

 private:
  static constexpr int kQuestionsBeforeCollecting = 32;
  struct Names {
    std::unordered_set<std::string> relations, constraints;
  };
  BuildContext& context_;
  const std::string& schema_;
  int questions_ = 0;
  std::optional<Names> names_;

  bool collected() {
    if (!names_ && ++questions_ > kQuestionsBeforeCollecting) collect();
    return names_.has_value();
  }

  // What relation_name_taken and constraint_name_taken look at, in one pass.
  void collect() {
    auto& names = names_.emplace();
    const auto* s = context_.catalog().find_schema(schema_);
    if (!s) return;
    for (const auto& [name, _] : s->tables) names.relations.insert(name);
    for (const auto& [name, _] : s->views) names.relations.insert(name);
    for (const auto& [name, _] : s->materialized_views) names.relations.insert(name);
    for (const auto& [name, _] : s->sequences) names.relations.insert(name);
    for (const auto& [name, _] : s->indexes) names.relations.insert(name);
    for (const auto& [name, _] : s->types) names.relations.insert(name);  // a relation's row type shares the namespace
    for (const auto& [_, table] : s->tables) {
      for (const auto& [name, constraint] : table.constraints) {
        if (constraint.kind == ConstraintKind::PrimaryKey || constraint.kind == ConstraintKind::Unique ||
            constraint.kind == ConstraintKind::Exclude) {
          names.relations.insert(name);  // the index behind it
        }
        names.constraints.insert(name);
      }
      for (const auto& column : table.columns) {
        if (column.details->identity->kind != model::IdentityKind::None) names.relations.insert(column.details->identity->sequence_name);
      }
    }
    for (const auto& [_, domain] : s->domains) {
      for (const auto& [name, __] : domain.constraints) names.constraints.insert(name);
    }
  }
};

// The names of the table's columns, its own and inherited (INHERITS parents, recursively).
using ColumnNames = std::unordered_set<std::string_view>;
void add_columns(ColumnNames& names, const model::Table& table, const std::string& schema, const model::Catalog& catalog,
                 int depth = 0) {
  for (const auto& column : table.columns) names.insert(column.name);
  if (depth > 64) return;  // a malformed inheritance loop
  for (const auto& parent : table.inherits) {
    const auto* parent_schema = catalog.find_schema(parent.schema.empty() ? schema : parent.schema);
    if (!parent_schema || !parent_schema->tables.count(parent.name)) continue;
    add_columns(names, parent_schema->tables.at(parent.name), parent.schema, catalog, depth + 1);
  }
}

// The one column a CHECK reads, for its name; empty when it reads none or several.
std::string single_check_column(const Constraint& c, const ColumnNames& columns) {
  std::set<std::string> found;
  for_each_sql_token(c.check->original, [&](SqlToken&& token) {
    if (token.kind != TokenKind::Word && token.kind != TokenKind::QuotedIdentifier) return;
    std::string name = fold_identifier(token.text);
    if (columns.contains(name)) found.insert(std::move(name));
  });
  return found.size() == 1 ? *found.begin() : "";
}

}  // namespace

namespace {

// The column an index element names when it is a lone column, written bare or in parentheses
// (PostgreSQL treats `(col)` as the column); nothing for any other expression.
std::optional<std::string> lone_column(std::string_view text) {
  auto trim = [&] {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  };
  for (trim(); text.size() >= 2 && text.front() == '(' && text.back() == ')'; trim()) text = text.substr(1, text.size() - 2);
  if (text.empty()) return std::nullopt;
  if (text.front() == '"') {
    for (size_t i = 1; i < text.size(); ++i) {
      if (text[i] != '"') continue;
      if (i + 1 < text.size() && text[i + 1] == '"') { ++i; continue; }
      if (i + 1 != text.size()) return std::nullopt;
    }
    return fold_identifier(text);
  }
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || (c & 0x80); };
  if (std::isdigit(static_cast<unsigned char>(text.front())) || text.front() == '$') return std::nullopt;
  for (char c : text) if (!word(c)) return std::nullopt;
  return fold_identifier(text);
}

// PRIMARY KEY / UNIQUE USING INDEX: the constraint takes the index's columns, options and name
// (an unnamed constraint is named after the index; a named one renames it), and the index stops
// being a standalone index. PostgreSQL refuses an index that a constraint could not have made;
// so does this, rather than modeling some other constraint.
bool take_existing_index(PendingConstraint& p, const model::Table& table, const std::string& schema, BuildContext& context) {
  auto schema_at = context.catalog().schemas.find(schema);
  auto* s = schema_at == context.catalog().schemas.end() ? nullptr : &schema_at->second;
  if (!s || !s->indexes.count(p.using_index)) {
    context.error(p.where, "index \"" + p.using_index + "\" does not exist");
    return false;
  }
  const auto found = s->indexes.find(p.using_index);
  const model::Index& index = found->second;
  std::string refusal;
  if (index.table != table.name) refusal = "does not belong to table " + table.name;
  else if (!index.unique) refusal = "is not a unique index";
  else if (index.method != "btree") refusal = "is not a btree";
  else if (index.where) refusal = "is a partial index";
  std::vector<std::string> columns;
  for (const auto& element : index.elements) {
    if (!refusal.empty()) break;
    const auto name = lone_column(element.expression.original);
    const model::Column* column = name ? table.find_column(*name) : nullptr;
    if (!column) refusal = "contains expressions";
    else if (element.descending || element.nulls_first || !element.opclass.empty() || !element.collation.empty()) {
      refusal = "does not have default sorting behavior";
    } else columns.push_back(column->name);
  }
  if (!refusal.empty()) {
    context.error(p.where, "index \"" + p.using_index + "\" " + refusal + ": it cannot back a constraint");
    return false;
  }
  auto& c = p.constraint;
  if (!p.named) {
    p.named = true;
    c.name = index.name;
  }
  c.columns = std::move(columns);
  c.include = index.include;
  c.nulls_not_distinct = index.nulls_not_distinct;
  c.index_options = index.options;
  s->indexes.erase(found);
  return true;
}

}  // namespace

void add_constraints(model::Table& table, const std::string& schema, std::vector<PendingConstraint> pending,
                     bool merge_duplicates, BuildContext& context) {
  auto& catalog = context.catalog();
  std::erase_if(pending, [&](PendingConstraint& p) {
    if (p.not_null_column.empty()) return false;
    if (auto* column = table.find_column(p.not_null_column)) {
      column->not_null = true;
      if (p.named) column->details.edit().not_null_name = kept_not_null_name(table.name, column->name, p.constraint.name);
      if (p.constraint.no_inherit) column->not_null_no_inherit = true;
    } else context.error(p.where, "column \"" + p.not_null_column + "\" named in a NOT NULL constraint does not exist");
    return true;
  });
  std::erase_if(pending, [&](PendingConstraint& p) {
    if (p.using_index.empty()) return false;
    if (merge_duplicates) {
      context.error(p.where, "cannot use an existing index in CREATE TABLE");
      return true;
    }
    return !take_existing_index(p, table, schema, context);
  });
  std::set<std::string> used;
  TakenNames taken(context, schema);
  auto taken_constraint = [&](const std::string& n) { return used.count(n) || table.constraints.count(n) || taken.constraint(n); };
  // The name of a constraint's index must be free as a relation and as a constraint
  // (PostgreSQL's ChooseRelationName with isconstraint).
  auto taken_relation = [&](const std::string& n) { return taken_constraint(n) || taken.relation(n); };

  // Index-backed constraints: the primary key first, then in order; duplicates merge.
  std::vector<PendingConstraint> indexes, checks, foreign_keys;
  for (auto& p : pending) {
    if (p.constraint.kind == ConstraintKind::PrimaryKey) indexes.insert(indexes.begin(), std::move(p));
  }
  for (auto& p : pending) {
    switch (p.constraint.kind) {
      case ConstraintKind::Unique: case ConstraintKind::Exclude: indexes.push_back(std::move(p)); break;
      case ConstraintKind::Check: checks.push_back(std::move(p)); break;
      case ConstraintKind::ForeignKey: foreign_keys.push_back(std::move(p)); break;
      case ConstraintKind::PrimaryKey: break;
    }
  }
  if (merge_duplicates) {
    std::vector<PendingConstraint> kept;
    std::map<IndexKey, size_t> kept_at;  // the first kept UNIQUE or PRIMARY KEY of each key
    for (auto& p : indexes) {
      if (p.constraint.kind != ConstraintKind::Exclude) {
        auto [at, is_new] = kept_at.emplace(index_key(p.constraint), kept.size());
        if (!is_new) {
          auto& k = kept[at->second];
          if (!k.named && p.named) { k.named = true; k.constraint.name = p.constraint.name; }
          continue;
        }
      }
      kept.push_back(std::move(p));
    }
    indexes = std::move(kept);
  }
  for (auto& p : indexes) {
    auto& c = p.constraint;
    if (!p.named) {
      if (c.kind == ConstraintKind::PrimaryKey) c.name = choose_object_name(table.name, "", "pkey", taken_relation);
      else c.name = choose_object_name(table.name, name_addition(c.columns), c.kind == ConstraintKind::Exclude ? "excl" : "key", taken_relation);
    }
    if (c.kind == ConstraintKind::PrimaryKey) {
      for (const auto& column : c.columns) {
        if (auto* col = table.find_column(column)) col->not_null = true;
      }
    }
    used.insert(c.name);
  }
  std::optional<ColumnNames> columns;  // built once, for the first unnamed CHECK
  for (auto& p : checks) {
    if (!p.named) {
      if (!columns) add_columns(columns.emplace(), table, schema, catalog);
      p.constraint.name = choose_object_name(table.name, single_check_column(p.constraint, *columns), "check", taken_constraint);
    }
    used.insert(p.constraint.name);
  }
  for (auto& p : foreign_keys) {
    if (!p.named) p.constraint.name = choose_object_name(table.name, name_addition(p.constraint.columns), "fkey", taken_constraint);
    used.insert(p.constraint.name);
  }
  for (auto* group : {&indexes, &checks, &foreign_keys}) {
    for (auto& p : *group) {
      if (table.constraints.count(p.constraint.name)) {
        context.error(p.where, "constraint \"" + p.constraint.name + "\" already exists on table " + table.name);
        continue;
      }
      context.remember(model::ObjectId{model::ObjectKind::Constraint, schema, p.constraint.name, table.name, ""}, p.where);
      const std::string name = p.constraint.name;
      table.constraints[name] = std::move(p.constraint);
    }
  }
}

}  // namespace schemadelta::parser

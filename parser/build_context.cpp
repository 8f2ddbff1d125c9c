#include "parser/build_context.h"

#include "parser/children.h"
#include "parser/sql_text.h"
#include "parser/type_names.h"

namespace schemadelta::parser {

using P = pg::PostgresParser;

std::string compact_text(antlr4::tree::ParseTree* node) {
  // RuleContext::getText formats through a stringstream: costly for the many one-token names.
  auto* rule = as_rule(node);
  if (rule && rule->getStart() && rule->getStart() == rule->getStop()) {
    return rule->getStart()->getText();
  }
  return node->getText();
}

antlr4::Token* first_token(antlr4::tree::ParseTree* node) {
  if (auto* terminal = as_terminal(node)) return terminal->getSymbol();
  return static_cast<antlr4::ParserRuleContext*>(node)->getStart();
}

std::string BuildContext::name(P::IdentifierContext* identifier) const {
  return name(static_cast<antlr4::tree::ParseTree*>(identifier));
}

std::string BuildContext::name(antlr4::tree::ParseTree* node) const {
  std::string full = unclipped_identifier(compact_text(node));
  if (full.size() <= kMaxIdentifierBytes) return full;
  // PostgreSQL truncates (with a NOTICE); the model holds the name PostgreSQL keeps, and says so.
  std::string kept = clip_utf8(full, kMaxIdentifierBytes);
  auto* rule = dynamic_cast<antlr4::ParserRuleContext*>(node);
  auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(node);
  auto where = rule ? location(rule) : terminal ? location(terminal->getSymbol()) : model::SourceLocation{};
  if (truncations_reported_.insert({where.file, where.line, where.column}).second) {
    diagnostics_.push_back({Severity::Warning, where,
                            "identifier \"" + full + "\" is longer than 63 bytes: PostgreSQL truncates it to \"" + kept + "\"",
                            context_line(where.line)});
  }
  return kept;
}

namespace {

// qualifiedName: identifier (DOT identifier)*. Its rule children are its identifiers (read
// without the generated accessor's dynamic_cast per child).
std::vector<antlr4::tree::ParseTree*> identifiers(P::QualifiedNameContext* qualified) {
  std::vector<antlr4::tree::ParseTree*> result;
  result.reserve((qualified->children.size() + 1) / 2);
  for (auto* child : qualified->children) {
    if (as_rule(child)) result.push_back(child);
  }
  return result;
}

}  // namespace

std::vector<std::string> BuildContext::parts(P::QualifiedNameContext* qualified) const {
  std::vector<std::string> result;
  for (auto* identifier : identifiers(qualified)) result.push_back(name(identifier));
  // database.schema.name: the database part is dropped.
  if (result.size() > 2) result.erase(result.begin(), result.end() - 2);
  return result;
}

std::vector<std::string> BuildContext::all_parts(P::QualifiedNameContext* qualified) const {
  std::vector<std::string> result;
  for (auto* identifier : identifiers(qualified)) result.push_back(name(identifier));
  return result;
}

std::string BuildContext::creation_schema() const {
  for (const auto& schema : search_path_) {
    if (schema != "pg_catalog" && schema != "$user" && schema != "pg_temp") return schema;
  }
  return "public";
}

model::QualifiedName BuildContext::creation_name(P::QualifiedNameContext* qualified) const {
  auto p = parts(qualified);
  if (p.size() == 2) return {p[0], p[1]};
  return {creation_schema(), p[0]};
}

bool BuildContext::relation_exists(const std::string& schema, const std::string& name) const {
  const auto* s = catalog_.find_schema(schema);
  if (!s) return false;
  return s->tables.count(name) || s->views.count(name) || s->materialized_views.count(name) ||
         s->sequences.count(name) || s->indexes.count(name);
}

model::QualifiedName BuildContext::relation_name(const std::vector<std::string>& p) const {
  if (p.size() >= 2) return {p[p.size() - 2], p.back()};
  for (const auto& schema : search_path_) {
    if (relation_exists(schema, p[0])) return {schema, p[0]};
  }
  return {creation_schema(), p[0]};
}

model::QualifiedName BuildContext::relation_name(P::QualifiedNameContext* qualified) const {
  return relation_name(parts(qualified));
}

std::string BuildContext::type_schema(const std::string& name) const {
  for (const auto& schema : search_path_) {
    const auto* s = catalog_.find_schema(schema);
    if (s && (s->types.count(name) || s->domains.count(name) || s->tables.count(name) ||
              s->views.count(name))) {
      return schema;
    }
  }
  return creation_schema();
}

std::string BuildContext::routine_schema(const std::string& name) const {
  for (const auto& schema : search_path_) {
    const auto* s = catalog_.find_schema(schema);
    if (!s) continue;
    auto it = s->routines.lower_bound(name + "(");
    if (it != s->routines.end() && it->second.name == name) return schema;
    auto ag = s->aggregates.lower_bound(name + "(");
    if (ag != s->aggregates.end() && ag->second.name == name) return schema;
  }
  return {};
}

model::QualifiedName BuildContext::routine_name(P::QualifiedNameContext* qualified) const {
  auto p = parts(qualified);
  if (p.size() == 2) return {p[0], p[1]};
  std::string schema = routine_schema(p[0]);
  return {schema.empty() ? "pg_catalog" : schema, p[0]};
}

model::QualifiedName BuildContext::collation_name(P::QualifiedNameContext* qualified) const {
  auto p = parts(qualified);
  if (p.size() == 2) return {p[0], p[1]};
  // Built-in collations live in pg_catalog, which is searched first.
  static const std::set<std::string> builtin{"default", "C", "POSIX", "ucs_basic", "und-x-icu"};
  if (builtin.count(p[0]) || p[0].find('.') != std::string::npos || p[0].find('-') != std::string::npos) {
    return {"pg_catalog", p[0]};
  }
  return {creation_schema(), p[0]};
}

model::TypeRef BuildContext::type(P::TypeNameContext* type_name, bool* is_serial) const {
  WrittenType written;
  // simpleTypeName arrayBounds?, and the simple name's parts, each read in one pass.
  P::SimpleTypeNameContext* simple = nullptr;
  bool array = false;
  for (auto* child : type_name->children) {
    if (auto* rule = as_rule(child)) {
      if (rule->getRuleIndex() == P::RuleSimpleTypeName) simple = static_cast<P::SimpleTypeNameContext*>(rule);
      if (rule->getRuleIndex() == P::RuleArrayBounds) array = true;
    }
  }
  P::TypeFunctionNameContext* function_name = nullptr;
  P::TypeModifiersContext* modifiers = nullptr;
  std::vector<P::IdentifierContext*> identifiers;
  for (auto* child : simple->children) {
    auto* rule = as_rule(child);
    if (!rule) continue;
    switch (rule->getRuleIndex()) {
      case P::RuleTypeFunctionName: function_name = static_cast<P::TypeFunctionNameContext*>(rule); break;
      case P::RuleTypeModifiers: if (!modifiers) modifiers = static_cast<P::TypeModifiersContext*>(rule); break;
      case P::RuleIdentifier: identifiers.push_back(static_cast<P::IdentifierContext*>(rule)); break;
      default: break;
    }
  }
  if (auto* name = function_name) {
    written.name_parts.push_back(fold_identifier(compact_text(name)));
    written.quoted = false;
    for (auto* child : name->children) {
      if (token_type(child) == P::QUOTED_IDENTIFIER) written.quoted = true;
    }
    for (auto* identifier : identifiers) written.name_parts.push_back(this->name(identifier));
    if (written.name_parts.size() > 1) written.quoted = false;
  } else {
    written.multi_word = true;
    for (auto* child : simple->children) {
      auto* rule = as_rule(child);
      if (rule && rule->getRuleIndex() == P::RuleTypeModifiers) continue;
      if (rule && rule->getRuleIndex() == P::RuleIntervalFields) {
        for (auto* field : rule->children) written.name_parts.push_back(fold_identifier(compact_text(field)));
        continue;
      }
      written.name_parts.push_back(fold_identifier(compact_text(child)));
    }
  }
  if (modifiers) {
    for (auto* child : modifiers->children) {
      auto* rule = as_rule(child);
      if (rule && rule->getRuleIndex() == P::RuleTypeModifier) written.modifiers.push_back(fold_identifier(compact_text(rule)));
    }
  }
  if (array) written.array_dimensions = 1;
  auto canonical = canonical_type(written, [this](const std::string& n) { return type_schema(n); });
  if (is_serial) *is_serial = canonical.is_serial;
  return canonical.type;
}

std::string BuildContext::text(antlr4::ParserRuleContext* node) const {
  if (!node || !node->getStart() || !node->getStop()) return {};
  auto start = node->getStart()->getStartIndex();
  auto stop = node->getStop()->getStopIndex();
  if (stop == static_cast<size_t>(-1) || stop < start) return {};
  return stream_->getText(antlr4::misc::Interval(start, stop));
}

std::string BuildContext::text(antlr4::tree::TerminalNode* node) const { return node ? node->getText() : ""; }

model::Expr BuildContext::expr(antlr4::ParserRuleContext* node) const {
  model::Expr e;
  e.original = text(node);
  e.search_path = search_path_;
  return e;
}

std::string BuildContext::string_value(P::StringLiteralContext* literal) const {
  return decode_string_literal(literal->getText());
}

std::string BuildContext::set_value(P::SetValueContext* value) const {
  auto* token = value->getStart();
  switch (token->getType()) {
    case P::STRING: case P::ESCAPE_STRING: case P::UNICODE_STRING: case P::DOLLAR_STRING:
      return decode_string_literal(token->getText());
    case P::QUOTED_IDENTIFIER: case P::UNICODE_QUOTED_IDENTIFIER:
      return fold_identifier(token->getText());
    default: {
      std::string text = token->getText();
      for (char& c : text) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      return text;
    }
  }
}

std::map<std::string, std::string> BuildContext::options(P::WithOptionListContext* list) const {
  std::map<std::string, std::string> result;
  if (!list) return result;
  for (auto* option : list->withOption()) {
    std::string key;
    for (const auto& part : parts(option->qualifiedName())) key += (key.empty() ? "" : ".") + part;
    result[key] = option->setValue() ? set_value(option->setValue()) : "true";
  }
  return result;
}

std::vector<std::string> BuildContext::column_list(P::ColumnListContext* list) const {
  std::vector<std::string> columns;
  if (!list) return columns;
  for (auto* identifier : list->identifier()) columns.push_back(name(identifier));
  return columns;
}

std::string BuildContext::role(P::RoleSpecContext* role) const {
  if (role->identifier()) return name(role->identifier());
  std::string text = role->getText();
  for (char& c : text) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

model::SourceLocation BuildContext::location(antlr4::Token* token) const {
  return {file_, static_cast<int>(token->getLine()), static_cast<int>(token->getCharPositionInLine()) + 1};
}

model::SourceLocation BuildContext::location(antlr4::ParserRuleContext* node) const {
  return location(node->getStart());
}

void BuildContext::remember(const model::ObjectId& id, antlr4::ParserRuleContext* node) {
  if (options_.locations) catalog_.locations[id] = location(node);
}

void BuildContext::remember(const model::ObjectId& id, const model::SourceLocation& where) {
  if (options_.locations) catalog_.locations[id] = where;
}

std::string BuildContext::context_line(int line) const {
  if (!file_text_ || line < 1) return {};
  // Where each line starts, found once per file: dumps with many reported statements (INSERT
  // rows are notes) would otherwise rescan the file for each.
  if (line_starts_.empty()) {
    line_starts_.push_back(0);
    for (size_t at = file_text_->find('\n'); at != std::string::npos; at = file_text_->find('\n', at + 1)) line_starts_.push_back(at + 1);
  }
  if (static_cast<size_t>(line) > line_starts_.size()) return {};
  const size_t begin = line_starts_[line - 1];
  const size_t end = file_text_->find('\n', begin);
  return file_text_->substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

void BuildContext::report(Severity severity, const model::SourceLocation& where, const std::string& message) {
  diagnostics_.push_back({severity, where, message, context_line(where.line)});
}

void BuildContext::warn(antlr4::ParserRuleContext* node, const std::string& message) {
  report(Severity::Warning, location(node), message);
}

void BuildContext::error(antlr4::ParserRuleContext* node, const std::string& message) {
  report(Severity::Error, location(node), message);
}

void BuildContext::unmanaged(antlr4::ParserRuleContext* node, const std::string& kind) {
  unmanaged(kind, text(node), location(node));
}

void BuildContext::not_defined_here(antlr4::ParserRuleContext* statement, const std::string& action, const std::string& object) {
  unmanaged(statement, action + " " + object + ", which this schema does not define");
}

void BuildContext::unmanaged(const std::string& kind, const std::string& text, const model::SourceLocation& where) {
  catalog_.unmanaged.push_back({kind, text, where});
  report(options_.strict ? Severity::Error : Severity::Warning, where,
         "unmanaged statement (" + kind + "): kept but not compared");
}

}  // namespace schemadelta::parser

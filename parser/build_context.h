#pragma once
// What every statement builder shares: the catalog being built, the session's search_path, and
// the helpers that turn parse-tree pieces into model values. Only parser/*.cpp include this.
#include <set>
#include <tuple>
#include <string>
#include <vector>

#include "PostgresParser.h"
#include "model/catalog.h"
#include "parser/held_names.h"
#include "parser/parse.h"

namespace schemadelta::parser {

namespace pg = schemadelta::parser::antlr;

// node->getText() (the text of its tokens, without spaces), without the stringstream for one token.
std::string compact_text(antlr4::tree::ParseTree* node);

// The first token of a token or rule node (an opaque expression's children are both).
antlr4::Token* first_token(antlr4::tree::ParseTree* node);

class BuildContext {
 public:
  BuildContext(model::Catalog& catalog, std::vector<Diagnostic>& diagnostics, const ParseOptions& options)
      : catalog_(catalog), diagnostics_(diagnostics), options_(options) {}

  model::Catalog& catalog() { return catalog_; }
  // Constraint and identity sequence names of the tables, for "is this name taken".
  HeldNames& held_names() { return held_names_; }
  // The next event in reading order (an index made, a table made a partition): model::ReadOrder.
  model::ReadOrder next_read_order() { return {++events_read_, 0}; }
  const std::vector<std::string>& search_path() const { return search_path_; }
  void set_search_path(std::vector<std::string> path) { search_path_ = std::move(path); }

  // The file being read, for locations; its char stream gives the original text of a context.
  void begin_file(const std::string& name, antlr4::CharStream* stream, const std::string* text) {
    file_ = name;
    stream_ = stream;
    file_text_ = text;
    line_starts_.clear();
  }

  // ---- names
  std::string name(pg::PostgresParser::IdentifierContext* identifier) const;
  std::string name(antlr4::tree::ParseTree* node) const;  // any single name-like node
  std::vector<std::string> parts(pg::PostgresParser::QualifiedNameContext* name) const;
  // All parts as written, for names that go one level below a relation (schema.table.column).
  std::vector<std::string> all_parts(pg::PostgresParser::QualifiedNameContext* name) const;
  // Schema and name of an object created under the current search_path.
  model::QualifiedName creation_name(pg::PostgresParser::QualifiedNameContext* name) const;
  // Schema and name of a relation (table, view, sequence, index) referred to: the first schema
  // on the search_path that has it, else the creation schema.
  model::QualifiedName relation_name(pg::PostgresParser::QualifiedNameContext* name) const;
  model::QualifiedName relation_name(const std::vector<std::string>& parts) const;
  // Same for types/domains, routines and collations.
  std::string type_schema(const std::string& name) const;
  std::string routine_schema(const std::string& name) const;
  model::QualifiedName routine_name(pg::PostgresParser::QualifiedNameContext* name) const;
  model::QualifiedName collation_name(pg::PostgresParser::QualifiedNameContext* name) const;
  std::string creation_schema() const;

  // ---- values
  model::TypeRef type(pg::PostgresParser::TypeNameContext* type, bool* is_serial = nullptr) const;
  model::Expr expr(antlr4::ParserRuleContext* node) const;  // original text + search_path
  std::string text(antlr4::ParserRuleContext* node) const;  // original text of a node
  std::string text(antlr4::tree::TerminalNode* node) const;
  std::string string_value(pg::PostgresParser::StringLiteralContext* literal) const;
  std::string set_value(pg::PostgresParser::SetValueContext* value) const;
  std::map<std::string, std::string> options(pg::PostgresParser::WithOptionListContext* list) const;
  std::vector<std::string> column_list(pg::PostgresParser::ColumnListContext* list) const;
  std::string role(pg::PostgresParser::RoleSpecContext* role) const;

  // ---- reporting
  model::SourceLocation location(antlr4::ParserRuleContext* node) const;
  model::SourceLocation location(antlr4::Token* token) const;
  void remember(const model::ObjectId& id, antlr4::ParserRuleContext* node);
  void remember(const model::ObjectId& id, const model::SourceLocation& where);
  void warn(antlr4::ParserRuleContext* node, const std::string& message);
  void error(antlr4::ParserRuleContext* node, const std::string& message);
  void error(const model::SourceLocation& where, const std::string& message) { report(Severity::Error, where, message); }
  void unmanaged(antlr4::ParserRuleContext* node, const std::string& kind);
  // A statement about an object this snapshot does not define (an extension's update script,
  // one file of several): kept as unmanaged, never modeled as something else.
  void not_defined_here(antlr4::ParserRuleContext* statement, const std::string& action, const std::string& object);
  void unmanaged(const std::string& kind, const std::string& text, const model::SourceLocation& where);
  void report(Severity severity, const model::SourceLocation& where, const std::string& message);
  std::string context_line(int line) const;

 private:
  model::Catalog& catalog_;
  std::vector<Diagnostic>& diagnostics_;
  mutable std::set<std::tuple<std::string, int, int>> truncations_reported_;  // where names were said to be truncated
  const ParseOptions& options_;
  std::vector<std::string> search_path_{"public"};
  std::string file_;
  antlr4::CharStream* stream_ = nullptr;
  const std::string* file_text_ = nullptr;
  mutable std::vector<size_t> line_starts_;  // of file_text_, filled by the first context_line()
  HeldNames held_names_;
  std::uint64_t events_read_ = 0;

  bool relation_exists(const std::string& schema, const std::string& name) const;
};

}  // namespace schemadelta::parser

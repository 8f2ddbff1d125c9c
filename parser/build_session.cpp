// Session statements: SET and pg_dump's set_config(). Only search_path matters to the model.
#include "parser/builders.h"
#include "parser/sql_text.h"
#include "parser/sql_token.h"

namespace schemadelta::parser {

namespace {

// "a, b" or '"$user", public' -> {"a", "b"}; an empty string is an empty path.
std::vector<std::string> split_search_path(const std::string& text) {
  std::vector<std::string> path;
  for (const auto& token : lex_sql(text)) {
    if (token.kind == TokenKind::Word || token.kind == TokenKind::QuotedIdentifier) {
      path.push_back(fold_identifier(token.text));
    } else if (token.kind == TokenKind::String) {
      // set_config('search_path', 'a, b', ...) and SET search_path = 'a, b': a list in a string.
      for (auto& part : split_search_path(decode_string_literal(token.text))) path.push_back(part);
    }
  }
  return path;
}

}  // namespace

void build_set(P::SetStatementContext* s, BuildContext& context) {
  if (!s->qualifiedName() || s->FROM()) return;
  auto name = context.parts(s->qualifiedName());
  if (name.size() != 1 || name[0] != "search_path") return;
  std::vector<std::string> path;
  for (auto* value : s->setValue()) {
    for (auto& part : split_search_path(value->getText())) path.push_back(part);
  }
  context.set_search_path(path);
}

void build_select(P::SelectStatementContext* s, BuildContext& context) {
  // SELECT pg_catalog.set_config('search_path', '...', false);
  const auto significant = lex_sql(context.text(s));
  size_t i = 1;
  if (i + 1 < significant.size() && fold_identifier(significant[i].text) == "pg_catalog" &&
      significant[i + 1].kind == TokenKind::Dot) {
    i += 2;
  }
  bool is_set_config = i + 4 < significant.size() && fold_identifier(significant[i].text) == "set_config" &&
                       significant[i + 1].kind == TokenKind::LParen && significant[i + 2].kind == TokenKind::String &&
                       significant[i + 3].kind == TokenKind::Comma && significant[i + 4].kind == TokenKind::String;
  if (!is_set_config) return context.unmanaged(s, "SELECT");
  if (decode_string_literal(significant[i + 2].text) == "search_path") {
    context.set_search_path(split_search_path(decode_string_literal(significant[i + 4].text)));
  }
}

}  // namespace schemadelta::parser

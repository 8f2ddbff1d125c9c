// CREATE VIEW and CREATE MATERIALIZED VIEW. The query is kept as written; a trailing
// WITH [CASCADED | LOCAL] CHECK OPTION or WITH [NO] DATA is split off.
#include "parser/builders.h"
#include "parser/children.h"
#include "parser/sql_text.h"
#include "parser/expression_normalizer.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

namespace {

// Appends the tokens under `node` to one vector: a vector per level, copied into its parent's,
// would cost the query's size times its depth.
void collect_tokens(antlr4::tree::ParseTree* node, std::vector<antlr4::Token*>& tokens) {
  if (auto* terminal = as_terminal(node)) {
    tokens.push_back(terminal->getSymbol());
    return;
  }
  for (auto* child : node->children) collect_tokens(child, tokens);
}

struct SplitQuery {
  model::Expr query;
  std::string check_option;
  std::optional<bool> with_data;
};

SplitQuery split_query(P::QueryContext* query, antlr4::CharStream* stream, BuildContext& context) {
  std::vector<antlr4::Token*> tokens;
  collect_tokens(query, tokens);
  SplitQuery result;
  size_t end = tokens.size();
  auto word = [&](size_t i) { return ascii_upper(tokens[i]->getText()); };
  if (end >= 3 && word(end - 2) == "CHECK" && word(end - 1) == "OPTION") {
    size_t with = end - 3;
    result.check_option = "CASCADED";
    if (word(with) == "CASCADED" || word(with) == "LOCAL") {
      result.check_option = word(with);
      --with;
    }
    if (word(with) == "WITH") end = with;
  } else if (end >= 2 && word(end - 1) == "DATA" && word(end - 2) == "WITH") {
    result.with_data = true;
    end -= 2;
  } else if (end >= 3 && word(end - 1) == "DATA" && word(end - 2) == "NO" && word(end - 3) == "WITH") {
    result.with_data = false;
    end -= 3;
  }
  result.query.search_path = context.search_path();
  if (end > 0) {
    result.query.original = stream->getText(antlr4::misc::Interval(tokens[0]->getStartIndex(), tokens[end - 1]->getStopIndex()));
  }
  return result;
}

model::View read_view(P::ColumnListContext* columns, P::WithOptionsContext* with,
                      P::QueryContext* query, BuildContext& context, bool materialized) {
  model::View view;
  view.column_names = context.column_list(columns);
  if (with) view.options = context.options(with->withOptionList());
  auto split = split_query(query, query->getStart()->getInputStream(), context);
  view.query = split.query;
  view.check_option = split.check_option;
  if (auto it = view.options.find("check_option"); it != view.options.end()) {
    view.check_option = ascii_upper(it->second);
    view.options.erase(it);
  }
  if (materialized) view.with_data = split.with_data.value_or(true);
  return view;
}

}  // namespace

void build_create_view(P::CreateViewContext* s, BuildContext& context) {
  auto name = context.creation_name(s->qualifiedName());
  auto view = read_view(s->columnList(), s->withOptions(), s->query(), context, false);
  view.name = name.name;
  if (s->RECURSIVE()) {
    // CREATE RECURSIVE VIEW v (cols) AS q is WITH RECURSIVE v (cols) AS (q) SELECT cols FROM v,
    // which is how PostgreSQL stores and pg_dump prints it.
    std::string columns;
    for (const auto& column : view.column_names) columns += (columns.empty() ? "" : ", ") + canonical_identifier(column);
    const std::string self = canonical_identifier(name.name);
    view.query.original = "WITH RECURSIVE " + self + "(" + columns + ") AS (" + view.query.original + ") SELECT " + columns +
                          " FROM " + self;
    view.column_names.clear();
  }
  context.remember(ObjectId{ObjectKind::View, name.schema, name.name, "", ""}, s);
  context.catalog().schema(name.schema).views[name.name] = view;
}

void build_create_materialized_view(P::CreateMaterializedViewContext* s, BuildContext& context) {
  auto name = context.creation_name(s->qualifiedName());
  auto& views = context.catalog().schema(name.schema).materialized_views;
  if (views.count(name.name) && s->ifNotExists()) return;
  auto view = read_view(s->columnList(), s->withOptions(), s->query(), context, true);
  view.name = name.name;
  context.remember(ObjectId{ObjectKind::MaterializedView, name.schema, name.name, "", ""}, s);
  views[name.name] = view;
}

}  // namespace schemadelta::parser

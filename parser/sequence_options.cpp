#include "parser/sequence_options.h"

#include <limits>

#include "parser/children.h"

namespace schemadelta::parser {

namespace {

std::int64_t number(pg::PostgresParser::SignedNumberContext* n) {
  std::string text = n->getText();
  try {
    return std::stoll(text);
  } catch (...) {
    return text.starts_with("-") ? std::numeric_limits<std::int64_t>::min() : std::numeric_limits<std::int64_t>::max();
  }
}

std::pair<std::int64_t, std::int64_t> type_range(const model::TypeRef& type) {
  if (type.name == "smallint") return {-32768, 32767};
  if (type.name == "integer") return {-2147483648LL, 2147483647LL};
  return {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()};
}

}  // namespace

WrittenSequenceOptions read_sequence_options(const std::vector<pg::PostgresParser::SequenceOptionContext*>& options,
                                             BuildContext& context) {
  using P = pg::PostgresParser;
  WrittenSequenceOptions w;
  for (auto* o : options) {
    const Children k(o);
    if (k.has(P::AS)) w.data_type = context.type(k.rule<P::TypeNameContext>(P::RuleTypeName));
    else if (k.has(P::INCREMENT)) w.increment = number(k.rule<P::SignedNumberContext>(P::RuleSignedNumber));
    else if (k.has(P::MINVALUE)) { if (k.has(P::NO)) w.no_min = true; else w.min_value = number(k.rule<P::SignedNumberContext>(P::RuleSignedNumber)); }
    else if (k.has(P::MAXVALUE)) { if (k.has(P::NO)) w.no_max = true; else w.max_value = number(k.rule<P::SignedNumberContext>(P::RuleSignedNumber)); }
    else if (k.has(P::START)) w.start = number(k.rule<P::SignedNumberContext>(P::RuleSignedNumber));
    else if (k.has(P::CACHE)) w.cache = number(k.rule<P::SignedNumberContext>(P::RuleSignedNumber));
    else if (k.has(P::CYCLE)) w.cycle = !k.has(P::NO);
    else if (k.has(P::OWNED)) {
      auto parts = context.all_parts(k.rule<P::QualifiedNameContext>(P::RuleQualifiedName));
      if (parts.size() == 1 && parts[0] == "none") {
        w.owned_by_none = true;
      } else if (parts.size() >= 2) {
        auto column = parts.back();
        parts.pop_back();
        auto table = context.relation_name(parts);
        w.owned_by = model::ColumnRef{table.schema, table.name, column};
      }
    } else if (k.has(P::SEQUENCE)) {
      w.sequence_name = context.relation_name(k.rule<P::QualifiedNameContext>(P::RuleQualifiedName));
    } else if (k.has(P::LOGGED)) w.unlogged = false;
    else if (k.has(P::UNLOGGED)) w.unlogged = true;
    // RESTART only moves the current value: not part of a schema.
  }
  return w;
}

model::SequenceOptions resolve_new_sequence(const WrittenSequenceOptions& w, const model::TypeRef& default_type) {
  model::SequenceOptions o;
  o.data_type = w.data_type.value_or(default_type);
  o.data_type.modifiers.clear();
  o.data_type.array_dimensions = 0;
  auto [type_min, type_max] = type_range(o.data_type);
  o.increment = w.increment.value_or(1);
  const bool ascending = o.increment > 0;
  o.min_value = w.min_value.value_or(ascending ? 1 : type_min);
  o.max_value = w.max_value.value_or(ascending ? type_max : -1);
  o.start = w.start.value_or(ascending ? o.min_value : o.max_value);
  o.cache = w.cache.value_or(1);
  o.cycle = w.cycle.value_or(false);
  return o;
}

void apply_sequence_changes(model::SequenceOptions& o, const WrittenSequenceOptions& w) {
  if (w.data_type) {
    auto [old_min, old_max] = type_range(o.data_type);
    o.data_type = *w.data_type;
    auto [type_min, type_max] = type_range(o.data_type);
    if (o.max_value == old_max) o.max_value = type_max;
    if (o.min_value == old_min) o.min_value = type_min;
  }
  auto [type_min, type_max] = type_range(o.data_type);
  if (w.increment) o.increment = *w.increment;
  const bool ascending = o.increment > 0;
  if (w.min_value) o.min_value = *w.min_value;
  if (w.no_min) o.min_value = ascending ? 1 : type_min;
  if (w.max_value) o.max_value = *w.max_value;
  if (w.no_max) o.max_value = ascending ? type_max : -1;
  if (w.start) o.start = *w.start;
  if (w.cache) o.cache = *w.cache;
  if (w.cycle) o.cycle = *w.cycle;
}

}  // namespace schemadelta::parser

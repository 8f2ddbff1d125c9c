#include "serialize/catalog_json.h"

#include <charconv>
#include <cstring>

namespace schemadelta::serialize {

using json = nlohmann::ordered_json;

namespace {

// The catalog is written once, against a writer: TreeWriter builds the nlohmann tree (to_json),
// TextWriter writes the tree's compact dump() directly (write_json, the state fingerprint's
// input). Both take the same calls: begin/end of objects and arrays, a key, a value.

class TreeWriter {
 public:
  void begin_object() { open(json::object()); }
  void begin_array() { open(json::array()); }
  void end_object() { stack_.pop_back(); }
  void end_array() { stack_.pop_back(); }
  void key(std::string_view key) { key_.assign(key.data(), key.size()); }
  void value(std::string_view v) { place(json(std::string(v))); }
  void value(const std::string& v) { place(json(v)); }
  void value(const char* v) { place(json(v)); }
  void value(bool v) { place(json(v)); }
  void value(int v) { place(json(v)); }
  void value(std::int64_t v) { place(json(v)); }
  void value(double v) { place(json(v)); }
  void value(std::nullptr_t) { place(json(nullptr)); }

  json result;

 private:
  // Only the innermost open container grows, so the pointers to it and its parents stay valid.
  json* place(json v) {
    if (stack_.empty()) {
      result = std::move(v);
      return &result;
    }
    json& top = *stack_.back();
    if (top.is_object()) return &(top[key_] = std::move(v));
    top.push_back(std::move(v));
    return &top.back();
  }
  void open(json v) { stack_.push_back(place(std::move(v))); }

  std::vector<json*> stack_;
  std::string key_;
};

class TextWriter {
 public:
  // indent: as dump(indent), -1 compact (no new lines, no space after a key's colon).
  TextWriter(JsonSink& sink, int indent) : sink_(sink), indent_(indent) { buffer_.reserve(kChunk + 4096); }
  void begin_object() { open('{'); }
  void begin_array() { open('['); }
  void end_object() { close('}'); }
  void end_array() { close(']'); }
  void key(std::string_view key) {
    separate();
    string(key);
    buffer_ += indent_ < 0 ? ":" : ": ";
    after_key_ = true;
  }
  void value(std::string_view v) { separate(), string(v); }
  void value(const std::string& v) { value(std::string_view(v)); }
  void value(const char* v) { value(std::string_view(v)); }
  void value(bool v) { separate(), buffer_ += v ? "true" : "false"; }
  void value(int v) { value(static_cast<std::int64_t>(v)); }
  void value(std::int64_t v) {
    separate();
    char digits[24];
    buffer_.append(digits, std::to_chars(digits, digits + sizeof digits, v).ptr);
  }
  void value(double v) { separate(), buffer_ += json(v).dump(); }  // nlohmann's shortest form
  void value(std::nullptr_t) { separate(), buffer_ += "null"; }
  void flush() {
    sink_.write(buffer_);
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kChunk = 1 << 16;

  // The comma before every element but a container's first, none after a key; indented, each
  // element of a container on a line of its own.
  void separate() {
    if (after_key_) {
      after_key_ = false;
    } else {
      if (!first_) buffer_ += ',';
      if (indent_ >= 0 && depth_ > 0) new_line(depth_);
    }
    first_ = false;
  }
  void open(char bracket) {
    separate();
    buffer_ += bracket;
    first_ = true;
    ++depth_;
  }
  // An empty container closes on its line ("[]", "{}"), as dump() writes it.
  void close(char bracket) {
    --depth_;
    if (indent_ >= 0 && !first_) new_line(depth_);
    buffer_ += bracket;
    first_ = false;
    if (buffer_.size() >= kChunk) flush();
  }
  void new_line(int depth) {
    buffer_ += '\n';
    buffer_.append(static_cast<std::size_t>(indent_) * static_cast<std::size_t>(depth), ' ');
  }
  // As dump() escapes (no ensure_ascii): printable ASCII as is; anything else goes through
  // nlohmann, which also checks the UTF-8 and throws on bad bytes as dump() did.
  void string(std::string_view s) {
    if (needs_escaping(s)) {
      buffer_ += json(std::string(s)).dump();
      return;
    }
    buffer_ += '"';
    buffer_.append(s.data(), s.size());
    buffer_ += '"';
  }

  // Whether a byte is a control character, DEL, not ASCII, '"' or '\\': eight bytes a step
  // (exact tests on each byte of a word), the rest one by one.
  static bool needs_escaping(std::string_view s) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto has_zero = [](std::uint64_t v) { return ((v - ones) & ~v & highs) != 0; };
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      const bool below_space = ((w - ones * 0x20) & ~w & highs) != 0;
      if ((w & highs) || below_space || has_zero(w ^ (ones * 0x7f)) || has_zero(w ^ (ones * '"')) || has_zero(w ^ (ones * '\\'))) {
        return true;
      }
    }
    for (; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') return true;
    }
    return false;
  }

  JsonSink& sink_;
  const int indent_;
  int depth_ = 0;
  std::string buffer_;
  bool first_ = true, after_key_ = false;
};

// ---- pieces

template <typename W, typename T>
void field(W& w, std::string_view key, const T& value) {
  w.key(key);
  w.value(value);
}

template <typename W>
void strings(W& w, const std::vector<std::string>& list) {
  w.begin_array();
  for (const auto& s : list) w.value(s);
  w.end_array();
}

template <typename W>
void strings(W& w, std::string_view key, const std::vector<std::string>& list) {
  w.key(key);
  strings(w, list);
}

template <typename W>
void string_map(W& w, std::string_view key, const std::map<std::string, std::string>& map) {
  w.key(key);
  w.begin_object();
  for (const auto& [k, v] : map) field(w, k, v);
  w.end_object();
}

std::string type(const model::TypeRef& t) { return model::to_string(t); }

std::string qualified(const model::QualifiedName& name) { return name.schema.empty() ? name.name : name.schema + "." + name.name; }

template <typename W>
void sequence_options(W& w, const model::SequenceOptions& o) {
  w.begin_object();
  field(w, "type", type(o.data_type));
  field(w, "increment", o.increment);
  field(w, "min", o.min_value);
  field(w, "max", o.max_value);
  field(w, "start", o.start);
  field(w, "cache", o.cache);
  field(w, "cycle", o.cycle);
  w.end_object();
}

const char* constraint_kind(model::ConstraintKind k) {
  switch (k) {
    case model::ConstraintKind::PrimaryKey: return "primary key";
    case model::ConstraintKind::Unique: return "unique";
    case model::ConstraintKind::ForeignKey: return "foreign key";
    case model::ConstraintKind::Check: return "check";
    case model::ConstraintKind::Exclude: return "exclude";
  }
  return "";
}

template <typename W>
void column(W& w, const model::Column& c) {
  w.begin_object();
  field(w, "name", c.name);
  field(w, "type", type(c.type));
  field(w, "not_null", c.not_null);
  if (!c.details->not_null_name.empty()) field(w, "not_null_name", c.details->not_null_name);
  if (c.not_null_no_inherit) field(w, "not_null_no_inherit", true);
  if (c.details->collation) field(w, "collation", qualified(*c.details->collation));
  if (c.default_value) field(w, "default", c.default_value->canonical);
  if (c.details->generated) field(w, "generated", c.details->generated->canonical);
  if (c.generated_virtual) field(w, "generated_virtual", true);
  if (c.details->identity->kind != model::IdentityKind::None) {
    w.key("identity");
    w.begin_object();
    field(w, "kind", c.details->identity->kind == model::IdentityKind::Always ? "ALWAYS" : "BY DEFAULT");
    field(w, "sequence", c.details->identity->sequence_name);
    w.key("options");
    sequence_options(w, c.details->identity->options);
    w.end_object();
  }
  if (!c.details->storage.empty()) field(w, "storage", c.details->storage);
  if (!c.details->compression.empty()) field(w, "compression", c.details->compression);
  if (c.statistics >= 0) field(w, "statistics", c.statistics);
  w.end_object();
}

template <typename W>
void constraint(W& w, const model::Constraint& c) {
  w.begin_object();
  field(w, "name", c.name);
  field(w, "kind", constraint_kind(c.kind));
  if (!c.columns.empty()) strings(w, "columns", c.columns);
  if (!c.include.empty()) strings(w, "include", c.include);
  if (c.check) field(w, "check", c.check->canonical);
  if (c.kind == model::ConstraintKind::ForeignKey) {
    const auto& fk = c.foreign_key;
    w.key("references");
    w.begin_object();
    field(w, "table", qualified(fk.referenced_table));
    strings(w, "columns", fk.referenced_columns);
    field(w, "match", fk.match);
    field(w, "on_delete", model::referential_action_name(fk.on_delete));
    field(w, "on_update", model::referential_action_name(fk.on_update));
    if (!fk.on_delete_columns.empty()) strings(w, "on_delete_columns", fk.on_delete_columns);
    w.end_object();
  }
  if (c.kind == model::ConstraintKind::Exclude) {
    field(w, "using", c.exclusion_method);
    w.key("exclude");
    w.begin_array();
    for (const auto& e : c.exclusion) {
      w.begin_object();
      field(w, "element", e.element.canonical);
      field(w, "operator", e.op);
      w.end_object();
    }
    w.end_array();
    if (c.exclusion_where) field(w, "where", c.exclusion_where->canonical);
  }
  if (c.no_inherit) field(w, "no_inherit", true);
  if (c.nulls_not_distinct) field(w, "nulls_not_distinct", true);
  if (!c.enforced) field(w, "enforced", false);
  if (c.without_overlaps) field(w, "without_overlaps", true);
  if (c.period) field(w, "period", true);
  if (c.deferrable) field(w, "deferrable", true);
  if (c.initially_deferred) field(w, "initially_deferred", true);
  if (!c.validated) field(w, "not_valid", true);
  if (!c.index_options.empty()) string_map(w, "with", c.index_options);
  w.end_object();
}

template <typename W>
void table(W& w, const model::Table& t, const FingerprintView* view) {
  w.begin_object();
  field(w, "name", t.name);
  w.key("columns");
  w.begin_array();
  if (view) {
    for (const auto* c : view->columns(t)) column(w, *c);
  } else {
    for (const auto& c : t.columns) column(w, c);
  }
  w.end_array();
  if (!t.constraints.empty()) {
    w.key("constraints");
    w.begin_array();
    for (const auto& [_, c] : t.constraints) constraint(w, c);
    w.end_array();
  }
  if (!t.policies.empty()) {
    w.key("policies");
    w.begin_array();
    for (const auto& [_, p] : t.policies) {
      w.begin_object();
      field(w, "name", p.name);
      field(w, "permissive", p.permissive);
      field(w, "command", p.command);
      strings(w, "roles", p.roles);
      if (p.using_expr) field(w, "using", p.using_expr->canonical);
      if (p.check_expr) field(w, "with_check", p.check_expr->canonical);
      w.end_object();
    }
    w.end_array();
  }
  if (!t.inherits.empty()) {
    w.key("inherits");
    w.begin_array();
    for (const auto& p : t.inherits) w.value(qualified(p));
    w.end_array();
  }
  if (t.partition_by) {
    w.key("partition_by");
    w.begin_object();
    field(w, "strategy", t.partition_by->strategy);
    w.key("keys");
    w.begin_array();
    for (const auto& e : t.partition_by->elements) w.value(e.canonical);
    w.end_array();
    w.end_object();
  }
  if (t.partition_of) {
    w.key("partition_of");
    w.begin_object();
    field(w, "parent", qualified(*t.partition_of));
    w.key("bound");
    if (t.partition_bound) w.value(t.partition_bound->canonical); else w.value(nullptr);
    w.end_object();
  }
  if (t.unlogged) field(w, "unlogged", true);
  if (!t.options.empty()) string_map(w, "with", t.options);
  if (t.row_security) field(w, "row_security", true);
  if (t.force_row_security) field(w, "force_row_security", true);
  if (t.replica_identity != "DEFAULT") field(w, "replica_identity", t.replica_identity);
  if (!t.cluster_on.empty()) field(w, "cluster_on", t.cluster_on);
  w.end_object();
}

template <typename W>
void view(W& w, const model::View& v, bool materialized, const FingerprintView* fingerprint) {
  w.begin_object();
  field(w, "name", v.name);
  field(w, "query", v.query.canonical);
  if (!v.column_names.empty()) strings(w, "columns", v.column_names);
  if (!v.check_option.empty()) field(w, "check_option", v.check_option);
  if (!v.options.empty()) string_map(w, "with", v.options);
  // WITH [NO] DATA is not what the view is (pg_dump writes NO DATA for every one), as for check.
  if (materialized && !fingerprint) field(w, "with_data", v.with_data);
  w.end_object();
}

template <typename W>
void routine(W& w, const model::Routine& r) {
  w.begin_object();
  field(w, "name", r.name);
  field(w, "signature", r.signature());
  field(w, "kind", r.is_procedure ? "procedure" : "function");
  w.key("parameters");
  w.begin_array();
  for (const auto& p : r.parameters) {
    w.begin_object();
    field(w, "mode", p.mode);
    field(w, "name", p.name);
    field(w, "type", type(p.type));
    if (p.default_value) field(w, "default", p.default_value->canonical);
    w.end_object();
  }
  w.end_array();
  if (r.return_type) field(w, "returns", (r.returns_set ? "SETOF " : "") + model::to_string(*r.return_type));
  else if (r.returns_set) field(w, "returns", "TABLE");
  field(w, "language", r.language);
  field(w, "volatility", r.volatility);
  if (r.strict) field(w, "strict", true);
  if (r.security_definer) field(w, "security_definer", true);
  if (r.leakproof) field(w, "leakproof", true);
  if (r.window) field(w, "window", true);
  if (r.parallel != "UNSAFE") field(w, "parallel", r.parallel);
  if (r.cost >= 0) field(w, "cost", r.cost);
  if (r.rows >= 0) field(w, "rows", r.rows);
  if (!r.support.empty()) field(w, "support", r.support);
  if (!r.settings.empty()) {
    // An object: a name set twice keeps its first place and its last value.
    w.key("settings");
    w.begin_object();
    for (std::size_t i = 0; i < r.settings.size(); ++i) {
      const auto& name = r.settings[i].first;
      bool seen = false;
      for (std::size_t j = 0; j < i && !seen; ++j) seen = r.settings[j].first == name;
      if (seen) continue;
      const std::string* value = &r.settings[i].second;
      for (std::size_t j = i + 1; j < r.settings.size(); ++j) {
        if (r.settings[j].first == name) value = &r.settings[j].second;
      }
      field(w, name, *value);
    }
    w.end_object();
  }
  field(w, "body", r.body.canonical);
  if (!r.link_symbol.empty()) field(w, "link_symbol", r.link_symbol);
  w.end_object();
}

template <typename W>
void index(W& w, const model::Index& i) {
  w.begin_object();
  field(w, "name", i.name);
  field(w, "table", i.table);
  field(w, "unique", i.unique);
  field(w, "method", i.method);
  w.key("elements");
  w.begin_array();
  for (const auto& e : i.elements) {
    w.begin_object();
    field(w, "expression", e.expression.canonical);
    if (!e.collation.empty()) field(w, "collation", e.collation_schema.empty() ? e.collation : e.collation_schema + "." + e.collation);
    if (!e.opclass.empty()) field(w, "opclass", e.opclass);
    if (!e.opclass_options.empty()) string_map(w, "opclass_options", e.opclass_options);
    if (e.descending) field(w, "descending", true);
    if (e.nulls_first != e.descending) field(w, "nulls_first", e.nulls_first);
    w.end_object();
  }
  w.end_array();
  if (!i.include.empty()) strings(w, "include", i.include);
  if (i.nulls_not_distinct) field(w, "nulls_not_distinct", true);
  if (i.where) field(w, "where", i.where->canonical);
  if (!i.options.empty()) string_map(w, "with", i.options);
  if (i.attached_to) field(w, "partition_of", qualified(*i.attached_to));
  if (!i.statistics.empty()) {
    w.key("statistics");
    w.begin_object();
    for (const auto& [column, value] : i.statistics) field(w, std::to_string(column), value);
    w.end_object();
  }
  w.end_object();
}

template <typename W>
void trigger(W& w, const model::Trigger& t) {
  w.begin_object();
  field(w, "name", t.name);
  field(w, "table", t.table);
  field(w, "timing", t.timing);
  strings(w, "events", t.events);
  field(w, "for_each_row", t.for_each_row);
  field(w, "function", qualified(t.function));
  strings(w, "arguments", t.arguments);
  if (t.when) field(w, "when", t.when->canonical);
  if (t.is_constraint) {
    w.key("constraint");
    w.begin_object();
    field(w, "deferrable", t.deferrable);
    field(w, "initially_deferred", t.initially_deferred);
    w.end_object();
  }
  if (t.referenced_table) field(w, "from", qualified(*t.referenced_table));
  if (!t.old_table.empty()) field(w, "old_table", t.old_table);
  if (!t.new_table.empty()) field(w, "new_table", t.new_table);
  if (t.enabled != "ORIGIN") field(w, "enabled", t.enabled);
  w.end_object();
}

template <typename W>
void rule(W& w, const model::Rule& r) {
  w.begin_object();
  field(w, "name", r.name);
  field(w, "table", r.table);
  field(w, "event", r.event);
  field(w, "instead", r.instead);
  field(w, "actions", r.actions.canonical);
  if (r.where) field(w, "where", r.where->canonical);
  w.end_object();
}

template <typename W>
void user_type(W& w, const model::Type& t) {
  static const char* kinds[] = {"enum", "composite", "range", "base", "shell"};
  w.begin_object();
  field(w, "name", t.name);
  field(w, "kind", kinds[static_cast<int>(t.kind)]);
  if (t.kind == model::TypeKind::Enum) strings(w, "labels", t.enum_labels);
  if (!t.attributes.empty()) {
    w.key("attributes");
    w.begin_array();
    for (const auto& a : t.attributes) {
      w.begin_object();
      field(w, "name", a.name);
      field(w, "type", type(a.type));
      if (a.collation) field(w, "collation", qualified(*a.collation));
      w.end_object();
    }
    w.end_array();
  }
  if (!t.options.empty()) string_map(w, "options", t.options);
  w.end_object();
}

template <typename W>
void domain(W& w, const model::Domain& d) {
  w.begin_object();
  field(w, "name", d.name);
  field(w, "type", type(d.base_type));
  field(w, "not_null", d.not_null);
  if (d.collation) field(w, "collation", qualified(*d.collation));
  if (d.default_value) field(w, "default", d.default_value->canonical);
  if (!d.constraints.empty()) {
    w.key("constraints");
    w.begin_array();
    for (const auto& [_, c] : d.constraints) {
      w.begin_object();
      field(w, "name", c.name);
      field(w, "check", c.check.canonical);
      if (!c.validated) field(w, "not_valid", true);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
}

// An array of a map's values under `key`, left out when the map is empty.
template <typename W, typename Map, typename F>
void list(W& w, std::string_view key, const Map& map, F&& write_one) {
  if (map.empty()) return;
  w.key(key);
  w.begin_array();
  for (const auto& [_, value] : map) write_one(value);
  w.end_array();
}

template <typename W>
void schema(W& w, const model::Schema& s, const FingerprintView* fingerprint) {
  w.begin_object();
  field(w, "name", s.name);
  list(w, "types", s.types, [&](const model::Type& t) { user_type(w, t); });
  list(w, "domains", s.domains, [&](const model::Domain& d) { domain(w, d); });
  list(w, "sequences", s.sequences, [&](const model::Sequence& q) {
    w.begin_object();
    field(w, "name", q.name);
    w.key("options");
    sequence_options(w, q.options);
    if (q.unlogged) field(w, "unlogged", true);
    if (q.owned_by) field(w, "owned_by", q.owned_by->schema + "." + q.owned_by->table + "." + q.owned_by->column);
    w.end_object();
  });
  list(w, "routines", s.routines, [&](const model::Routine& r) { routine(w, r); });
  list(w, "aggregates", s.aggregates, [&](const model::Aggregate& a) {
    w.begin_object();
    field(w, "name", a.name);
    field(w, "signature", a.signature());
    string_map(w, "options", a.options);
    w.end_object();
  });
  list(w, "operators", s.operators, [&](const model::Operator& o) {
    w.begin_object();
    field(w, "name", o.name);
    field(w, "signature", o.signature());
    string_map(w, "options", o.options);
    w.end_object();
  });
  list(w, "tables", s.tables, [&](const model::Table& t) { table(w, t, fingerprint); });
  list(w, "views", s.views, [&](const model::View& v) { view(w, v, false, fingerprint); });
  list(w, "materialized_views", s.materialized_views, [&](const model::View& v) { view(w, v, true, fingerprint); });
  list(w, "indexes", s.indexes, [&](const model::Index& i) { index(w, i); });
  list(w, "triggers", s.triggers, [&](const model::Trigger& t) { trigger(w, t); });
  list(w, "rules", s.rules, [&](const model::Rule& r) { rule(w, r); });
  list(w, "collations", s.collations, [&](const model::Collation& c) {
    w.begin_object();
    field(w, "name", c.name);
    field(w, "provider", c.provider);
    field(w, "lc_collate", c.lc_collate);
    field(w, "lc_ctype", c.lc_ctype);
    field(w, "deterministic", c.deterministic);
    if (!c.rules.empty()) field(w, "rules", c.rules);
    w.end_object();
  });
  list(w, "text_search_dictionaries", s.text_search_dictionaries, [&](const model::TextSearchDictionary& d) {
    w.begin_object();
    field(w, "name", d.name);
    field(w, "template", qualified(d.template_name));
    string_map(w, "options", d.options);
    w.end_object();
  });
  list(w, "text_search_configurations", s.text_search_configurations, [&](const model::TextSearchConfiguration& c) {
    w.begin_object();
    field(w, "name", c.name);
    field(w, "parser", qualified(c.parser));
    w.key("mappings");
    w.begin_object();
    for (const auto& [token, dictionaries] : c.mappings) {
      w.key(token);
      w.begin_array();
      for (const auto& d : dictionaries) w.value(qualified(d));
      w.end_array();
    }
    w.end_object();
    w.end_object();
  });
  w.end_object();
}

template <typename W>
void object_id(W& w, const model::ObjectId& id) {
  w.begin_object();
  field(w, "kind", model::kind_name(id.kind));
  if (!id.schema.empty()) field(w, "schema", id.schema);
  if (!id.parent.empty()) field(w, "parent", id.parent);
  field(w, "name", id.name);
  if (!id.signature.empty()) field(w, "signature", id.signature);
  w.end_object();
}

// Each object of a map keyed by ObjectId: {"object": id, <key>: what the map holds}.
template <typename W, typename Map, typename F>
void by_object(W& w, std::string_view key, const Map& map, F&& write_value) {
  w.key(key);
  w.begin_array();
  for (const auto& [id, value] : map) {
    w.begin_object();
    w.key("object");
    object_id(w, id);
    write_value(value);
    w.end_object();
  }
  w.end_array();
}

// `positions`: where each unmanaged statement was read (file and line).
template <typename W>
void catalog_json(W& w, const model::Catalog& catalog, const FingerprintView* fingerprint, bool positions = true) {
  w.begin_object();
  field(w, "format", "schemadelta-catalog");
  field(w, "version", 1);
  w.key("extensions");
  w.begin_array();
  for (const auto& [_, e] : catalog.extensions) {
    w.begin_object();
    field(w, "name", e.name);
    field(w, "schema", e.schema);
    if (!e.version.empty()) field(w, "version", e.version);
    w.end_object();
  }
  w.end_array();
  w.key("schemas");
  w.begin_array();
  for (const auto& [_, s] : catalog.schemas) schema(w, s, fingerprint);
  w.end_array();
  by_object(w, "comments", catalog.comments, [&](const std::string& text) { field(w, "comment", text); });
  if (!fingerprint) by_object(w, "owners", catalog.owners, [&](const std::string& role) { field(w, "owner", role); });
  by_object(w, "privileges", catalog.privileges, [&](const model::AccessList& acl) {
    w.key("grants");
    w.begin_array();
    for (const auto& g : acl) {
      w.begin_object();
      field(w, "grantee", g.grantee);
      field(w, "privilege", g.privilege);
      field(w, "with_grant_option", g.with_grant_option);
      w.end_object();
    }
    w.end_array();
  });
  if (!fingerprint) {
    w.key("unmanaged");
    w.begin_array();
    for (const auto& u : catalog.unmanaged) {
      w.begin_object();
      field(w, "kind", u.kind);
      if (positions) {
        field(w, "file", u.location.file);
        field(w, "line", u.location.line);
      }
      field(w, "text", u.text);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
}

}  // namespace

json to_json(const model::ObjectId& id) {
  TreeWriter w;
  object_id(w, id);
  return std::move(w.result);
}

json to_json(const model::Catalog& catalog) {
  TreeWriter w;
  catalog_json(w, catalog, nullptr);
  return std::move(w.result);
}

void write_json(const model::Catalog& catalog, JsonSink& out, const FingerprintView* view, int indent) {
  TextWriter w(out, indent);
  catalog_json(w, catalog, view);
  w.flush();
}

void write_json_without_positions(const model::Catalog& catalog, JsonSink& out) {
  TextWriter w(out, -1);
  catalog_json(w, catalog, nullptr, false);
  w.flush();
}

}  // namespace schemadelta::serialize

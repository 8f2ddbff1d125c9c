#include "serialize/catalog_json.h"

namespace schemadelta::serialize {

using json = nlohmann::ordered_json;

namespace {

json expr(const model::Expr& e) { return e.canonical; }

template <typename T>
json optional_expr(const std::optional<T>& e) {
  return e ? expr(*e) : json(nullptr);
}

json type(const model::TypeRef& t) { return model::to_string(t); }

json qualified(const model::QualifiedName& name) { return name.schema.empty() ? name.name : name.schema + "." + name.name; }

json sequence_options(const model::SequenceOptions& o) {
  return json{{"type", type(o.data_type)}, {"increment", o.increment}, {"min", o.min_value}, {"max", o.max_value},
              {"start", o.start},           {"cache", o.cache},         {"cycle", o.cycle}};
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

json column(const model::Column& c) {
  json j{{"name", c.name}, {"type", type(c.type)}, {"not_null", c.not_null}};
  if (!c.not_null_name.empty()) j["not_null_name"] = c.not_null_name;
  if (c.not_null_no_inherit) j["not_null_no_inherit"] = true;
  if (c.collation) j["collation"] = qualified(*c.collation);
  if (c.default_value) j["default"] = expr(*c.default_value);
  if (c.generated) j["generated"] = expr(*c.generated);
  if (c.generated_virtual) j["generated_virtual"] = true;
  if (c.identity->kind != model::IdentityKind::None) {
    j["identity"] = {{"kind", c.identity->kind == model::IdentityKind::Always ? "ALWAYS" : "BY DEFAULT"},
                     {"sequence", c.identity->sequence_name},
                     {"options", sequence_options(c.identity->options)}};
  }
  if (!c.storage.empty()) j["storage"] = c.storage;
  if (!c.compression.empty()) j["compression"] = c.compression;
  if (c.statistics >= 0) j["statistics"] = c.statistics;
  return j;
}

json constraint(const model::Constraint& c) {
  json j{{"name", c.name}, {"kind", constraint_kind(c.kind)}};
  if (!c.columns.empty()) j["columns"] = c.columns;
  if (!c.include.empty()) j["include"] = c.include;
  if (c.check) j["check"] = expr(*c.check);
  if (c.kind == model::ConstraintKind::ForeignKey) {
    const auto& fk = c.foreign_key;
    j["references"] = {{"table", qualified(fk.referenced_table)}, {"columns", fk.referenced_columns},
                       {"match", fk.match}, {"on_delete", model::referential_action_name(fk.on_delete)}, {"on_update", model::referential_action_name(fk.on_update)}};
    if (!fk.on_delete_columns.empty()) j["references"]["on_delete_columns"] = fk.on_delete_columns;
  }
  if (c.kind == model::ConstraintKind::Exclude) {
    json elements = json::array();
    for (const auto& e : c.exclusion) elements.push_back({{"element", expr(e.element)}, {"operator", e.op}});
    j["using"] = c.exclusion_method;
    j["exclude"] = elements;
    if (c.exclusion_where) j["where"] = expr(*c.exclusion_where);
  }
  if (c.no_inherit) j["no_inherit"] = true;
  if (c.nulls_not_distinct) j["nulls_not_distinct"] = true;
  if (!c.enforced) j["enforced"] = false;
  if (c.without_overlaps) j["without_overlaps"] = true;
  if (c.period) j["period"] = true;
  if (c.deferrable) j["deferrable"] = true;
  if (c.initially_deferred) j["initially_deferred"] = true;
  if (!c.validated) j["not_valid"] = true;
  if (!c.index_options.empty()) j["with"] = c.index_options;
  return j;
}

json table(const model::Table& t) {
  json j{{"name", t.name}};
  json columns = json::array();
  for (const auto& c : t.columns) columns.push_back(column(c));
  j["columns"] = columns;
  json constraints = json::array();
  for (const auto& [_, c] : t.constraints) constraints.push_back(constraint(c));
  if (!constraints.empty()) j["constraints"] = constraints;
  json policies = json::array();
  for (const auto& [_, p] : t.policies) {
    json pj{{"name", p.name}, {"permissive", p.permissive}, {"command", p.command}, {"roles", p.roles}};
    if (p.using_expr) pj["using"] = expr(*p.using_expr);
    if (p.check_expr) pj["with_check"] = expr(*p.check_expr);
    policies.push_back(pj);
  }
  if (!policies.empty()) j["policies"] = policies;
  if (!t.inherits.empty()) {
    json parents = json::array();
    for (const auto& p : t.inherits) parents.push_back(qualified(p));
    j["inherits"] = parents;
  }
  if (t.partition_by) {
    json elements = json::array();
    for (const auto& e : t.partition_by->elements) elements.push_back(expr(e));
    j["partition_by"] = {{"strategy", t.partition_by->strategy}, {"keys", elements}};
  }
  if (t.partition_of) j["partition_of"] = {{"parent", qualified(*t.partition_of)}, {"bound", optional_expr(t.partition_bound)}};
  if (t.unlogged) j["unlogged"] = true;
  if (!t.options.empty()) j["with"] = t.options;
  if (t.row_security) j["row_security"] = true;
  if (t.force_row_security) j["force_row_security"] = true;
  if (t.replica_identity != "DEFAULT") j["replica_identity"] = t.replica_identity;
  if (!t.cluster_on.empty()) j["cluster_on"] = t.cluster_on;
  return j;
}

json view(const model::View& v, bool materialized) {
  json j{{"name", v.name}, {"query", expr(v.query)}};
  if (!v.column_names.empty()) j["columns"] = v.column_names;
  if (!v.check_option.empty()) j["check_option"] = v.check_option;
  if (!v.options.empty()) j["with"] = v.options;
  if (materialized) j["with_data"] = v.with_data;
  return j;
}

json parameters(const std::vector<model::Parameter>& list) {
  json j = json::array();
  for (const auto& p : list) {
    json pj{{"mode", p.mode}, {"name", p.name}, {"type", type(p.type)}};
    if (p.default_value) pj["default"] = expr(*p.default_value);
    j.push_back(pj);
  }
  return j;
}

json routine(const model::Routine& r) {
  json j{{"name", r.name}, {"signature", r.signature()}, {"kind", r.is_procedure ? "procedure" : "function"},
         {"parameters", parameters(r.parameters)}};
  if (r.return_type) j["returns"] = (r.returns_set ? "SETOF " : "") + model::to_string(*r.return_type);
  else if (r.returns_set) j["returns"] = "TABLE";
  j["language"] = r.language;
  j["volatility"] = r.volatility;
  if (r.strict) j["strict"] = true;
  if (r.security_definer) j["security_definer"] = true;
  if (r.leakproof) j["leakproof"] = true;
  if (r.window) j["window"] = true;
  if (r.parallel != "UNSAFE") j["parallel"] = r.parallel;
  if (r.cost >= 0) j["cost"] = r.cost;
  if (r.rows >= 0) j["rows"] = r.rows;
  if (!r.support.empty()) j["support"] = r.support;
  if (!r.settings.empty()) {
    json settings = json::object();
    for (const auto& [k, v] : r.settings) settings[k] = v;
    j["settings"] = settings;
  }
  j["body"] = expr(r.body);
  if (!r.link_symbol.empty()) j["link_symbol"] = r.link_symbol;
  return j;
}

json index(const model::Index& i) {
  json elements = json::array();
  for (const auto& e : i.elements) {
    json ej{{"expression", expr(e.expression)}};
    if (!e.collation.empty()) ej["collation"] = e.collation_schema.empty() ? e.collation : e.collation_schema + "." + e.collation;
    if (!e.opclass.empty()) ej["opclass"] = e.opclass;
    if (!e.opclass_options.empty()) ej["opclass_options"] = e.opclass_options;
    if (e.descending) ej["descending"] = true;
    if (e.nulls_first != e.descending) ej["nulls_first"] = e.nulls_first;
    elements.push_back(ej);
  }
  json j{{"name", i.name}, {"table", i.table}, {"unique", i.unique}, {"method", i.method}, {"elements", elements}};
  if (!i.include.empty()) j["include"] = i.include;
  if (i.nulls_not_distinct) j["nulls_not_distinct"] = true;
  if (i.where) j["where"] = expr(*i.where);
  if (!i.options.empty()) j["with"] = i.options;
  if (i.attached_to) j["partition_of"] = qualified(*i.attached_to);
  if (!i.statistics.empty()) {
    json stats = json::object();
    for (const auto& [column, value] : i.statistics) stats[std::to_string(column)] = value;
    j["statistics"] = stats;
  }
  return j;
}

json trigger(const model::Trigger& t) {
  json j{{"name", t.name},           {"table", t.table}, {"timing", t.timing}, {"events", t.events},
         {"for_each_row", t.for_each_row}, {"function", qualified(t.function)}, {"arguments", t.arguments}};
  if (t.when) j["when"] = expr(*t.when);
  if (t.is_constraint) j["constraint"] = {{"deferrable", t.deferrable}, {"initially_deferred", t.initially_deferred}};
  if (t.referenced_table) j["from"] = qualified(*t.referenced_table);
  if (!t.old_table.empty()) j["old_table"] = t.old_table;
  if (!t.new_table.empty()) j["new_table"] = t.new_table;
  if (t.enabled != "ORIGIN") j["enabled"] = t.enabled;
  return j;
}

json rule_json(const model::Rule& r) {
  json j{{"name", r.name}, {"table", r.table}, {"event", r.event}, {"instead", r.instead}, {"actions", expr(r.actions)}};
  if (r.where) j["where"] = expr(*r.where);
  return j;
}

json type_json(const model::Type& t) {
  static const char* kinds[] = {"enum", "composite", "range", "base", "shell"};
  json j{{"name", t.name}, {"kind", kinds[static_cast<int>(t.kind)]}};
  if (t.kind == model::TypeKind::Enum) j["labels"] = t.enum_labels;
  if (!t.attributes.empty()) {
    json attributes = json::array();
    for (const auto& a : t.attributes) {
      json aj{{"name", a.name}, {"type", type(a.type)}};
      if (a.collation) aj["collation"] = qualified(*a.collation);
      attributes.push_back(aj);
    }
    j["attributes"] = attributes;
  }
  if (!t.options.empty()) j["options"] = t.options;
  return j;
}

json domain(const model::Domain& d) {
  json j{{"name", d.name}, {"type", type(d.base_type)}, {"not_null", d.not_null}};
  if (d.collation) j["collation"] = qualified(*d.collation);
  if (d.default_value) j["default"] = expr(*d.default_value);
  json constraints = json::array();
  for (const auto& [_, c] : d.constraints) {
    json cj{{"name", c.name}, {"check", expr(c.check)}};
    if (!c.validated) cj["not_valid"] = true;
    constraints.push_back(cj);
  }
  if (!constraints.empty()) j["constraints"] = constraints;
  return j;
}

template <typename Map, typename F>
json list(const Map& map, F&& f) {
  json j = json::array();
  for (const auto& [_, value] : map) j.push_back(f(value));
  return j;
}

json schema(const model::Schema& s) {
  json j{{"name", s.name}};
  auto add = [&](const char* key, json value) {
    if (!value.empty()) j[key] = std::move(value);
  };
  add("types", list(s.types, type_json));
  add("domains", list(s.domains, domain));
  add("sequences", list(s.sequences, [](const model::Sequence& q) {
        json qj{{"name", q.name}, {"options", sequence_options(q.options)}};
        if (q.unlogged) qj["unlogged"] = true;
        if (q.owned_by) qj["owned_by"] = q.owned_by->schema + "." + q.owned_by->table + "." + q.owned_by->column;
        return qj;
      }));
  add("routines", list(s.routines, routine));
  add("aggregates", list(s.aggregates, [](const model::Aggregate& a) {
        return json{{"name", a.name}, {"signature", a.signature()}, {"options", a.options}};
      }));
  add("operators", list(s.operators, [](const model::Operator& o) {
        return json{{"name", o.name}, {"signature", o.signature()}, {"options", o.options}};
      }));
  add("tables", list(s.tables, table));
  add("views", list(s.views, [](const model::View& v) { return view(v, false); }));
  add("materialized_views", list(s.materialized_views, [](const model::View& v) { return view(v, true); }));
  add("indexes", list(s.indexes, index));
  add("triggers", list(s.triggers, trigger));
  add("rules", list(s.rules, rule_json));
  add("collations", list(s.collations, [](const model::Collation& c) {
        json cj{{"name", c.name}, {"provider", c.provider}, {"lc_collate", c.lc_collate}, {"lc_ctype", c.lc_ctype},
                {"deterministic", c.deterministic}};
        if (!c.rules.empty()) cj["rules"] = c.rules;
        return cj;
      }));
  add("text_search_dictionaries", list(s.text_search_dictionaries, [](const model::TextSearchDictionary& d) {
        return json{{"name", d.name}, {"template", qualified(d.template_name)}, {"options", d.options}};
      }));
  add("text_search_configurations", list(s.text_search_configurations, [](const model::TextSearchConfiguration& c) {
        json mappings = json::object();
        for (const auto& [token, dictionaries] : c.mappings) {
          json names = json::array();
          for (const auto& d : dictionaries) names.push_back(qualified(d));
          mappings[token] = names;
        }
        return json{{"name", c.name}, {"parser", qualified(c.parser)}, {"mappings", mappings}};
      }));
  return j;
}

}  // namespace

json to_json(const model::ObjectId& id) {
  json j{{"kind", model::kind_name(id.kind)}};
  if (!id.schema.empty()) j["schema"] = id.schema;
  if (!id.parent.empty()) j["parent"] = id.parent;
  j["name"] = id.name;
  if (!id.signature.empty()) j["signature"] = id.signature;
  return j;
}

json to_json(const model::Catalog& catalog) {
  json j{{"format", "schemadelta-catalog"}, {"version", 1}};
  j["extensions"] = list(catalog.extensions, [](const model::Extension& e) {
    json ej{{"name", e.name}, {"schema", e.schema}};
    if (!e.version.empty()) ej["version"] = e.version;
    return ej;
  });
  j["schemas"] = list(catalog.schemas, schema);
  json comments = json::array();
  for (const auto& [id, text] : catalog.comments) comments.push_back({{"object", to_json(id)}, {"comment", text}});
  j["comments"] = comments;
  json owners = json::array();
  for (const auto& [id, role] : catalog.owners) owners.push_back({{"object", to_json(id)}, {"owner", role}});
  j["owners"] = owners;
  json privileges = json::array();
  for (const auto& [id, acl] : catalog.privileges) {
    json grants = json::array();
    for (const auto& g : acl) grants.push_back({{"grantee", g.grantee}, {"privilege", g.privilege}, {"with_grant_option", g.with_grant_option}});
    privileges.push_back({{"object", to_json(id)}, {"grants", grants}});
  }
  j["privileges"] = privileges;
  json unmanaged = json::array();
  for (const auto& u : catalog.unmanaged) {
    unmanaged.push_back({{"kind", u.kind}, {"file", u.location.file}, {"line", u.location.line}, {"text", u.text}});
  }
  j["unmanaged"] = unmanaged;
  return j;
}

}  // namespace schemadelta::serialize

// The statements of types and domains: enums gain labels, composites change attributes, a type
// rebuilt with the columns that use it. One family of the renderer (renderer.h), dispatched by
// change_sql.cpp.
#include "generator/postgres/renderer.h"

namespace schemadelta::generator::postgres::rendering {

void Renderer::render_types() {
  const std::string& s = id_.schema;
  switch (c_.type) {
    case ChangeType::CreateType: add(pinned_step(type_pin(s, after<model::Type>()), create_type(s, after<model::Type>()))); break;
    case ChangeType::DropType:
      add(guarded(standalone_type_exists(s, id_.name), {drop("TYPE IF EXISTS " + qualified(s, id_.name)), std::nullopt}));
      break;
    case ChangeType::AddEnumValue: add_enum_value(); break;
    case ChangeType::AlterCompositeType: alter_composite_type(); break;
    case ChangeType::RebuildType:
      if (c_.timing == compare::Timing::AfterDrops) add(drop_old_type());
      else rebuild_type();
      break;
    case ChangeType::CreateDomain: add(pinned_step(domain_pin(s, after<model::Domain>()), create_domain(s, after<model::Domain>()))); break;
    case ChangeType::DropDomain:
      add(guarded(standalone_type_exists(s, id_.name), {drop("DOMAIN IF EXISTS " + qualified(s, id_.name)), std::nullopt}));
      break;
    case ChangeType::AlterDomain: alter_domain(); break;
    default: break;
  }
}

void Renderer::add_enum_value() {
  const auto& labels = after<model::Type>().enum_labels;
  const auto& old_labels = before<model::Type>().enum_labels;
  auto it = std::find(labels.begin(), labels.end(), c_.value);
  std::string position;
  // Place it before the next label that already exists, else after the previous one.
  for (auto next = it + 1; next != labels.end(); ++next) {
    if (std::find(old_labels.begin(), old_labels.end(), *next) != old_labels.end()) {
      position = " BEFORE " + quote_literal(*next);
      break;
    }
  }
  if (position.empty() && it != labels.begin()) position = " AFTER " + quote_literal(*(it - 1));
  add("ALTER TYPE " + qualified(id_.schema, id_.name) + " ADD VALUE IF NOT EXISTS " + quote_literal(c_.value) + position + ";");
}

void Renderer::alter_composite_type() {
  const auto& a = before<model::Type>();
  const auto& b = after<model::Type>();
  const std::string name = qualified(id_.schema, id_.name);
  auto find = [](const model::Type& t, const std::string& attribute) -> const model::CompositeAttribute* {
    for (const auto& x : t.attributes) {
      if (x.name == attribute) return &x;
    }
    return nullptr;
  };
  std::string attribute_exists_prefix = "EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.typrelid = a.attrelid "
                                        "WHERE t.oid = " + quote_literal(name) + "::regtype AND NOT a.attisdropped AND a.attname = ";
  for (const auto& old : a.attributes) {
    if (!find(b, old.name)) add("ALTER TYPE " + name + " DROP ATTRIBUTE IF EXISTS " + quote_identifier(old.name) + ";");
  }
  for (const auto& now : b.attributes) {
    const auto* old = find(a, now.name);
    std::string definition = quote_identifier(now.name) + " " + type_sql(now.type) +
                             (now.collation ? " COLLATE " + qualified(*now.collation) : "");
    if (!old) {
      add(guarded("NOT " + attribute_exists_prefix + quote_literal(now.name) + ")",
                  {"ALTER TYPE " + name + " ADD ATTRIBUTE " + definition + ";", std::nullopt}));
    } else if (*old != now) {
      add("ALTER TYPE " + name + " ALTER ATTRIBUTE " + quote_identifier(now.name) + " SET DATA TYPE " + type_sql(now.type) +
          (now.collation ? " COLLATE " + qualified(*now.collation) : "") + ";");
    }
  }
}

// Enum values removed or reordered, or a domain's base type changed: rename the old type
// away, create the new one, convert every column through a cast, drop the old one.
void Renderer::rebuild_type() {
  const bool is_domain = id_.kind == ObjectKind::Domain;
  const model::Type* composite = nullptr;
  if (!is_domain && after<model::Type>().kind == model::TypeKind::Composite) composite = &after<model::Type>();
  const std::string& s = id_.schema;
  const std::string old_name = old_type_name();
  const std::string name = qualified(s, id_.name);
  const std::string old_qualified = qualified(s, old_name);
  const char* keyword = is_domain ? "DOMAIN" : "TYPE";
  std::string matches_target;
  std::string intermediate;
  if (is_domain) {
    const auto& d = after<model::Domain>();
    matches_target = "(SELECT pg_catalog.format_type(typbasetype, typtypmod) FROM pg_catalog.pg_type WHERE oid = to_regtype(" +
                     quote_literal(name) + ")) = " + quote_literal(type_sql(d.base_type));
    intermediate = type_sql(d.base_type);
  } else if (composite) {
    std::string attributes;
    for (const auto& a : composite->attributes) attributes += (attributes.empty() ? "" : ", ") + quote_literal(a.name + " " + type_sql(a.type));
    matches_target = "(SELECT array_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) "
                     "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.typrelid = a.attrelid WHERE t.oid = to_regtype(" +
                     quote_literal(name) + ") AND NOT a.attisdropped) = ARRAY[" + attributes + "]::text[]";
  } else {
    std::string labels;
    for (const auto& label : after<model::Type>().enum_labels) labels += (labels.empty() ? "" : ", ") + quote_literal(label);
    matches_target = "(SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype(" +
                     quote_literal(name) + ")) = ARRAY[" + labels + "]::text[]";
    intermediate = "text";
  }
  if (!is_domain && !composite) preflight_enum_values(matches_target);
  add(guarded(type_exists(s, id_.name) + " AND NOT (" + matches_target + ") AND NOT " + type_exists(s, old_name),
              {"ALTER " + std::string(keyword) + " " + name + " RENAME TO " + quote_identifier(old_name) + ";", std::nullopt}));
  add(guarded("NOT " + type_exists(s, id_.name),
              is_domain ? create_domain(s, after<model::Domain>()) : create_type(s, after<model::Type>())));
  for (const auto& column_id : compare::IndexedCatalog::in(set_.indexed_target->columns_by_type, s, id_.name)) {
    // Converted by its parent's ALTER (altered alone: "cannot alter inherited column").
    if (compare::altered_through_partition_parent(before_, after_, column_id)) continue;
    const auto* column = compare::definition<model::Column>(after_, column_id);
    const std::string array = column->type.array_dimensions ? "[]" : "";
    const std::string table = qualified(column_id.schema, column_id.parent);
    const std::string alter = "ALTER TABLE " + table + " ALTER COLUMN " + quote_identifier(column->name);
    std::string conversion = quote_identifier(column->name) + "::" + intermediate + array + "::" + name + array;
    if (auto field_by_field = composite_conversion(column->name, column->type)) conversion = *field_by_field;
    if (const auto* holding = preservation_.hold ? preservation_.hold->held(compare::HoldingKind::Values, column_id) : nullptr) {
      add(hold_values(*preservation_.hold, *holding));
    }
    std::string sql = alter + " DROP DEFAULT;\n    " + alter + " TYPE " + name + array + " USING " + conversion + ";";
    std::optional<std::vector<std::string>> path = std::vector<std::string>{};
    if (column->default_value) {
      sql += "\n    " + alter + " SET DEFAULT " + column->default_value->original + ";";
      path = column->default_value->search_path;
    }
    std::string condition = "(SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass(" + quote_literal(table) +
                            ") AND attname = " + quote_literal(column->name) + ") IN (to_regtype(" + quote_literal(old_qualified) +
                            "), to_regtype(" + quote_literal(old_qualified + "[]") + "))";
    add(guarded(condition, {sql, path}));
    if (const auto* holding = preservation_.restore ? preservation_.restore->restored(compare::HoldingKind::Values, column_id) : nullptr) {
      if (composite) add(restore_composite_values(*preservation_.restore, *holding, column_id.schema, column_id.parent, column->name, *composite,
                                                  *compare::definition<model::Type>(before_, id_), name));
      fire_deferred_checks(column_id.schema, column_id.parent);
    }
  }
  // Dropped later when columns of SOURCE still use it (compare's AfterDrops change).
  const bool dropped_later = std::any_of(set_.changes.begin(), set_.changes.end(), [&](const compare::Change& c) {
    return c.type == ChangeType::RebuildType && c.timing == compare::Timing::AfterDrops && c.id == id_;
  });
  if (!dropped_later) add(drop_old_type());
}

// A column of a composite type rebuilt by this script, from the old copy to the new: field by
// field (attributes kept are cast, new ones start NULL), as no cast between the two exists and
// their text forms differ in the number of fields. Nothing for other types and arrays.
std::optional<std::string> Renderer::composite_conversion(const std::string& column, const model::TypeRef& type) const {
  if (type.array_dimensions || type.is_builtin()) return std::nullopt;
  const ObjectId id{ObjectKind::Type, type.schema, type.name, "", ""};
  const auto* old_type = before_.count(id) ? compare::definition<model::Type>(before_, id) : nullptr;
  const auto* new_type = after_.count(id) ? compare::definition<model::Type>(after_, id) : nullptr;
  if (!old_type || !new_type || old_type->kind != model::TypeKind::Composite || new_type->kind != model::TypeKind::Composite) return std::nullopt;
  std::string fields;
  for (const auto& a : new_type->attributes) {
    const bool existed = std::any_of(old_type->attributes.begin(), old_type->attributes.end(), [&](const auto& o) { return o.name == a.name; });
    fields += (fields.empty() ? "" : ", ") +
              (existed ? "(" + quote_identifier(column) + ")." + quote_identifier(a.name) + "::" + type_sql(a.type) : "NULL::" + type_sql(a.type));
  }
  return "CASE WHEN " + quote_identifier(column) + " IS NOT DISTINCT FROM NULL THEN NULL ELSE ROW(" + fields + ")::" +
         qualified(type.schema, type.name) + " END";
}

std::string old_type_name(const std::string& name) { return name.substr(0, 40) + "_schemadelta_old"; }

std::string Renderer::old_type_name() const { return rendering::old_type_name(id_.name); }

std::string Renderer::drop_old_type() const {
  return "DROP " + std::string(id_.kind == ObjectKind::Domain ? "DOMAIN" : "TYPE") + " IF EXISTS " + qualified(id_.schema, old_type_name()) + ";";
}

// Rows holding a label the rebuilt enum no longer has would stop the conversion halfway: say
// which column and how many, before anything changes. Only while the type is the old one.
void Renderer::preflight_enum_values(const std::string& matches_target) {
  std::string labels;
  for (const auto& label : after<model::Type>().enum_labels) labels += (labels.empty() ? "" : ", ") + quote_literal(label);
  const std::string kept = "ARRAY[" + labels + "]::text[]";
  for (const auto& column_id : compare::IndexedCatalog::in(set_.indexed_source->columns_by_type, id_.schema, id_.name)) {
    const auto* column = compare::definition<model::Column>(before_, column_id);
    if (!compare::definition<model::Table>(before_, {ObjectKind::Table, column_id.schema, column_id.parent, "", ""})) continue;
    // A column the script drops (its table too), or gives another type, is not converted: its
    // values stay with the old copy of the type, which goes once the column has.
    const bool dropped = std::any_of(set_.changes.begin(), set_.changes.end(), [&](const compare::Change& c) {
      return c.id == column_id && (c.type == ChangeType::DropColumn || c.type == ChangeType::AlterColumnType);
    });
    if (dropped || !compare::definition<model::Table>(after_, {ObjectKind::Table, column_id.schema, column_id.parent, "", ""})) continue;
    const std::string name = quote_identifier(column->name);
    const std::string table = qualified(column_id.schema, column_id.parent);
    const std::string removed = column->type.array_dimensions
                                    ? "EXISTS (SELECT 1 FROM unnest(" + name + ") AS v WHERE v::text <> ALL (" + kept + "))"
                                    : name + "::text <> ALL (" + kept + ")";
    // Not on a table the script has moved to the holding schema by now (rebuilt or dropped).
    add(guarded(type_exists(id_.schema, id_.name) + " AND NOT (" + matches_target + ") AND to_regclass(" +
                    quote_literal(table) + ") IS NOT NULL",
                {"IF EXISTS (SELECT 1 FROM " + table + " WHERE " + removed + ") THEN\n      RAISE EXCEPTION " +
                     quote_literal("schemadelta pre-flight: % rows of " +
                                   raise_format_text(column_id.schema + "." + column_id.parent + " hold values of " + column_id.name +
                                                     " that type " + id_.schema + "." + id_.name + " no longer has")) +
                     ", (SELECT count(*) FROM " + table + " WHERE " + removed + ");\n    END IF;",
                 std::vector<std::string>{}}));
  }
}

void Renderer::alter_domain() {
  const auto& a = before<model::Domain>();
  const auto& b = after<model::Domain>();
  const std::string name = "ALTER DOMAIN " + qualified(id_.schema, id_.name);
  if (a.default_value != b.default_value) {
    if (b.default_value) add(name + " SET DEFAULT " + b.default_value->original + ";", b.default_value->search_path);
    else add(name + " DROP DEFAULT;");
  }
  if (a.not_null != b.not_null) add(name + (b.not_null ? " SET NOT NULL;" : " DROP NOT NULL;"));
  for (const auto& [cname, constraint] : a.constraints) {
    auto it = b.constraints.find(cname);
    if (it == b.constraints.end() || it->second != constraint) add(name + " DROP CONSTRAINT IF EXISTS " + quote_identifier(cname) + ";");
  }
  for (const auto& [cname, constraint] : b.constraints) {
    auto it = a.constraints.find(cname);
    if (it != a.constraints.end() && it->second == constraint) continue;
    std::string condition = "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE contypid = " +
                            quote_literal(qualified(id_.schema, id_.name)) + "::regtype AND conname = " + quote_literal(cname) + ")";
    add(guarded(condition, {name + " ADD CONSTRAINT " + quote_identifier(cname) + " CHECK (" + constraint.check.original + ")" +
                                (constraint.validated ? "" : " NOT VALID") + ";",
                            constraint.check.search_path}));
  }
}

}  // namespace schemadelta::generator::postgres::rendering

// The statements of columns: added (and restored), dropped (and held), type, default, NOT NULL,
// identity and attributes, with their pre-flight checks. One family of the renderer (renderer.h),
// dispatched by change_sql.cpp.
#include <algorithm>
#include "generator/postgres/renderer.h"
#include "sql/object_names.h"

namespace schemadelta::generator::postgres::rendering {

// A restore writes rows: a deferred foreign key or constraint trigger on the table queues events,
// and ALTER TABLE refuses a table with pending ones ("pending trigger events"). They are fired
// at once instead of at COMMIT (SET CONSTRAINTS ALL IMMEDIATE, which a re-run repeats harmlessly).
void Renderer::fire_deferred_checks(const std::string& schema, const std::string& table) {
  const std::pair<std::string, std::string> key{schema, table};
  if (set_.indexed_source->deferred_checks.count(key) || set_.indexed_target->deferred_checks.count(key)) add("SET CONSTRAINTS ALL IMMEDIATE;");
}

// A kept sequence that a new column's default fills the rows from: its position before and after,
// recorded when the column is added (the caller runs the step only then, not on a re-run), for
// the way back. Whether there is one.
bool Renderer::record_sequence_moves(const ObjectId& column, Statement& add_column) const {
  bool moves = false;
  if (!preservation_.hold) return false;
  for (const auto& holding : preservation_.hold->holdings) {
    if (holding.kind != compare::HoldingKind::Sequence || holding.moved_by != std::optional<ObjectId>(column)) continue;
    add_column.sql = hold_sequence(*preservation_.hold, holding) + "\n  " + add_column.sql + "\n  " +
                     hold_sequence(*preservation_.hold, holding, "#filled");
    moves = true;
  }
  return moves;
}

namespace {

// Stops the script while the table (or a child) has rows and the column is not there yet (and
// `also`, a condition ending in AND, holds): `message` says why adding it would fail.
std::string stop_while_rows_lack_column(const std::string& schema, const std::string& table, const std::string& column, const std::string& also,
                                        const std::string& message) {
  return do_block("preflight", "BEGIN\n  IF " + also + "NOT " + column_exists(schema, table, column) + " AND EXISTS (SELECT FROM " +
                                   qualified(schema, table) + ") THEN\n    RAISE EXCEPTION '%', " + message_literal(message) + ";\n  END IF;\nEND");
}

}  // namespace

// A column the migration could not keep and that cannot come back empty: the script stops while
// the table (or a child) has rows, before the column is added (hazard NoWayBackWithRows).
void Renderer::stop_unless_empty(const std::string& column, const std::string& why) {
  const std::string& table = id_.kind == ObjectKind::Column ? id_.parent : id_.name;
  add(stop_while_rows_lack_column(id_.schema, table, column, "",
                                  compare::no_way_back_message(id_.schema, table, column) + ": its values could not be kept (no key to match rows by) and " +
                                      why + ", so it has no empty value; the table has rows"));
}

// A new NOT NULL column without a default (or of a NOT NULL domain without one), added to a
// table that may have rows: ADD COLUMN would fail on the first row, so the script stops before,
// with a message that says what would fail. A column restored from a holding that is there
// comes back with values instead.
void Renderer::preflight_new_column_value(const std::string& table, const model::Column& column, const compare::Holding* restored_from) {
  if (column.default_value || column.details->identity->kind != model::IdentityKind::None || column.details->generated) return;
  if (!column.not_null && compare::needs_a_value(column, after_, false).empty()) return;
  const std::string not_restored = restored_from ? "NOT (" + holding_exists(*preservation_.restore, *restored_from) + ") AND " : "";
  add(stop_while_rows_lack_column(id_.schema, table, column.name, not_restored,
                                  "schemadelta pre-flight: " + id_.schema + "." + table + " has rows, and its new column " + column.name +
                                      " cannot be NULL and has no default: give it a default, or add it nullable and fill it first"));
}

// The base type of a NOT NULL domain without a default (through domains over domains): ADD
// COLUMN of it fails on a table with rows, so a restored column is added as the base type first.
const model::TypeRef* Renderer::not_null_domain_base(const model::TypeRef& type) const {
  const model::TypeRef* base = nullptr;
  const model::TypeRef* current = &type;
  for (int depth = 0; depth < 100 && !current->is_builtin() && !current->array_dimensions; ++depth) {
    const auto* domain = compare::definition<model::Domain>(after_, ObjectId{ObjectKind::Domain, current->schema, current->name, "", ""});
    if (!domain) break;
    if (domain->default_value) return nullptr;
    if (domain->not_null) base = &domain->base_type;
    current = &domain->base_type;
  }
  return base ? current : nullptr;
}

void Renderer::render_columns() {
  const std::string& s = id_.schema;
  switch (c_.type) {
    case ChangeType::AddColumn:
      if (const auto* holding = restored(compare::HoldingKind::Column)) {
        const auto& column = after<model::Column>();
        add(restore_column(*preservation_.restore, *holding, s, id_.parent, column, not_null_domain_base(column.type)));
        fire_deferred_checks(s, id_.parent);
      }
    {
      const auto& column = after<model::Column>();
      // A column the migration could not keep comes back empty: added without its default
      // (which would give every row the same value, one a UNIQUE key refuses), the default set
      // after; NOT NULL only where no row needs a value (an empty table), else it stays nullable
      // and the script says so. An identity fills its rows whatever they held.
      const bool comes_back_empty = std::find(c_.assessment.hazards.begin(), c_.assessment.hazards.end(), compare::Hazard::NotHeld) !=
                                    c_.assessment.hazards.end() &&
                                    column.details->identity->kind == model::IdentityKind::None && !column.details->generated;
      model::Column added = column;
      // One that has no empty value (a NOT NULL domain) comes back with its default, or not at all
      // while the table has rows: the script stops first and says why.
      const std::string needs_value = comes_back_empty ? compare::needs_a_value(column, after_, false) : "";
      if (comes_back_empty && needs_value.empty()) {
        added.not_null = false;
        added.default_value.reset();
      }
      if (!needs_value.empty() && !column.default_value) stop_unless_empty(column.name, needs_value);
      else if (!comes_back_empty) preflight_new_column_value(id_.parent, added, restored(compare::HoldingKind::Column));
      Statement add_column{"ALTER TABLE " + table_name(id_) + " ADD COLUMN IF NOT EXISTS " + column_definition(s, added) + ";",
                           expression_path(added)};
      const bool moves_sequence = record_sequence_moves(id_, add_column);
      // Its state after this step is either form (NOT NULL is set below when it can be): not pinned.
      if (added == column) add(pinned_step(column_pin(s, id_.parent, added), add_column));
      else if (moves_sequence) {
        add(guarded("NOT " + column_exists(s, id_.parent, id_.name), add_column));
      }
      else add(add_column);
      if (added.default_value != column.default_value) {
        add(Statement{"ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name) + " SET DEFAULT " +
                          column.default_value->original + ";",
                      expression_path(column)});
      }
      if (added.not_null != column.not_null) {
        add(do_block("empty", "BEGIN\n  IF NOT EXISTS (SELECT FROM " + table_name(id_) + " WHERE " + quote_identifier(id_.name) + " IS NULL) THEN\n    ALTER TABLE " +
                                  table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name) + " SET NOT NULL;\n  ELSE\n    RAISE WARNING '%', " +
                                  message_literal("column " + id_.schema + "." + id_.parent + "." + id_.name +
                                                  " came back empty (its values could not be kept): it stays nullable") +
                                  ";\n  END IF;\nEND"));
      }
      break;
    }
    case ChangeType::DropColumn:
      if (const auto* holding = held(compare::HoldingKind::Column)) add(hold_values(*preservation_.hold, *holding));
      if (c_.timing == compare::Timing::Rebuild) {
        // Rebuilt to change whether it is generated: dropped only while still as it was, so a
        // re-run keeps the column the first run added (and the values it was given).
        const auto& was = before<model::Column>();
        const std::string generated = !was.details->generated ? "" : was.generated_virtual ? "v" : "s";
        add(guarded("EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = " + relation_literal(s, id_.parent) + " AND attname = " +
                        quote_literal(id_.name) + " AND NOT attisdropped AND attgenerated = " + quote_literal(generated) + ")",
                    {"ALTER TABLE " + table_name(id_) + " DROP COLUMN " + quote_identifier(id_.name) + ";", std::nullopt}));
        break;
      }
      add("ALTER TABLE " + table_name(id_) + " DROP COLUMN IF EXISTS " + quote_identifier(id_.name) + ";"); break;
    case ChangeType::AlterColumnType:
      if (table_existed() && before_.count(id_)) {
        // A type rebuilt in this script (RebuildType, before this step) has its old copy under
        // a temporary name meanwhile: the column, not converted to the new one (its type changes
        // here), reads that name.
        model::Column source = before<model::Column>();
        if (rebuilt_before_columns(source.type)) source.type.name = rendering::old_type_name(source.type.name);
        add(pinned_step(column_type_pin(s, id_.parent, source, after<model::Column>()), {"NULL;", std::nullopt}));
      }
      preflight_type_change();
      if (const auto* holding = held(compare::HoldingKind::Values)) add(hold_values(*preservation_.hold, *holding));
      alter_column_type();
      if (drops_expression()) restore_held_plain_values();
      if (const auto* holding = restored(compare::HoldingKind::Values)) {
        add(restore_values(*preservation_.restore, *holding, s, id_.parent, before<model::Column>(), after<model::Column>()));
        fire_deferred_checks(s, id_.parent);
      }
      break;
    case ChangeType::SetColumnDefault: {
      const auto& column = after<model::Column>();
      Statement set{"ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name) + " SET DEFAULT " +
                        column.default_value->original + ";",
                    column.default_value->search_path};
      // A default set on a column that is new or rebuilt in this script, or whose type changes
      // (its old default was dropped before the type change): nothing to pin.
      const auto* was = compare::definition<model::Column>(before_, id_);
      if (was && table_existed() && c_.timing == compare::Timing::Normal && was->type == column.type) {
        add(pinned_step(column_default_pin(s, id_.parent, *was, column), set));
      }
      else add(set);
      break;
    }
    case ChangeType::DropColumnDefault:
      // Guarded: on a re-run the column may have become an identity, which refuses DROP DEFAULT.
      add(guarded("(SELECT atthasdef FROM pg_catalog.pg_attribute WHERE attrelid = " + relation_literal(s, id_.parent) +
                      " AND attname = " + quote_literal(id_.name) + ")",
                  {"ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name) + " DROP DEFAULT;", std::nullopt}));
      break;
    case ChangeType::DropColumnExpression: {
      // Only on the column's own table: an inheritance child's copy goes with its parent's (the
      // server refuses it there), and a re-run finds the column plain already.
      add(guarded(stored_generated_own_column(s, id_.parent, id_.name), drop_expression(s, id_.parent, id_.name)));
      // Rolling back a plain column made generated: its own values were held, and they come back
      // in place of the computed ones; after its type change, if it has one (in the type it had
      // as a generated column they might not fit: numeric values rounded to integers).
      if (!changes_type_later()) restore_held_plain_values();
      break;
    }
    case ChangeType::SetNotNull:
      preflight_not_null();
      add("ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name) + " SET NOT NULL;");
      break;
    case ChangeType::DropNotNull:
      add("ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name) + " DROP NOT NULL;");
      break;
    case ChangeType::AlterColumnIdentity: alter_identity(); break;
    case ChangeType::AlterColumnAttributes: alter_column_attributes(); break;
    default: break;
  }
}

void Renderer::preflight_not_null() {
  if (!table_existed() || !before_.count(id_)) return;
  preflight("SELECT 1 FROM " + table_name(id_) + " WHERE " + quote_identifier(id_.name) + " IS NULL",
            "rows of " + id_.schema + "." + id_.parent + " have NULL in " + id_.name + ": SET NOT NULL would fail");
}

void Renderer::preflight_type_change() {
  if (!table_existed()) return;
  const auto* from = compare::definition<model::Column>(before_, id_);
  const auto& to = after<model::Column>();
  if (!from || compare::widens(from->type, to.type)) return;
  const std::string column = quote_identifier(id_.name);
  const std::string where = id_.schema + "." + id_.parent + "." + id_.name;
  const bool bounded_text = (to.type.name == "character varying" || to.type.name == "character") && !to.type.modifiers.empty();
  if (bounded_text && to.type.array_dimensions == 0) {
    std::string length = to.type.modifiers.str().substr(1, to.type.modifiers.str().size() - 2);
    preflight("SELECT 1 FROM " + table_name(id_) + " WHERE length(" + column + "::text) > " + length,
              "values of " + where + " are longer than " + length + " characters: " + model::to_string(to.type) + " would truncate or fail");
    return;
  }
  // Any other narrowing: every value must convert (directly, or through text as the
  // conversion itself falls back to).
  add(do_block("preflight", "BEGIN\n  BEGIN\n    PERFORM " + column + "::" + type_sql(to.type) + " FROM " + table_name(id_) +
      ";\n  EXCEPTION WHEN cannot_coerce THEN\n    PERFORM " + column + "::text::" + type_sql(to.type) + " FROM " +
      table_name(id_) + ";\n  END;\nEXCEPTION WHEN others THEN\n  RAISE EXCEPTION 'schemadelta pre-flight: values of % do not convert to %: %', " +
      message_literal(where) + ", " + message_literal(model::to_string(to.type)) + ", " + printable_on_server("SQLERRM") +
          ";\nEND"),
      std::vector<std::string>{});
}

// Whether this column's generation expression is dropped by the script (a generated column made
// plain), and whether its type or collation changes after that.
bool Renderer::drops_expression() const {
  return std::any_of(set_.changes.begin(), set_.changes.end(),
                     [&](const compare::Change& c) { return c.type == ChangeType::DropColumnExpression && c.id == id_; });
}

bool Renderer::changes_type_later() const {
  return std::any_of(set_.changes.begin(), set_.changes.end(),
                     [&](const compare::Change& c) { return c.type == ChangeType::AlterColumnType && c.id == id_; });
}

// The values a plain column had before the script it rolls back made it generated, written back
// by the key, in the type the column has now.
void Renderer::restore_held_plain_values() {
  const auto* holding = restored(compare::HoldingKind::Column);
  if (!holding) return;
  add(restore_into_column(*preservation_.restore, *holding, id_.schema, id_.parent,
                          c_.type == ChangeType::AlterColumnType ? after<model::Column>() : before<model::Column>()));
  fire_deferred_checks(id_.schema, id_.parent);
}

void Renderer::alter_column_type() { convert_column(id_.schema, id_.parent, after<model::Column>(), false); }

// A type RebuildType makes again before the columns change (its old copy renamed meanwhile).
bool Renderer::rebuilt_before_columns(const model::TypeRef& type) const {
  return !type.is_builtin() && std::any_of(set_.changes.begin(), set_.changes.end(), [&](const compare::Change& c) {
    return c.type == ChangeType::RebuildType && c.timing != compare::Timing::AfterDrops && c.id.schema == type.schema && c.id.name == type.name;
  });
}

// The column of `table` named as `column` takes its type and collation, converted in place.
// `with_default`: the column's default is dropped before and TARGET's set after (a child's copy
// of a parent's default; a column's own default has steps of its own around the type change).
void Renderer::convert_column(const std::string& schema, const std::string& table, const model::Column& column, bool with_default) {
  const std::string type = type_sql(column.type);
  const std::string collate = column.details->collation ? " COLLATE " + qualified(*column.details->collation) : "";
  const std::string alter_column = "ALTER TABLE " + qualified(schema, table) + " ALTER COLUMN " + quote_identifier(column.name);
  const std::string alter = alter_column + " TYPE " + type + collate;
  const std::string name = quote_identifier(column.name);
  // A direct cast where one exists; else through text (bigint -> uuid), which succeeds only
  // for values that read as the new type. A default of the old type cannot be cast with them
  // ("default for column ... cannot be cast automatically"): it goes first, TARGET's comes after.
  const bool resets_default = with_default && column.default_value;
  std::string sql = (resets_default ? alter_column + " DROP DEFAULT;\n    " : "") + "BEGIN\n      " + alter + " USING " + name +
                    "::" + type + ";\n    EXCEPTION WHEN cannot_coerce THEN\n      " + alter + " USING " + name + "::text::" + type + ";\n    END;";
  // From a rebuilt composite type's old copy: field by field, as the type's own columns are. Only
  // a column of that type before (one of another type, text say, is cast as any other).
  const auto* was = compare::definition<model::Column>(before_, ObjectId{ObjectKind::Column, schema, column.name, table, ""});
  const bool of_the_type_before = !was || was->type == column.type;
  const auto field_by_field =
      of_the_type_before && rebuilt_before_columns(column.type) ? composite_conversion(column.name, column.type) : std::nullopt;
  if (field_by_field) sql = (resets_default ? alter_column + " DROP DEFAULT;\n    " : "") + alter + " USING " + *field_by_field + ";";
  std::optional<std::vector<std::string>> path = std::vector<std::string>{};
  if (resets_default) {
    sql += "\n    " + alter_column + " SET DEFAULT " + column.default_value->original + ";";
    path = column.default_value->search_path;
  }
  // format_type prints schema-qualified names under an empty search_path, as type_sql does.
  std::string condition = "(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) || coalesce(' COLLATE ' || co.collname, '') "
                          "FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation "
                          "AND a.attcollation <> 100 AND co.collname <> 'default' WHERE a.attrelid = " +
                          relation_literal(schema, table) + " AND a.attname = " + quote_literal(column.name) +
                          ") IS DISTINCT FROM " +
                          quote_literal(type + (column.details->collation && column.details->collation->name != "default"
                                                    ? " COLLATE " + column.details->collation->name
                                                    : ""));
  add(guarded(condition, {sql, path}));
}

void Renderer::alter_identity() {
  const auto& a = *before<model::Column>().details->identity;
  const auto& b = *after<model::Column>().details->identity;
  const std::string column = "ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name);
  const char* kind = b.kind == model::IdentityKind::Always ? "ALWAYS" : "BY DEFAULT";
  if (b.kind == model::IdentityKind::None) {
    const ObjectId sequence{ObjectKind::Sequence, id_.schema, a.sequence_name, "", ""};
    if (const auto* holding = preservation_.hold ? preservation_.hold->held(compare::HoldingKind::Sequence, sequence) : nullptr) {
      add(guarded(relation_exists(id_.schema, a.sequence_name), {hold_sequence(*preservation_.hold, *holding), std::nullopt}));
    }
    add(column + " DROP IDENTITY IF EXISTS;");
    return;
  }
  if (a.kind == model::IdentityKind::None) {
    std::string condition = "(SELECT attidentity FROM pg_catalog.pg_attribute WHERE attrelid = " + relation_literal(id_.schema, id_.parent) +
                            " AND attname = " + quote_literal(id_.name) + ") = ''";
    add(guarded(condition, {column + " ADD GENERATED " + kind + " AS IDENTITY (SEQUENCE NAME " +
                                qualified(id_.schema, b.sequence_name) + sequence_options_sql(b.options, false) + ");",
                            std::nullopt}));
    return;
  }
  if (a.sequence_name != b.sequence_name) {
    // Renaming the table (--rename) leaves its identity sequence's name as it was; TARGET's
    // table, made afresh, names the sequence after itself.
    add(guarded(relation_exists(id_.schema, a.sequence_name) + " AND NOT " + relation_exists(id_.schema, b.sequence_name),
                {"ALTER SEQUENCE " + qualified(id_.schema, a.sequence_name) + " RENAME TO " + quote_identifier(b.sequence_name) + ";", std::nullopt}));
  }
  add(column + " SET GENERATED " + kind + " SET INCREMENT BY " + std::to_string(b.options.increment) + " SET MINVALUE " +
      std::to_string(b.options.min_value) + " SET MAXVALUE " + std::to_string(b.options.max_value) + " SET START WITH " +
      std::to_string(b.options.start) + " SET CACHE " + std::to_string(b.options.cache) + (b.options.cycle ? " SET CYCLE;" : " SET NO CYCLE;"));
}

void Renderer::alter_column_attributes() {
  static const model::Column defaults;
  const auto* old = compare::definition<model::Column>(before_, id_);
  const auto& a = old ? *old : defaults;
  const auto& b = after<model::Column>();
  const std::string column = "ALTER TABLE " + table_name(id_) + " ALTER COLUMN " + quote_identifier(id_.name);
  if (a.details->storage != b.details->storage && !b.details->storage.empty()) add(column + " SET STORAGE " + b.details->storage + ";");
  if (a.statistics != b.statistics) add(column + " SET STATISTICS " + std::to_string(b.statistics) + ";");
  if (a.details->compression != b.details->compression) add(column + " SET COMPRESSION " + (b.details->compression.empty() ? "default" : quote_identifier(b.details->compression)) + ";");
  if (b.not_null && (!a.not_null || a.details->not_null_name != b.details->not_null_name || a.not_null_no_inherit != b.not_null_no_inherit)) {
    // PG 18: the column's NOT NULL constraint gets its name (the one PostgreSQL makes up when
    // none is given) and [NO] INHERIT; older servers have no such constraint: nothing to do.
    const std::string name = b.details->not_null_name.empty() ? sql::make_object_name(id_.parent, id_.name, "not_null") : b.details->not_null_name.str();
    const std::string table = relation_literal(id_.schema, id_.parent);
    add(do_block("not_null", "DECLARE\n  current_name name;\n  no_inherit boolean;\nBEGIN\n"
                 "  SELECT c.conname, c.connoinherit INTO current_name, no_inherit FROM pg_catalog.pg_constraint c\n"
                 "    JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]\n"
                 "    WHERE c.conrelid = " + table + " AND c.contype = 'n' AND a.attname = " + quote_literal(id_.name) + ";\n"
                 "  IF current_name <> " + quote_literal(name) + " THEN\n"
                 "    EXECUTE pg_catalog.format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', " + table + ", current_name, " + quote_literal(name) + ");\n"
                 "  END IF;\n"
                 "  IF no_inherit <> " + (b.not_null_no_inherit ? "true" : "false") + " THEN\n"
                 // (EXECUTE: older servers would not parse the statement)
                 "    EXECUTE pg_catalog.format('ALTER TABLE %s ALTER CONSTRAINT %I " + (b.not_null_no_inherit ? "NO INHERIT" : "INHERIT") + "', " + table + ", " +
                 quote_literal(name) + ");\n"
                 "  END IF;\nEND"));
  }
}

}  // namespace schemadelta::generator::postgres::rendering

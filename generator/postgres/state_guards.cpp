#include "generator/postgres/state_guards.h"

#include <algorithm>

#include "generator/postgres/quoting.h"

namespace schemadelta::generator::postgres {

namespace {

constexpr const char* kShadow = "schemadelta_shadow";
const std::string kShadowTable = std::string("pg_temp.") + kShadow;

std::string regclass_of(const std::string& schema, const std::string& name) {
  return "pg_catalog.to_regclass(" + quote_literal(qualified(schema, name)) + ")";
}

std::string shadow_regclass(const std::string& name = kShadow) { return quote_literal("pg_temp." + quote_identifier(name)) + "::regclass"; }

// A temporary copy of a table's columns (names, types, NOT NULL), for the objects that live on a
// table: the index, constraint, policy or trigger is created on the copy.
std::string shadow_like(const std::string& schema, const std::string& table) {
  return "CREATE TABLE " + kShadowTable + " (LIKE " + qualified(schema, table) + "); ";
}

std::string sql_of(Statement statement) { return std::move(statement.sql); }

// Whether a column or a constraint holds the name: read from the catalogs, so that a first run
// without the TEMPORARY privilege (no pg_temp functions) can tell.
std::string column_exists(const std::string& schema, const std::string& table, const std::string& column) {
  return "EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = " + regclass_of(schema, table) + " AND attname = " +
         quote_literal(column) + " AND attnum > 0 AND NOT attisdropped)";
}

std::string constraint_exists(const std::string& schema, const std::string& table, const std::string& name) {
  return "EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = " + regclass_of(schema, table) + " AND conname = " + quote_literal(name) + ")";
}

// The negation of an `exists` expression, spelled as it reads best.
std::string absent(const std::string& exists) {
  const std::string is_not_null = " IS NOT NULL";
  if (exists.ends_with(is_not_null) && exists.find(' ') == exists.size() - is_not_null.size()) {
    return exists.substr(0, exists.size() - is_not_null.size()) + " IS NULL";
  }
  if (exists.starts_with("EXISTS (")) return "NOT " + exists;
  return "NOT (" + exists + ")";
}

// The function that compares an existing object with both ends (state_functions makes it).
const char* const kPinnedFunction = "pg_temp.schemadelta_pinned(text, text, text, text, text, text)";

model::Column shadow_column(model::Column column) {
  // An identity names a sequence of its own: the shadow keeps only what it implies.
  if (column.details->identity->kind != model::IdentityKind::None) column.not_null = true;
  if (auto* held = column.details.held()) held->identity = {};
  return column;
}

// A step that changes a column which must exist: its state is read by `state_function` (a
// pg_temp function of the state functions) on the real table and on each shadow.
StatePin existing_column_pin(std::string what, const std::string& schema, const std::string& table, const std::string& column,
                             const std::string& state_function, Shadow source, Shadow target) {
  StatePin pin;
  pin.what = std::move(what);
  pin.exists = column_exists(schema, table, column);
  pin.found = state_function + "(" + regclass_of(schema, table) + ", " + quote_literal(column) + ")";
  pin.target = std::move(target);
  pin.source = std::move(source);
  pin.create_when_absent = false;
  return pin;
}

}  // namespace

Statement state_functions() {
  // Each renders one object's state from the catalogs, so an existing object and a shadow made
  // from TARGET's definition compare as text.
  std::string sql = R"(CREATE OR REPLACE FUNCTION pg_temp.schemadelta_column_type(rel regclass, col name) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT pg_catalog.format_type(a.atttypid, a.atttypmod)
         || CASE WHEN a.attcollation <> t.typcollation THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END
  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  WHERE a.attrelid = rel AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped
$state$;
CREATE OR REPLACE FUNCTION pg_temp.schemadelta_default(rel regclass, col name) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT CASE WHEN a.attgenerated = 's' THEN 'GENERATED ' ELSE 'DEFAULT ' END || coalesce(pg_catalog.pg_get_expr(d.adbin, d.adrelid), 'none')
  FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE a.attrelid = rel AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped
$state$;
CREATE OR REPLACE FUNCTION pg_temp.schemadelta_column(rel regclass, col name) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT pg_temp.schemadelta_column_type(rel, col)
         || CASE WHEN a.attnotnull THEN ' NOT NULL ' ELSE ' ' END || pg_temp.schemadelta_default(rel, col)
  FROM pg_catalog.pg_attribute a WHERE a.attrelid = rel AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped
$state$;
CREATE OR REPLACE FUNCTION pg_temp.schemadelta_constraint(rel regclass, con name) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT CASE WHEN c.contype = 'f' THEN
           c.confrelid::regclass::text || ' ('
           || (SELECT pg_catalog.string_agg(a.attname, ',' ORDER BY k.n) FROM pg_catalog.unnest(c.confkey) WITH ORDINALITY AS k(num, n)
               JOIN pg_catalog.pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.num)
           || ') <- ('
           || (SELECT pg_catalog.string_agg(a.attname, ',' ORDER BY k.n) FROM pg_catalog.unnest(c.conkey) WITH ORDINALITY AS k(num, n)
               JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num)
           || ') ' || c.confupdtype::text || c.confdeltype::text || c.confmatchtype::text
           || CASE WHEN c.condeferrable THEN 'D' ELSE '' END || CASE WHEN c.condeferred THEN 'I' ELSE '' END
         ELSE pg_catalog.pg_get_constraintdef(c.oid) END
  FROM pg_catalog.pg_constraint c WHERE c.conrelid = rel AND c.conname = con
$state$;
CREATE OR REPLACE FUNCTION pg_temp.schemadelta_table(rel regclass, shape regclass) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT (SELECT CASE WHEN relkind IN ('r', 'p') THEN '' ELSE 'relkind ' || relkind::text || ': ' END FROM pg_catalog.pg_class WHERE oid = rel)
         || coalesce((SELECT pg_catalog.string_agg(pg_catalog.quote_ident(s.attname) || ' ' || coalesce(pg_temp.schemadelta_column(rel, s.attname), 'missing'), ', '
                                                   ORDER BY s.attname)
                      FROM pg_catalog.pg_attribute s WHERE s.attrelid = shape AND s.attnum > 0 AND NOT s.attisdropped), '')
         || coalesce((SELECT pg_catalog.string_agg(', CONSTRAINT ' || pg_catalog.quote_ident(c.conname) || ' '
                                                   || coalesce(pg_temp.schemadelta_constraint(rel, c.conname), 'missing'), '' ORDER BY c.conname)
                      FROM pg_catalog.pg_constraint c WHERE c.conrelid = shape AND c.contype = 'c'), '')
$state$;
CREATE OR REPLACE FUNCTION pg_temp.schemadelta_index(idx regclass) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END || substring(pg_catalog.pg_get_indexdef(i.indexrelid) FROM ' USING (.*)$')
  FROM pg_catalog.pg_index i WHERE i.indexrelid = idx
$state$;
CREATE OR REPLACE FUNCTION pg_temp.schemadelta_view(rel regclass) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT pg_catalog.pg_get_viewdef(oid) || coalesce(' WITH ' || reloptions::text, '') FROM pg_catalog.pg_class WHERE oid = rel AND relkind IN ('v', 'm')
$state$;
CREATE OR REPLACE FUNCTION pg_temp.schemadelta_routine(fn regprocedure) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT concat_ws(' | ', p.prokind, l.lanname, pg_catalog.pg_get_function_arguments(p.oid), pg_catalog.pg_get_function_result(p.oid),
                   p.provolatile, p.proisstrict, p.prosecdef, p.proleakproof, p.proparallel, p.procost,
                   p.prorows, p.proconfig, p.probin, p.prosrc, pg_catalog.pg_get_function_sqlbody(p.oid))
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_language l ON l.oid = p.prolang WHERE p.oid = fn
$state$;
CREATE OR REPLACE FUNCTION pg_temp.schemadelta_policy(rel regclass, pol name) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT concat_ws(' | ', p.polcmd, p.polpermissive, p.polroles::regrole[], pg_catalog.pg_get_expr(p.polqual, p.polrelid),
                   pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid))
  FROM pg_catalog.pg_policy p WHERE p.polrelid = rel AND p.polname = pol
$state$;
CREATE OR REPLACE FUNCTION pg_temp.schemadelta_trigger(rel regclass, trg name) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT concat_ws(' | ', t.tgtype, t.tgfoid::regprocedure, encode(t.tgargs, 'escape'), t.tgdeferrable, t.tginitdeferred, t.tgoldtable,
                   t.tgnewtable,
                   (SELECT pg_catalog.string_agg(a.attname, ',' ORDER BY a.attname) FROM pg_catalog.unnest(t.tgattr::int2[]) AS k(num)
                    JOIN pg_catalog.pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.num),
                   substring(pg_catalog.pg_get_triggerdef(t.oid) FROM ' WHEN \((.*)\) EXECUTE '))
  FROM pg_catalog.pg_trigger t WHERE t.tgrelid = rel AND t.tgname = trg AND NOT t.tgisinternal
$state$;
CREATE OR REPLACE FUNCTION pg_temp.schemadelta_type(typ regtype) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT t.typtype::text || ' ' || CASE t.typtype
    WHEN 'e' THEN (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
                   FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid)
    WHEN 'c' THEN (SELECT relkind::text || ': ' FROM pg_catalog.pg_class WHERE oid = t.typrelid) || (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod), ', '
                                                ORDER BY a.attnum)
                   FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
    WHEN 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
                  || coalesce(' DEFAULT ' || pg_catalog.pg_get_expr(t.typdefaultbin, 0), '')
                  || coalesce((SELECT pg_catalog.string_agg(' CONSTRAINT ' || pg_catalog.quote_ident(c.conname) || ' ' || pg_catalog.pg_get_constraintdef(c.oid), ''
                                                            ORDER BY c.conname)
                               FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid), '')
    WHEN 'r' THEN (SELECT pg_catalog.format_type(r.rngsubtype, NULL) FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid)
    ELSE '' END
  FROM pg_catalog.pg_type t WHERE t.oid = typ
$state$;
CREATE OR REPLACE FUNCTION pg_temp.schemadelta_sequence(seq regclass) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT concat_ws(' ', 'AS', s.seqtypid::regtype, 'INCREMENT', s.seqincrement, 'MINVALUE', s.seqmin, 'MAXVALUE', s.seqmax,
                   'START', s.seqstart, 'CACHE', s.seqcache, CASE WHEN s.seqcycle THEN 'CYCLE' ELSE 'NO CYCLE' END)
  FROM pg_catalog.pg_sequence s WHERE s.seqrelid = seq
$state$;
)";
  // The comparison of one pinned step, so that the step reads as one call: false when the object
  // is as TARGET has it (done before), true when as SOURCE has it (the step runs), anything else
  // stops the script. A shadow (`target_ddl`, `source_ddl`: statements, NULL for none) is made in pg_temp
  // from the definition the step would use and goes with its subtransaction; one that cannot be
  // made matches nothing. The found state is read while TARGET's shadow stands: a table's is read
  // by the shadow's shape.
  sql += R"(CREATE OR REPLACE FUNCTION pg_temp.schemadelta_pinned(what text, found_expr text, target_ddl text, target_expr text, source_ddl text, source_expr text)
RETURNS boolean LANGUAGE plpgsql AS $state$
DECLARE found_state text; target_value text; source_value text; found_read boolean := false; shadow_error text;
BEGIN
  BEGIN
    IF target_ddl IS NOT NULL THEN EXECUTE target_ddl; END IF;
    EXECUTE 'SELECT ' || target_expr INTO target_value;
    EXECUTE 'SELECT ' || found_expr INTO found_state;
    found_read := true;
    RAISE SQLSTATE 'SDPIN';
  EXCEPTION WHEN SQLSTATE 'SDPIN' THEN NULL;
    WHEN others THEN target_value := NULL; shadow_error := SQLERRM;
  END;
  IF NOT found_read THEN
    BEGIN
      EXECUTE 'SELECT ' || found_expr INTO found_state;
    EXCEPTION WHEN others THEN
      RAISE EXCEPTION 'schemadelta: % cannot be compared with the target: %', what, )" +
         printable_on_server("shadow_error") + R"(;
    END;
  END IF;
  IF source_expr IS NOT NULL THEN
    BEGIN
      IF source_ddl IS NOT NULL THEN EXECUTE source_ddl; END IF;
      EXECUTE 'SELECT ' || source_expr INTO source_value;
      RAISE SQLSTATE 'SDPIN';
    EXCEPTION WHEN SQLSTATE 'SDPIN' THEN NULL;
      WHEN others THEN source_value := NULL;
    END;
  END IF;
  IF found_state IS NOT DISTINCT FROM target_value THEN
    RETURN false;
  ELSIF source_expr IS NOT NULL AND found_state IS NOT DISTINCT FROM source_value THEN
    RETURN true;
  END IF;
  RAISE EXCEPTION 'schemadelta: % is not as this script expects: found %, expected %', what, )" +
         printable_on_server("coalesce(found_state, 'nothing')") + ",\n    CASE WHEN source_expr IS NULL THEN " +
         printable_on_server("target_value") + " ELSE " + printable_on_server("target_value") + " || ' or ' || " +
         printable_on_server("source_value") + R"( END;
END
$state$;)";
  // Temporary objects need the TEMPORARY privilege on the database. Without it the functions are
  // not made, and a step that finds its object already there says what it needs (a first run,
  // which finds nothing, does not need them).
  std::string code = "BEGIN\n  IF pg_catalog.has_database_privilege(pg_catalog.current_database(), 'TEMPORARY') THEN\n";
  for (std::size_t start = 0; start < sql.size();) {
    std::size_t end = sql.find("\n$state$;", start);
    end = end == std::string::npos ? sql.size() : end + 9;
    code += "    EXECUTE " + dollar_quote(sql.substr(start, end - start)) + ";\n";
    start = end + 1;
  }
  return {do_block("state_functions", code + "  END IF;\nEND"), std::vector<std::string>{}};
}

bool has_pinned_step(const std::vector<Statement>& statements) {
  return std::any_of(statements.begin(), statements.end(), [](const Statement& s) { return s.sql.starts_with("DO $pinned"); });
}

Statement pinned_step(const StatePin& pin, Statement step) {
  // The object's name is tested from the catalogs; only an object found there needs the
  // comparison, and only then the pg_temp function (the TEMPORARY privilege). The block is written
  // into one buffer of its size: the step and the shadows may hold a long query or CHECK.
  const std::string what = message_literal(pin.what);
  auto argument_size = [](const std::string& text) { return text.empty() ? 4 : dollar_quote_size(text); };
  auto argument = [](std::string& out, const std::string& text) {
    if (text.empty()) out += "NULL";
    else append_dollar_quoted(out, text);
  };
  const bool runs_at_source = pin.source && step.sql != "NULL;";
  std::size_t size = 2 * step.sql.size() + 2 * what.size() + pin.exists.size() + argument_size(pin.found) +
                     argument_size(pin.target.create) + argument_size(pin.target.state) + 512 + kDoBlockRoom;
  if (pin.source) size += argument_size(pin.source->create) + argument_size(pin.source->state);
  std::string code;
  code.reserve(size);
  auto compare = [&] {
    code.append("pg_temp.schemadelta_pinned(").append(what).append(", ");
    argument(code, pin.found);
    code += ", ";
    argument(code, pin.target.create);
    code += ", ";
    argument(code, pin.target.state);
    code += ", ";
    if (pin.source) {
      argument(code, pin.source->create);
      code += ", ";
      argument(code, pin.source->state);
    } else {
      code += "NULL, NULL";
    }
    code += ")";
  };
  code.append("BEGIN IF ").append(absent(pin.exists)).append(" THEN\n  ");
  if (pin.create_when_absent) code += step.sql;
  else code.append("RAISE EXCEPTION 'schemadelta: % is missing: this script expects it as the source or the target has it', ").append(what).append(";");
  code.append("\nELSIF pg_catalog.to_regprocedure('").append(kPinnedFunction)
      .append("') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this "
              "database', ")
      .append(what)
      .append(";\n");
  // A step that changes an existing object runs when the comparison finds SOURCE's state.
  if (runs_at_source) {
    code += "ELSIF ";
    compare();
    code.append(" THEN\n  ").append(step.sql).append("\nEND IF; END");
  } else {
    code += "ELSE PERFORM ";
    compare();
    code += "; END IF; END";
  }
  return {do_block("pinned", std::move(code)), std::move(step.search_path)};
}

StatePin table_pin(const std::string& schema, const model::Table& target) {
  model::Table shape;
  shape.name = kShadow;
  for (const auto& column : target.columns) shape.columns.push_back(shadow_column(column));
  for (const auto& [name, constraint] : target.constraints) {
    if (constraint.kind == model::ConstraintKind::Check) shape.constraints.emplace(name, constraint);
  }
  StatePin pin;
  pin.what = "table " + schema + "." + target.name;
  pin.exists = regclass_of(schema, target.name) + " IS NOT NULL";
  pin.found = "pg_temp.schemadelta_table(" + regclass_of(schema, target.name) + ", " + shadow_regclass() + ")";
  // The found state is read while the shadow stands: it is the shape both are read by.
  pin.target = {sql_of(create_table("pg_temp", shape)), "pg_temp.schemadelta_table(" + shadow_regclass() + ", " + shadow_regclass() + ")"};
  return pin;
}

StatePin column_pin(const std::string& schema, const std::string& table, const model::Column& target) {
  const std::string column = quote_literal(target.name);
  StatePin pin;
  pin.what = "column " + schema + "." + table + "." + target.name;
  pin.exists = column_exists(schema, table, target.name);
  pin.found = "pg_temp.schemadelta_column(" + regclass_of(schema, table) + ", " + column + ")";
  pin.target = {shadow_like(schema, table) + "ALTER TABLE " + kShadowTable + " DROP COLUMN IF EXISTS " + quote_identifier(target.name) +
                    "; ALTER TABLE " + kShadowTable + " ADD COLUMN " + column_definition(schema, shadow_column(target)) + ";",
                "pg_temp.schemadelta_column(" + shadow_regclass() + ", " + column + ")"};
  return pin;
}

StatePin column_type_pin(const std::string& schema, const std::string& table, const model::Column& source, const model::Column& target) {
  const std::string column = quote_literal(target.name);
  auto shadow = [&](const model::Column& definition) {
    std::string type = type_sql(definition.type);
    if (definition.details->collation) type += " COLLATE " + qualified(*definition.details->collation);
    return Shadow{"CREATE TABLE " + kShadowTable + " (" + quote_identifier(definition.name) + " " + type + ");",
                  "pg_temp.schemadelta_column_type(" + shadow_regclass() + ", " + column + ")"};
  };
  return existing_column_pin("column " + schema + "." + table + "." + target.name, schema, table, target.name,
                             "pg_temp.schemadelta_column_type", shadow(source), shadow(target));
}

StatePin column_default_pin(const std::string& schema, const std::string& table, const model::Column& source, const model::Column& target) {
  const std::string column = quote_literal(target.name);
  auto shadow = [&](const model::Column& definition) {
    std::string create = shadow_like(schema, table);
    if (definition.default_value) {
      create += "ALTER TABLE " + kShadowTable + " ALTER COLUMN " + quote_identifier(definition.name) + " SET DEFAULT " +
                definition.default_value->original + ";";
    }
    return Shadow{create, "pg_temp.schemadelta_default(" + shadow_regclass() + ", " + column + ")"};
  };
  return existing_column_pin("default of column " + schema + "." + table + "." + target.name, schema, table, target.name,
                             "pg_temp.schemadelta_default", shadow(source), shadow(target));
}

StatePin constraint_pin(const std::string& schema, const std::string& table, const model::Constraint& target) {
  const std::string name = quote_literal(target.name);
  StatePin pin;
  pin.what = "constraint " + target.name + " on " + schema + "." + table;
  pin.exists = constraint_exists(schema, table, target.name);
  pin.found = "pg_temp.schemadelta_constraint(" + regclass_of(schema, table) + ", " + name + ")";
  if (target.kind == model::ConstraintKind::ForeignKey) {
    // A temporary table cannot reference a permanent one: the state is spelled out instead.
    const auto& fk = target.foreign_key;
    auto action = [](model::ReferentialAction a) {
      switch (a) {
        case model::ReferentialAction::NoAction: return "a";
        case model::ReferentialAction::Restrict: return "r";
        case model::ReferentialAction::Cascade: return "c";
        case model::ReferentialAction::SetNull: return "n";
        case model::ReferentialAction::SetDefault: return "d";
      }
      return "a";
    };
    std::string referenced, local;
    for (const auto& c : fk.referenced_columns) referenced += (referenced.empty() ? "" : ",") + c;
    for (const auto& c : target.columns) local += (local.empty() ? "" : ",") + c;
    const std::string match = fk.match == "FULL" ? "f" : fk.match == "PARTIAL" ? "p" : "s";
    pin.target = {"", regclass_of(fk.referenced_table.schema, fk.referenced_table.name) + "::text || " +
                          quote_literal(" (" + referenced + ") <- (" + local + ") " + action(fk.on_update) + action(fk.on_delete) + match +
                                        (target.deferrable ? "D" : "") + (target.initially_deferred ? "I" : ""))};
    return pin;
  }
  pin.target = {shadow_like(schema, table) + sql_of(add_constraint("pg_temp", kShadow, target, false)),
                "pg_temp.schemadelta_constraint(" + shadow_regclass() + ", " + name + ")"};
  return pin;
}

StatePin index_pin(const std::string& schema, const model::Index& target) {
  model::Index shape = target;
  shape.name = std::string(kShadow) + "_index";
  shape.table = kShadow;
  shape.attached_to.reset();
  shape.tablespace.clear();
  StatePin pin;
  pin.what = "index " + schema + "." + target.name;
  pin.exists = regclass_of(schema, target.name) + " IS NOT NULL";
  pin.found = "pg_temp.schemadelta_index(" + regclass_of(schema, target.name) + ")";
  pin.target = {shadow_like(schema, target.table) + sql_of(create_index("pg_temp", shape, false)),
                "pg_temp.schemadelta_index(" + shadow_regclass(shape.name) + ")"};
  return pin;
}

StatePin view_pin(const std::string& schema, const model::View& target, const model::View* source, bool materialized) {
  auto shadow = [&](const model::View& definition) {
    // A temporary view renders the query as a materialized view's would.
    return Shadow{sql_of(create_view_named("pg_temp", kShadow, definition, false)), "pg_temp.schemadelta_view(" + shadow_regclass() + ")"};
  };
  StatePin pin;
  pin.what = std::string(materialized ? "materialized view " : "view ") + schema + "." + target.name;
  pin.exists = regclass_of(schema, target.name) + " IS NOT NULL";
  pin.found = "pg_temp.schemadelta_view(" + regclass_of(schema, target.name) + ")";
  pin.target = shadow(target);
  if (source) pin.source = shadow(*source);
  return pin;
}

StatePin routine_pin(const std::string& schema, const model::Routine& target, const model::Routine* source) {
  const std::string signature = target.signature();
  const std::string shadow_procedure = "pg_catalog.to_regprocedure(" + quote_literal(qualified("pg_temp", target.name) + signature) + ")";
  auto shadow = [&](const model::Routine& definition) {
    return Shadow{sql_of(create_routine("pg_temp", definition)), "pg_temp.schemadelta_routine(" + shadow_procedure + ")"};
  };
  const std::string existing = "pg_catalog.to_regprocedure(" + quote_literal(qualified(schema, target.name) + signature) + ")";
  StatePin pin;
  pin.what = std::string(target.is_procedure ? "procedure " : "function ") + schema + "." + target.name + signature;
  pin.exists = existing + " IS NOT NULL";
  pin.found = "pg_temp.schemadelta_routine(" + existing + ")";
  pin.target = shadow(target);
  if (source) pin.source = shadow(*source);
  return pin;
}

StatePin policy_pin(const std::string& schema, const std::string& table, const model::Policy& target) {
  const std::string name = quote_literal(target.name);
  StatePin pin;
  pin.what = "policy " + target.name + " on " + schema + "." + table;
  pin.exists = "EXISTS (SELECT 1 FROM pg_catalog.pg_policy WHERE polrelid = " + regclass_of(schema, table) + " AND polname = " + name + ")";
  pin.found = "pg_temp.schemadelta_policy(" + regclass_of(schema, table) + ", " + name + ")";
  pin.target = {shadow_like(schema, table) + sql_of(create_policy("pg_temp", kShadow, target)),
                "pg_temp.schemadelta_policy(" + shadow_regclass() + ", " + name + ")"};
  return pin;
}

StatePin trigger_pin(const std::string& schema, const model::Trigger& target) {
  const std::string name = quote_literal(target.name);
  model::Trigger shape = target;
  shape.table = kShadow;
  StatePin pin;
  pin.what = "trigger " + target.name + " on " + schema + "." + target.table;
  pin.exists = "EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid = " + regclass_of(schema, target.table) + " AND tgname = " + name +
               " AND NOT tgisinternal)";
  pin.found = "pg_temp.schemadelta_trigger(" + regclass_of(schema, target.table) + ", " + name + ")";
  pin.target = {shadow_like(schema, target.table) + sql_of(create_trigger("pg_temp", shape, false)),
                "pg_temp.schemadelta_trigger(" + shadow_regclass() + ", " + name + ")"};
  return pin;
}

namespace {

template <typename T>
StatePin named_type_pin(const std::string& kind, const std::string& schema, const T& target, Statement (*create)(const std::string&, const T&)) {
  T shape = target;
  shape.name = kShadow;
  const std::string existing = "pg_catalog.to_regtype(" + quote_literal(qualified(schema, target.name)) + ")";
  StatePin pin;
  pin.what = kind + " " + schema + "." + target.name;
  pin.exists = "EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = " +
               quote_literal(schema) + " AND t.typname = " + quote_literal(target.name) + ")";
  pin.found = "pg_temp.schemadelta_type(" + existing + ")";
  pin.target = {sql_of(create("pg_temp", shape)), "pg_temp.schemadelta_type(" + quote_literal(kShadowTable) + "::regtype)"};
  return pin;
}

}  // namespace

StatePin type_pin(const std::string& schema, const model::Type& target) { return named_type_pin("type", schema, target, create_type); }

StatePin domain_pin(const std::string& schema, const model::Domain& target) { return named_type_pin("domain", schema, target, create_domain); }

StatePin sequence_pin(const std::string& schema, const model::Sequence& target, const model::Sequence* source) {
  auto shadow = [&](const model::Sequence& definition) {
    model::Sequence shape = definition;
    shape.name = kShadow;
    shape.unlogged = false;
    return Shadow{sql_of(create_sequence("pg_temp", shape)), "pg_temp.schemadelta_sequence(" + shadow_regclass() + ")"};
  };
  StatePin pin;
  pin.what = "sequence " + schema + "." + target.name;
  pin.exists = regclass_of(schema, target.name) + " IS NOT NULL";
  pin.found = "pg_temp.schemadelta_sequence(" + regclass_of(schema, target.name) + ")";
  pin.target = shadow(target);
  if (source) pin.source = shadow(*source);
  return pin;
}

}  // namespace schemadelta::generator::postgres

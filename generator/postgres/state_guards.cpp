#include "generator/postgres/state_guards.h"

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
  return "CREATE TABLE " + kShadowTable + " (LIKE " + qualified(schema, table) + ");\n    ";
}

const std::string kDropShadowTable = "DROP TABLE " + kShadowTable + ";\n    ";

std::string sql_of(const Statement& statement) { return statement.sql + "\n    "; }

model::Column shadow_column(model::Column column) {
  // An identity names a sequence of its own: the shadow keeps only what it implies.
  if (column.identity.kind != model::IdentityKind::None) column.not_null = true;
  column.identity = {};
  return column;
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

Statement pinned_step(const StatePin& pin, const Statement& step) {
  const std::string shown = printable_on_server("coalesce(found_state, 'nothing')");
  const std::string expected = pin.source ? printable_on_server("target_state") + " || ' or ' || " + printable_on_server("source_state")
                                          : printable_on_server("target_state");
  std::string code = "DECLARE found_state text; target_state text; source_state text; BEGIN\n  IF NOT (" + pin.exists + ") THEN\n    ";
  code += pin.create_when_absent ? step.sql
                                 : "RAISE EXCEPTION 'schemadelta: % is missing: this script expects it as the source or the target has it', " +
                                       message_literal(pin.what) + ";";
  // A shadow that cannot be made (SOURCE's definition names a type a first run already dropped)
  // has no state: its subtransaction is rolled back, and it matches nothing.
  auto shadow_state = [](const Shadow& shadow, const std::string& variable) {
    return "BEGIN\n      " + shadow.create + variable + " := " + shadow.state + ";\n      " + shadow.drop +
           "\n    EXCEPTION WHEN others THEN\n      " + variable + " := NULL;\n    END;\n    ";
  };
  code += "\n  ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_column_type(regclass, name)') IS NULL THEN\n    "
          "RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', " +
          message_literal(pin.what) + ";\n  ELSE\n    ";
  if (pin.found_then_drop.empty()) {
    code += shadow_state(pin.target, "target_state");
  } else {
    // The found state is read by the shadow's shape: it stays until then.
    code += pin.target.create + "target_state := " + pin.target.state + ";\n    ";
  }
  if (pin.source) code += shadow_state(*pin.source, "source_state");
  code += "found_state := " + pin.found + ";\n    " + pin.found_then_drop + "IF found_state IS NOT DISTINCT FROM target_state THEN\n      NULL;  -- done before\n";
  if (pin.source) code += "    ELSIF found_state IS NOT DISTINCT FROM source_state THEN\n      " + step.sql + "\n";
  code += "    ELSE\n      RAISE EXCEPTION 'schemadelta: % is not as this script expects: found %, expected %', " + message_literal(pin.what) + ", " +
          shown + ", " + expected + ";\n    END IF;\n  END IF;\nEND";
  return {do_block("pinned", code), step.search_path};
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
  // The shadow stays until the found state is read: it is the shape both are read by.
  pin.target = {sql_of(create_table("pg_temp", shape)), "pg_temp.schemadelta_table(" + shadow_regclass() + ", " + shadow_regclass() + ")", ""};
  pin.found_then_drop = kDropShadowTable;
  return pin;
}

StatePin column_pin(const std::string& schema, const std::string& table, const model::Column& target) {
  const std::string column = quote_literal(target.name);
  StatePin pin;
  pin.what = "column " + schema + "." + table + "." + target.name;
  pin.exists = "pg_temp.schemadelta_column_type(" + regclass_of(schema, table) + ", " + column + ") IS NOT NULL";
  pin.found = "pg_temp.schemadelta_column(" + regclass_of(schema, table) + ", " + column + ")";
  pin.target = {shadow_like(schema, table) + "ALTER TABLE " + kShadowTable + " DROP COLUMN IF EXISTS " + quote_identifier(target.name) +
                    ";\n    ALTER TABLE " + kShadowTable + " ADD COLUMN " + column_definition(schema, shadow_column(target)) + ";\n    ",
                "pg_temp.schemadelta_column(" + shadow_regclass() + ", " + column + ")", kDropShadowTable};
  return pin;
}

StatePin column_type_pin(const std::string& schema, const std::string& table, const model::Column& source, const model::Column& target) {
  const std::string column = quote_literal(target.name);
  auto shadow = [&](const model::Column& definition) {
    std::string type = type_sql(definition.type);
    if (definition.collation) type += " COLLATE " + qualified(*definition.collation);
    return Shadow{"CREATE TABLE " + kShadowTable + " (" + quote_identifier(definition.name) + " " + type + ");\n    ",
                  "pg_temp.schemadelta_column_type(" + shadow_regclass() + ", " + column + ")", kDropShadowTable};
  };
  StatePin pin;
  pin.what = "column " + schema + "." + table + "." + target.name;
  pin.exists = "pg_temp.schemadelta_column_type(" + regclass_of(schema, table) + ", " + column + ") IS NOT NULL";
  pin.found = "pg_temp.schemadelta_column_type(" + regclass_of(schema, table) + ", " + column + ")";
  pin.target = shadow(target);
  pin.source = shadow(source);
  pin.create_when_absent = false;
  return pin;
}

StatePin column_default_pin(const std::string& schema, const std::string& table, const model::Column& source, const model::Column& target) {
  const std::string column = quote_literal(target.name);
  auto shadow = [&](const model::Column& definition) {
    std::string create = shadow_like(schema, table);
    if (definition.default_value) {
      create += "ALTER TABLE " + kShadowTable + " ALTER COLUMN " + quote_identifier(definition.name) + " SET DEFAULT " +
                definition.default_value->original + ";\n    ";
    }
    return Shadow{create, "pg_temp.schemadelta_default(" + shadow_regclass() + ", " + column + ")", kDropShadowTable};
  };
  StatePin pin;
  pin.what = "default of column " + schema + "." + table + "." + target.name;
  pin.exists = "pg_temp.schemadelta_column_type(" + regclass_of(schema, table) + ", " + column + ") IS NOT NULL";
  pin.found = "pg_temp.schemadelta_default(" + regclass_of(schema, table) + ", " + column + ")";
  pin.target = shadow(target);
  pin.source = shadow(source);
  pin.create_when_absent = false;
  return pin;
}

StatePin constraint_pin(const std::string& schema, const std::string& table, const model::Constraint& target) {
  const std::string name = quote_literal(target.name);
  StatePin pin;
  pin.what = "constraint " + target.name + " on " + schema + "." + table;
  pin.exists = "pg_temp.schemadelta_constraint(" + regclass_of(schema, table) + ", " + name + ") IS NOT NULL";
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
                                        (target.deferrable ? "D" : "") + (target.initially_deferred ? "I" : "")),
                  ""};
    return pin;
  }
  pin.target = {shadow_like(schema, table) + sql_of(add_constraint("pg_temp", kShadow, target, false)),
                "pg_temp.schemadelta_constraint(" + shadow_regclass() + ", " + name + ")", kDropShadowTable};
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
                "pg_temp.schemadelta_index(" + shadow_regclass(shape.name) + ")", kDropShadowTable};
  return pin;
}

StatePin view_pin(const std::string& schema, const model::View& target, const model::View* source, bool materialized) {
  auto shadow = [&](const model::View& definition) {
    model::View shape = definition;
    shape.name = kShadow;
    // A temporary view renders the query as a materialized view's would.
    return Shadow{sql_of(create_view("pg_temp", shape, false)), "pg_temp.schemadelta_view(" + shadow_regclass() + ")",
                  "DROP VIEW " + kShadowTable + ";\n    "};
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
    return Shadow{sql_of(create_routine("pg_temp", definition)), "pg_temp.schemadelta_routine(" + shadow_procedure + ")",
                  std::string("DROP ") + (definition.is_procedure ? "PROCEDURE " : "FUNCTION ") + qualified("pg_temp", definition.name) +
                      signature + ";\n    "};
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
                "pg_temp.schemadelta_policy(" + shadow_regclass() + ", " + name + ")", kDropShadowTable};
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
                "pg_temp.schemadelta_trigger(" + shadow_regclass() + ", " + name + ")", kDropShadowTable};
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
  pin.target = {sql_of(create("pg_temp", shape)), "pg_temp.schemadelta_type(" + quote_literal(kShadowTable) + "::regtype)",
                "DROP " + (kind == "domain" ? std::string("DOMAIN ") : std::string("TYPE ")) + kShadowTable + ";\n    "};
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
    return Shadow{sql_of(create_sequence("pg_temp", shape)), "pg_temp.schemadelta_sequence(" + shadow_regclass() + ")",
                  "DROP SEQUENCE " + kShadowTable + ";\n    "};
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
